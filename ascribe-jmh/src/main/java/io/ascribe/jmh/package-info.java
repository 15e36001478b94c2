/**
 * JMH micro-benchmarks for Ascribe's hot paths, kept apart from the unit tests and packaged as the
 * self-contained {@code ascribe-jmh/target/ascribe-jmh.jar} (main class {@code
 * org.openjdk.jmh.Main}). Each benchmark builds its fixture from the real public knowledge data
 * (ATT&amp;CK Enterprise and the MISP galaxies under the shared data folder) once per trial, then
 * measures only the operation named in its Javadoc; see each class's Javadoc for what it measures
 * and the exact command to run it from the project root. {@link
 * io.ascribe.jmh.AliasLookupBenchmark} times name lookup in {@link io.ascribe.alias.AliasIndex},
 * with and without the {@link io.ascribe.alias.Names#normalize} step it includes.
 */
package io.ascribe.jmh;
