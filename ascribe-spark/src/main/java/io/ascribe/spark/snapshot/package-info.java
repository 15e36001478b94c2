/**
 * What the claims job's workers need to extract documents, built once on the driver from an
 * Ascribe home and shipped to them as bytes: the knowledge base's names, the warning lists, the
 * technique classifier and the claim scorer. No worker opens the home or its database.
 */
package io.ascribe.spark.snapshot;
