/**
 * Lookup commands: {@code actor}, {@code technique}, {@code software} (name to one entity, with
 * ambiguity reported, never resolved silently) and {@code search} (Lucene full text).
 */
package io.ascribe.cli.lookup;
