/**
 * Test fixtures shared by every module: {@link io.ascribe.testkit.SharedData} (the public
 * reference data, skipped with a message when absent), {@link
 * io.ascribe.testkit.LoopbackHttpServer} and {@link io.ascribe.testkit.Fixtures} (small
 * hand-written STIX and MISP documents), and for tests of the code's structure {@link
 * io.ascribe.testkit.JavaSource}, {@link io.ascribe.testkit.PackageGraph} and {@link
 * io.ascribe.testkit.ProjectSources}, and for the command lines' {@code --help} {@link
 * io.ascribe.testkit.HelpLayout}.
 */
package io.ascribe.testkit;
