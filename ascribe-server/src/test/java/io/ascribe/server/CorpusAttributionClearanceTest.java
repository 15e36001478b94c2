package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.Evidence;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.corpus.Provenance;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's engine per clearance: a RED document's corpus facts move a RED reader's answer and
 * never an AMBER reader's, and deleting the document takes them out of the cached engine at once.
 */
class CorpusAttributionClearanceTest {
  private static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static final String SHA = "9".repeat(64);
  private static final Evidence EVIDENCE = new Evidence("case", List.of("T9001"), List.of(), List.of("198.51.100.23"),
      List.of(), List.of(), null, null, List.of(), List.of(), null);

  @TempDir Path home;

  private static Attribution attribute(TrainedAttributor engine) {
    return engine.attributor().attribute(engine.resolver().resolve(EVIDENCE), 3);
  }

  @Test
  void attributor_redDocument_movesOnlyRedReaders_untilDeleted() throws Exception {
    try (Store store = Store.open(home)) {
      ServerFixtures.importKb(store, Fixtures.write(home, Fixtures.MINI_ATTACK));
      Services services = new Services(store);
      Attribution kbOnly = attribute(services.attributor());
      services.documents().add(new ExtractedDocument("partner.txt", SHA, "Partner secret", "2025-01-01", null, "en",
          "Text.", 0, List.of(), List.of(), List.of(), List.of()), Tlp.RED, List.of(new CorpusLink(ALPHA,
              EvidenceKind.INDICATOR, "i:198.51.100.23", "198.51.100.23", null,
              new Provenance(SHA, "Partner secret", "2025-01-01", "partner", LinkBasis.DECLARED, 1.0))));

      Attribution amber = attribute(services.attributor(Tlp.AMBER));
      Attribution red = attribute(services.attributor(Tlp.RED));

      assertThat(amber).isEqualTo(kbOnly);
      assertThat(red).isNotEqualTo(kbOnly);
      assertThat(red.hypotheses().get(0).actor()).isEqualTo("Alpha Panda");

      services.documents().delete(SHA, Tlp.RED, "admin");
      assertThat(attribute(services.attributor(Tlp.RED))).as("the cached RED engine forgot it").isEqualTo(kbOnly);
    }
  }
}
