/**
 * The ESET leave-one-publication-out benchmark ({@code ascribe bench attribution --eset DIR}): reads
 * ESET Research's indicator repository into publications ({@link io.ascribe.cli.bench.eset.EsetPublications}),
 * maps its folders to knowledge-base actors with the alias index ({@link
 * io.ascribe.cli.bench.eset.FolderMapper}), and ranks each held-out publication, its actor's
 * aliases masked ({@link io.ascribe.cli.bench.eset.AliasMask}), against a corpus of all the others
 * ({@link io.ascribe.cli.bench.eset.EsetBenchmark}).
 */
package io.ascribe.cli.bench.eset;
