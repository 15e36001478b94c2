/**
 * Persistence: {@link io.ascribe.store.Store} opens the embedded H2 database (JDBI + Flyway) and
 * the Lucene index under the Ascribe home. Feature packages below it hold the repositories.
 */
package io.ascribe.store;
