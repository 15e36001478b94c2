/**
 * The attribution engine over the stored knowledge base: {@link
 * io.ascribe.store.attribution.TrainedAttributor} loads the linked knowledge and caches the
 * engine's learned weights under the Ascribe home.
 */
package io.ascribe.store.attribution;
