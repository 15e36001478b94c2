/**
 * Read-model profiles of actors, techniques and software, built by {@link
 * io.ascribe.profile.ProfileBuilder} from the linked knowledge graph; each fact keeps its source.
 */
package io.ascribe.profile;
