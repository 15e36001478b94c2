package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.EntityRef;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims grouped into disputes, the two seed pages among them, and the matrix of who accuses whom. */
class DisputesTest {
  @TempDir Path tmp;

  private static Claim claim(ClaimType type, String from, String against, String actor, String target, String date) {
    return new Claim(type, ClaimForm.STATEMENT, "someone", from, "someone else", against, actor, target, date,
        from + " " + type.id() + " " + against);
  }

  private static ExtractedDocument doc(String sha, List<Claim> claims) {
    return new ExtractedDocument("file-" + sha, sha, "Title " + sha.charAt(0), "2024-04-16", null, "en", "Text.", 0,
        List.of(), List.of(), List.of(), claims);
  }

  @Test
  void list_seedPages_comeOutAsTwoDisputes() throws Exception {
    DocumentExtractor extractor = new DocumentExtractor(new IndicatorExtractor(WarningLists.none()),
        new NameMatcher<>(Map.of("Volt Typhoon", List.of(new EntityRef("actor", "intrusion-set--x", "Volt Typhoon", "G1017"))),
            4), new TechniqueMentions(Map.of()));
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      for (String seed : List.of("000_4e465635380c1327.txt", "004_338413dd6da57687.txt")) {
        Path p = SharedData.seed(seed);
        docs.add(extractor.extract(p.toString(), Files.readAllBytes(p), p.getFileName().toString()));
      }
      List<Disputes.Dispute> disputes = new Disputes(docs).list(Tlp.CLEAR);
      assertThat(disputes).extracting(Disputes.Dispute::subject).containsExactly("Volt Typhoon", "Equifax");
      Disputes.Dispute volt = disputes.get(0);
      assertThat(volt.attributions()).extracting(DocumentStore.LedgerEntry::claimantCountry).contains("US");
      assertThat(volt.denials()).extracting(DocumentStore.LedgerEntry::claimantCountry).containsExactly("CN");
      assertThat(volt.counterAccusations()).extracting(DocumentStore.LedgerEntry::accusedCountry).containsExactly("US");
      Disputes.Dispute equifax = disputes.get(1);
      assertThat(equifax.attributions()).singleElement().satisfies(e -> assertThat(e.form()).isEqualTo("indictment"));
      assertThat(equifax.denials()).hasSize(1);
      assertThat(equifax.counterAccusations()).singleElement().satisfies(e -> assertThat(e.claimant()).contains("Geng Shuang"));
    }
  }

  @Test
  void list_claimWithoutActorOrTarget_joinsItsDocumentsAccusedState_andHiddenDocumentsCountForNothing() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc("a".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "US", "KP", null, null, "2024-01-02"),
          claim(ClaimType.DENIAL, "KP", "KP", null, null, "2024-01-03"))), Tlp.CLEAR);
      docs.add(doc("b".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "GB", "RU", "APT28", null, "2024-02-01"))), Tlp.RED);
      List<Disputes.Dispute> green = new Disputes(docs).list(Tlp.GREEN);
      assertThat(green).singleElement().satisfies(d -> {
        assertThat(d.kind()).isEqualTo("state");
        assertThat(d.subject()).isEqualTo("KP in Title a");
        assertThat(d.attributions()).hasSize(1);
        assertThat(d.denials()).hasSize(1);
        assertThat(d.latest()).isEqualTo("2024-01-03");
      });
      assertThat(new Disputes(docs).list(Tlp.RED)).extracting(Disputes.Dispute::subject)
          .containsExactly("APT28", "KP in Title a");
    }
  }

  @Test
  void cells_countAttributionsAndCounterAccusationsByPair_withinDatesAndClearance() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc("c".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "US", "CN", null, null, "2024-01-02"),
          claim(ClaimType.ATTRIBUTION, "US", "CN", null, null, "2024-03-02"),
          claim(ClaimType.COUNTER_ACCUSATION, "CN", "US", null, null, "2024-01-03"),
          claim(ClaimType.DENIAL, "CN", "CN", null, null, "2024-01-03"))), Tlp.CLEAR);
      docs.add(doc("d".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "GB", "RU", null, null, "2024-01-05"))), Tlp.AMBER);
      ClaimMatrix matrix = new ClaimMatrix(store);
      assertThat(matrix.cells(null, null, Tlp.GREEN)).containsExactly(new ClaimMatrix.Cell("CN", "US", 0, 1),
          new ClaimMatrix.Cell("US", "CN", 2, 0));
      assertThat(matrix.cells("2024-01-01", "2024-01-31", Tlp.AMBER)).containsExactly(
          new ClaimMatrix.Cell("CN", "US", 0, 1), new ClaimMatrix.Cell("GB", "RU", 1, 0), new ClaimMatrix.Cell("US", "CN", 1, 0));
    }
  }

  @Test
  void claims_page_countsTheTotalAtTheClearance_andFiltersByClaimantAndAccused() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc("e".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "US", "CN", null, null, "2024-01-01"),
          claim(ClaimType.ATTRIBUTION, "US", "CN", null, null, "2024-01-02"),
          claim(ClaimType.ATTRIBUTION, "US", "RU", null, null, "2024-01-03"))), Tlp.CLEAR);
      docs.add(doc("f".repeat(64), List.of(claim(ClaimType.ATTRIBUTION, "US", "CN", null, null, "2024-01-04"))), Tlp.RED);
      DocumentStore.LedgerQuery all = new DocumentStore.LedgerQuery(null, null, null, null, Tlp.GREEN);
      DocumentStore.LedgerPage first = docs.claims(all, 0, 2);
      assertThat(first.total()).isEqualTo(3);
      assertThat(first.claims()).extracting(DocumentStore.LedgerEntry::date).containsExactly("2024-01-03", "2024-01-02");
      assertThat(first.nextOffset()).isEqualTo(2);
      DocumentStore.LedgerPage second = docs.claims(all, 2, 2);
      assertThat(second.claims()).extracting(DocumentStore.LedgerEntry::date).containsExactly("2024-01-01");
      assertThat(second.nextOffset()).isEqualTo(-1);
      DocumentStore.LedgerQuery pair = new DocumentStore.LedgerQuery(null, null, "us", "CN", null, null, "2024-01-01", Tlp.RED);
      assertThat(docs.claims(pair, 0, 10).total()).isEqualTo(1);
      assertThat(docs.claims(new DocumentStore.LedgerQuery(null, null, "US", "CN", null, null, null, Tlp.RED), 0, 10).total())
          .isEqualTo(3);
    }
  }
}
