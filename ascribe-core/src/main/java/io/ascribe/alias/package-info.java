/**
 * Alias linking: {@link io.ascribe.alias.EntityLinker} groups the objects that different sources
 * publish about one actor or tool into {@link io.ascribe.alias.CanonicalEntity canonical entities},
 * keeping every name's provenance as an {@link io.ascribe.alias.AliasClaim}; {@link
 * io.ascribe.alias.AliasIndex} answers name lookups, returning every candidate for an ambiguous
 * name.
 */
package io.ascribe.alias;
