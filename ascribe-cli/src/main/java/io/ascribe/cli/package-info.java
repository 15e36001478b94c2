/**
 * The {@code ascribe} command line (picocli). Commands implement {@code Callable<Integer>}, print
 * through picocli's writers so tests can capture them, and offer {@code --json} for scripts.
 * Subpackages: {@code kb} (import, download, stats), {@code lookup} (actor, technique, software,
 * search), {@code bench} (whole-program benchmarks).
 */
package io.ascribe.cli;
