package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.store.Store;
import io.ascribe.store.search.SearchIndex;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL leaves a consistent store: every stored document is whole (its
 * indicators and claims all there), none is half stored, and the next ingest indexes what the
 * killed one had stored but not yet indexed.
 */
class IngestKillTest {
  @TempDir Path home;

  /** Generated document {@code i}: three indicators and one attribution claim. */
  static String document(int i) {
    return "Report " + i + " on a cyber intrusion\n\n"
        + "The intruders used PowerShell and staged data on 198.51.100." + (i % 250) + " and on host" + i
        + ".example.com, and dropped a file with hash " + String.format("%032x", i) + ". "
        + "The United States attributed the intrusion number " + i + " to China on Tuesday, officials said.\n";
  }

  @Test
  void a_killed_ingest_leaves_only_whole_documents_and_the_next_one_catches_up() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SlowIngestMain.class.getName(), home.toString())
        .redirectErrorStream(true).start();
    int stored = 0;
    StringBuilder other = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && stored < 40) {
        if (line.startsWith("stored ")) {
          stored = Integer.parseInt(line.substring(7));
        } else {
          other.append(line).append('\n');
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).as("documents the child reported stored; its other output:\n" + other)
        .isGreaterThanOrEqualTo(40);

    try (Store store = Store.open(home)) {
      long documents = count(store, "select count(*) from doc_document");
      assertThat(documents).isGreaterThanOrEqualTo(stored);
      assertThat(count(store, "select count(*) from doc_indicator")).isEqualTo(3 * documents);
      assertThat(count(store, "select count(*) from doc_document d where not exists "
          + "(select 1 from claim c where c.document_id = d.id)")).isZero();
      assertThat(count(store, "select count(*) from doc_indicator i where not exists "
          + "(select 1 from doc_document d where d.id = i.document_id)")).isZero();

      SearchIndex index = new SearchIndex(store.indexDir());
      DocumentStore docs = new DocumentStore(store);
      Ingestor ingestor = new Ingestor(null, docs, index);
      int recovered = ingestor.recover();
      assertThat(index.documentIds()).hasSize((int) documents);
      assertThat(recovered).isLessThanOrEqualTo((int) documents);
      assertThat(ingestor.recover()).isZero();
      assertThat(List.of(docs.document("doc-0.txt", io.ascribe.model.Tlp.RED).orElseThrow().claims())).isNotEmpty();
    }
  }

  private static long count(Store store, String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
