/**
 * A generated corpus at team-store scale for {@code ascribe bench corpus}: the labelled claims of
 * the real news set and of the project's written articles ({@link ClaimSeeds}), expanded with a
 * seeded random generator into as many documents as asked, with varied claimants, accused,
 * actors, outlets, dates and wording ({@link CorpusGenerator}).
 */
package io.ascribe.cli.bench.corpus;
