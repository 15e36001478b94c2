/**
 * The {@code ascribe} command line (picocli). Commands implement {@code Callable<Integer>}, print
 * through picocli's writers so tests can capture them, and offer {@code --json} for scripts. An
 * option several commands share is one picocli mixin, declared once with its description and
 * default: {@code HomeOption}, {@code JsonOption}, {@code DataOption}, {@code TopOption},
 * {@code MaxBytesOption}, {@code NetworkOptions}, {@code ExtractorOptions} (and, for benchmarks,
 * {@code bench.DurationOption} and {@code bench.LoadOptions}).
 * Subpackages: {@code kb} (import, download, stats), {@code lookup} (actor, technique, software,
 * search), {@code bench} (whole-program benchmarks).
 */
package io.ascribe.cli;
