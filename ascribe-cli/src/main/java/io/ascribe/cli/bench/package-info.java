/** {@code ascribe bench ...}: whole-program benchmarks (JVM start included) for BENCHMARKS.md. */
package io.ascribe.cli.bench;
