/**
 * Victims a document names: the countries and sectors it says were targeted ("targeting government
 * entities in Ukraine", "attacks on the energy sector"), read by {@link
 * io.ascribe.extract.victim.VictimExtractor} with the cue words of {@code victim-cues.tsv}.
 */
package io.ascribe.extract.victim;
