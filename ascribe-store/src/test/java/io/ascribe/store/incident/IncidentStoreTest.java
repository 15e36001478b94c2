package io.ascribe.store.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.attribution.Attribution;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.AuditEntry;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incidents: evidence with sources, TLP visibility, optimistic locking, assessments and the audit log. */
class IncidentStoreTest {
  @TempDir Path home;

  private static IncidentStore.NewItem item(ItemKind kind, String value) {
    return new IncidentStore.NewItem(kind, value, EvidenceItem.ANALYST);
  }

  @Test
  void evidence_is_added_once_with_its_source_and_every_change_is_audited() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      assertThat(store.embedded()).as("the test run's database").isEqualTo(!TestStores.postgres());
      Incident created = incidents.create("Utility intrusion", null, Tlp.AMBER, "alice");
      String id = created.id();
      assertThat(id).matches("INC-[0-9A-HJKMNP-TV-Z]{8}");
      assertThat(created.version()).isEqualTo(1);

      List<IncidentStore.NewItem> items = List.of(item(ItemKind.TECHNIQUE, "T1059.001"),
          item(ItemKind.VICTIM_COUNTRY, "us"), item(ItemKind.UTC_OFFSET, "8.0"));
      Incident once = incidents.addEvidence(id.toLowerCase(Locale.ROOT), 1L, items, "alice");
      Incident twice = incidents.addEvidence(" " + id, null, items, "bob");

      assertThat(once.version()).isEqualTo(2);
      assertThat(twice).isEqualTo(once);
      assertThat(once.evidence()).extracting(EvidenceItem::value).containsExactly("T1059.001", "US", "8");
      assertThat(once.evidence()).allSatisfy(e -> assertThat(e.addedBy()).isEqualTo("alice"));
      assertThat(once.toEvidence().victimCountries()).containsExactly("US");
      assertThat(once.toEvidence().utcOffsets()).containsExactly(8.0);
      assertThat(incidents.log(id)).extracting(AuditEntry::action)
          .containsExactly("incident.create", "incident.evidence.add");
    }
  }

  @Test
  void an_edit_based_on_a_stale_version_writes_nothing() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.create("Case", null, Tlp.GREEN, "alice").id();
      incidents.addEvidence(id, 1L, List.of(item(ItemKind.TECHNIQUE, "T1566.001")), "alice");

      assertThatThrownBy(() -> incidents.addEvidence(id, 1L, List.of(item(ItemKind.TECHNIQUE, "T1003")), "bob"))
          .isInstanceOf(StaleIncidentException.class).hasMessageContaining("version 1").hasMessageContaining("version 2");
      assertThatThrownBy(() -> incidents.conclude(id, 1L, "APT41", null, "bob"))
          .isInstanceOf(StaleIncidentException.class);
      Incident now = incidents.find(id, Tlp.RED).orElseThrow();
      assertThat(now.evidence()).extracting(EvidenceItem::value).containsExactly("T1566.001");
      assertThat(now.conclusion()).isNull();
      assertThat(incidents.log(id)).hasSize(2);
    }
  }

  @org.junit.jupiter.api.RepeatedTest(5) // a race shows up only now and then
  void concurrent_editors_who_retry_on_conflict_lose_nothing() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.create("Busy case", null, Tlp.CLEAR, "alice").id();
      int editors = 4;
      int itemsEach = 10;
      ExecutorService pool = Executors.newFixedThreadPool(editors);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> conflicts = new ArrayList<>();
      for (int e = 0; e < editors; e++) {
        int editor = e;
        conflicts.add(pool.submit(() -> {
          start.await();
          int seen = 0;
          for (int i = 0; i < itemsEach; i++) {
            while (true) {
              long version = incidents.find(id, Tlp.RED).orElseThrow().version();
              try {
                incidents.addEvidence(id, version,
                    List.of(item(ItemKind.INDICATOR, "host-" + editor + "-" + i + ".example.com")), "editor" + editor);
                break;
              } catch (StaleIncidentException stale) {
                seen++;
              }
            }
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<Integer> f : conflicts) {
        f.get();
      }
      pool.shutdown();
      Incident done = incidents.find(id, Tlp.RED).orElseThrow();
      assertThat(done.evidence()).hasSize(editors * itemsEach);
      assertThat(done.version()).isEqualTo(1 + editors * itemsEach);
    }
  }

  @Test
  void readers_below_the_marking_do_not_see_the_incident() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      incidents.create("Public case", null, Tlp.CLEAR, "alice");
      String red = incidents.create("Red case", null, Tlp.RED, "alice").id();
      assertThat(incidents.list(Tlp.AMBER_STRICT)).extracting(Incident::title).containsExactly("Public case");
      assertThat(incidents.list(Tlp.RED)).extracting(Incident::title).containsExactly("Red case", "Public case");
      assertThat(incidents.find(red, Tlp.AMBER)).isEmpty();
    }
  }

  @Test
  void a_document_is_attached_and_its_evidence_keeps_the_document_as_source() throws Exception {
    try (Store store = TestStores.open(home)) {
      DocumentStore docs = new DocumentStore(store);
      String sha = "e".repeat(64);
      docs.add(new ExtractedDocument("report.html", sha, "Report", null, null, "en", "text", 0,
          List.of(new Indicator("domain", "evil.example.com", 1, true, null),
              new Indicator("ipv4", "8.8.8.8", 2, false, "Public DNS resolvers")),
          List.of(new TechniqueMention("T1059.001", "PowerShell", 0.9, List.of("They used PowerShell."))),
          List.of(new ExtractedDocument.Entity("software", "PlugX", "S0013", 2, null, null, null, null)), List.of()));
      StoredDocument doc = docs.document(sha, Tlp.RED).orElseThrow();
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.create("Case", null, Tlp.AMBER, "alice").id();

      List<IncidentStore.NewItem> offered = IncidentStore.itemsOf(doc, EnumSet.allOf(ItemKind.class));
      Incident i = incidents.addFromDocument(id, null, doc, offered, "alice");
      Incident again = incidents.addFromDocument(id, null, doc, offered, "alice");

      assertThat(i.documents()).containsExactly(sha);
      assertThat(i.evidence()).extracting(EvidenceItem::value).containsExactly("T1059.001", "S0013", "evil.example.com");
      assertThat(i.evidence()).allSatisfy(e -> assertThat(e.source()).isEqualTo("document:" + sha));
      assertThat(again).isEqualTo(i);

      docs.add(new ExtractedDocument("secret.html", "f".repeat(64), "Secret", null, null, "en", "text", 0, List.of(),
          List.of(new TechniqueMention("T1003", "OS Credential Dumping", 0.9, List.of("x"))), List.of(), List.of()), Tlp.RED);
      StoredDocument secret = docs.document("f".repeat(64), Tlp.RED).orElseThrow();
      assertThatThrownBy(() -> incidents.addFromDocument(id, null, secret,
          IncidentStore.itemsOf(secret, EnumSet.allOf(ItemKind.class)), "alice"))
          .hasMessageContaining("TLP:RED").hasMessageContaining("TLP:AMBER");

      Incident removed = incidents.removeEvidence(id, i.version(), ItemKind.SOFTWARE, "S0013", "bob");
      assertThat(removed.evidence()).hasSize(2);
      assertThat(incidents.log(id).get(incidents.log(id).size() - 1).detail()).contains("removed software S0013");
    }
  }

  @Test
  void assessments_are_numbered_and_kept_as_they_were() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.create("Case", null, Tlp.AMBER, "alice").id();
      Attribution first = new Attribution(id, List.of(hypothesis("APT41", 0.6), hypothesis("APT10", 0.2)), 0.2, 0.05,
          new Attribution.FalseFlagSensitivity(List.of(), "APT41", 0), List.of(), List.of());
      Attribution second = new Attribution(id, List.of(hypothesis("APT10", 0.5), hypothesis("APT41", 0.3)), 0.2, 0.05,
          new Attribution.FalseFlagSensitivity(List.of(), "APT10", 0), List.of(), List.of());
      incidents.recordAssessment(id, first, "kb-1", 3, "alice");
      incidents.recordAssessment(id, second, "kb-2", 4, "bob");

      List<Assessment> all = incidents.assessments(id);
      assertThat(all).extracting(Assessment::number).containsExactly(1, 2);
      assertThat(all.get(0).result()).isEqualTo(first);
      assertThat(all.get(1).kbFingerprint()).isEqualTo("kb-2");
      assertThat(incidents.log(id)).extracting(AuditEntry::detail).last().asString().contains("top APT10 50%");
    }
  }

  private static Attribution.Hypothesis hypothesis(String actor, double p) {
    return new Attribution.Hypothesis(actor, "G0001", "intrusion-set--" + actor, p, "likely", 50,
        List.of(new Attribution.EvidenceNote("technique", "T1059.001", 0.4, "medium", "used by 84 of 172 groups")),
        List.of());
  }
}
