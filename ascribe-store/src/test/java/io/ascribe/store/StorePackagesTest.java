package io.ascribe.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.JavaSource;
import io.ascribe.testkit.PackageGraph;
import io.ascribe.testkit.ProjectSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store's packages depend one way. They once formed a cycle (documents, kb, search and
 * technique reached into each other, partly through inline qualified names), which this pins.
 */
class StorePackagesTest {
  private static final String STORE = "io.ascribe.store";

  private static PackageGraph mainGraph() {
    return PackageGraph.of(JavaSource.under(ProjectSources.root().resolve("ascribe-store/src/main/java")), STORE);
  }

  @Test
  void storePackages_mainCode_dependOneWay() {
    PackageGraph graph = mainGraph();

    assertThat(graph.edges()).containsKeys(STORE + ".kb", STORE + ".documents", STORE + ".search", STORE + ".derived");
    assertThat(graph.cycle()).as("package dependencies: %s", graph.edges()).isEmpty();
  }

  @Test
  void kbPackage_mainCode_knowsNothingDerivedFromIt() {
    assertThat(mainGraph().edges().get(STORE + ".kb"))
        .doesNotContain(STORE + ".documents", STORE + ".search", STORE + ".derived", STORE + ".technique");
  }

  @Test
  void cycle_packagesReferringToEachOther_isNamed() {
    List<JavaSource> sources = List.of(
        JavaSource.parse(Path.of("A.java"), "package x.a;\nimport x.b.B;\nclass A {}\n"),
        JavaSource.parse(Path.of("B.java"), "package x.b;\nclass B { x.c.C c; }\n"),
        JavaSource.parse(Path.of("C.java"), "package x.c;\nimport static x.a.A.make;\nclass C {}\n"));

    assertThat(PackageGraph.of(sources, "x.").cycle()).contains(List.of("x.a", "x.b", "x.c", "x.a"));
  }

  @Test
  void referencedPackages_commentsAndLiterals_doNotCount() {
    JavaSource s = JavaSource.parse(Path.of("A.java"), """
        package x.a;
        /** See {@link x.b.B}. */
        class A {
          // x.c.C
          String s = "x.d.D";
          char c = '"';
          x.e.E e;
        }
        """);

    assertThat(s.referencedPackages("x.")).containsExactly("x.e");
    assertThat(s.inlineQualifiedNames("x.")).containsExactly("A.java:7: x.e.E");
  }
}
