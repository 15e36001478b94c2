/**
 * Content digests: {@link io.ascribe.digest.Sha256} is the one place that computes the hex SHA-256
 * the project keys documents, knowledge files, objects, models and token secrets by.
 */
package io.ascribe.digest;
