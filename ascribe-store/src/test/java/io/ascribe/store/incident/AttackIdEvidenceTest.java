package io.ascribe.store.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: ATT&CK ids in a text are indicators of type {@code attack_id}, and taking a document's
 * indicators into an incident could store one as indicator evidence, where it weighs nothing. A
 * technique id becomes technique evidence, a software id software evidence, and any other ATT&CK id
 * offered as an indicator is refused with the reason; the refusal stores nothing.
 */
class AttackIdEvidenceTest {
  private static final String TEXT = "They ran T1059.001 and S0154 (see G0096 and C0024) from 203.0.113.7.";
  @TempDir Path home;

  private static StoredDocument document(DocumentStore docs) {
    String sha = "a".repeat(64);
    docs.add(new ExtractedDocument("report.txt", sha, "Report", null, null, "en", TEXT, 0,
        List.of(new Indicator(Indicator.ATTACK_ID, "T1059.001", 9, false, null),
            new Indicator(Indicator.ATTACK_ID, "S0154", 23, false, null),
            new Indicator(Indicator.ATTACK_ID, "G0096", 34, false, null),
            new Indicator(Indicator.ATTACK_ID, "C0024", 44, false, null),
            new Indicator(Indicator.IPV4, "203.0.113.7", 56, false, null)),
        List.of(new TechniqueMention("T1059.001", "PowerShell", 1.0, List.of(TEXT))), List.of(), List.of()), Tlp.CLEAR);
    return docs.document(sha, Tlp.RED).orElseThrow();
  }

  @Test
  void itemsOf_document_neverOffersAttackIdsAsIndicators() throws Exception {
    try (Store store = TestStores.open(home)) {
      StoredDocument doc = document(new DocumentStore(store));

      assertThat(IncidentStore.itemsOf(doc, EnumSet.allOf(ItemKind.class)))
          .extracting(IncidentStore.NewItem::kind, IncidentStore.NewItem::value)
          .containsExactly(tuple(ItemKind.TECHNIQUE, "T1059.001"), tuple(ItemKind.SOFTWARE, "S0154"),
              tuple(ItemKind.INDICATOR, "203.0.113.7"));
    }
  }

  @Test
  void addFromDocument_attackIdsPickedAsIndicators_routedToTechniqueAndSoftware() throws Exception {
    try (Store store = TestStores.open(home)) {
      StoredDocument doc = document(new DocumentStore(store));
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.create("Case", null, Tlp.AMBER, "alice").id();
      String source = EvidenceItem.fromDocument(doc.header().sha256());

      Incident i = incidents.addFromDocument(id, null, doc, List.of(
          new IncidentStore.NewItem(ItemKind.INDICATOR, "T1059.001", source),
          new IncidentStore.NewItem(ItemKind.INDICATOR, "S0154", source)), "alice");

      assertThat(i.evidence()).extracting(EvidenceItem::kind, EvidenceItem::value)
          .containsExactly(tuple(ItemKind.TECHNIQUE, "T1059.001"), tuple(ItemKind.SOFTWARE, "S0154"));
      assertThat(i.toEvidence().techniques()).containsExactly("T1059.001");
    }
  }

  @Test
  void addFromDocument_groupIdAsIndicator_refusedNamingIt_nothingStored() throws Exception {
    try (Store store = TestStores.open(home)) {
      StoredDocument doc = document(new DocumentStore(store));
      IncidentStore incidents = new IncidentStore(store);
      Incident before = incidents.create("Case", null, Tlp.AMBER, "alice");
      String source = EvidenceItem.fromDocument(doc.header().sha256());

      assertThatThrownBy(() -> incidents.addFromDocument(before.id(), null, doc, List.of(
          new IncidentStore.NewItem(ItemKind.INDICATOR, "203.0.113.7", source),
          new IncidentStore.NewItem(ItemKind.INDICATOR, "G0096", source)), "alice"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("indicator: 'G0096' is an ATT&CK group id, not an indicator; a group is not evidence "
              + "(add the techniques or software it uses)");

      Incident after = incidents.find(before.id(), Tlp.RED).orElseThrow();
      assertThat(after.evidence()).isEmpty();
      assertThat(after.documents()).isEmpty();
      assertThat(after.version()).isEqualTo(before.version());
    }
  }
}
