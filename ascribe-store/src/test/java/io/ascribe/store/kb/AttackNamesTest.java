package io.ascribe.store.kb;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.model.AttackReference;
import io.ascribe.model.AttackReference.Kind;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AttackNames}: what ATT&CK ids written in a document name in the stored knowledge base. */
class AttackNamesTest {
  @TempDir Path home;

  @Test
  void resolve_idsOfEveryKind_namedFromTheKnowledgeBase() throws Exception {
    try (Store store = TestStores.open(home)) {
      KbTestSupport.importer(store).importAll(List.of(Fixtures.write(home, Fixtures.MINI_ATTACK).toString()),
          KbImporter.Options.DEFAULT);

      List<AttackReference> refs = new AttackNames(store).resolve(
          List.of("T9001.001", "G9001", "S9002", "C9001", "T9001.001", "TA0001", "S0999", "203.0.113.7"));

      assertThat(refs).containsExactly(
          new AttackReference("T9001.001", Kind.TECHNIQUE, "Green Tea"),
          new AttackReference("G9001", Kind.GROUP, "Alpha Panda"),
          new AttackReference("S9002", Kind.SOFTWARE, "Spoon"),
          new AttackReference("C9001", Kind.CAMPAIGN, "Operation Teapot"),
          new AttackReference("TA0001", Kind.TACTIC, null),
          new AttackReference("S0999", Kind.SOFTWARE, null));
    }
  }
}
