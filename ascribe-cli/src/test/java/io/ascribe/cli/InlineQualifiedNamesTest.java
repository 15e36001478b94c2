package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.JavaSource;
import io.ascribe.testkit.ProjectSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Main code of every module imports the project's types instead of writing them out in full. There
 * were 42 inline names ({@code io.ascribe.store.documents.DocumentStore} in the middle of
 * {@code kb}), and they hid dependencies, among them the store's package cycle.
 */
class InlineQualifiedNamesTest {

  @Test
  void mainCode_allModules_importsProjectTypes() {
    List<Path> folders = ProjectSources.mainFolders();
    assertThat(folders).extracting(f -> f.getParent().getParent().getParent().getFileName().toString())
        .contains("ascribe-core", "ascribe-store", "ascribe-server", "ascribe-cli", "ascribe-testkit", "ascribe-jmh");

    List<String> inline = folders.stream()
        .flatMap(f -> JavaSource.under(f).stream())
        .flatMap(s -> s.inlineQualifiedNames("io.ascribe.").stream())
        .toList();

    assertThat(inline).as("import these instead").isEmpty();
  }

  @Test
  void inlineQualifiedNames_javadocAndImports_areAllowed() {
    JavaSource s = JavaSource.parse(Path.of("A.java"), """
        package io.ascribe.a;
        import io.ascribe.b.B;
        /** Uses {@link io.ascribe.c.C}. */
        class A {
          B b = new io.ascribe.b.B(); // io.ascribe.d.D
          String s = "io.ascribe.e.E";
          java.util.List<io.ascribe.f.F> fs;
        }
        """);

    assertThat(s.inlineQualifiedNames("io.ascribe.")).containsExactly("A.java:5: io.ascribe.b.B", "A.java:7: io.ascribe.f.F");
  }
}
