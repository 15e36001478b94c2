package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document library: pages with totals and counts, each filter alone and together, the three
 * orders, and the clearance kept in SQL (a RED document is neither listed, counted, nor lends its
 * publisher, language or title to a GREEN reader).
 */
class DocumentLibraryTest {
  @TempDir static Path home;
  static Store store;
  static DocumentLibrary library;

  @BeforeAll
  static void fill() throws Exception {
    store = TestStores.open(home);
    DocumentStore docs = new DocumentStore(store);
    // ten CLEAR news items from two publishers, every third with a claim
    for (int i = 0; i < 10; i++) {
      String sha = String.format("%064x", i + 1);
      boolean claim = i % 3 == 0;
      docs.add(doc(sha, "News " + (char) ('J' - i), "2024-01-" + String.format("%02d", i + 1),
          i < 6 ? "Daily Wire Service" : "Cyber Weekly", "en", claim, 2), Tlp.CLEAR);
    }
    docs.add(doc("f".repeat(64), null, null, "Cyber Weekly", "de", false, 0), Tlp.GREEN);
    docs.add(doc("e".repeat(64), "Partner secret", "2024-02-01", "Secret Partner Bulletin", "ru", true, 1), Tlp.RED);
    library = new DocumentLibrary(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static ExtractedDocument doc(String sha, String title, String published, String publisher, String language,
      boolean claim, int indicators) {
    List<Indicator> found = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      found.add(new Indicator("ipv4", "203.0.113." + i, i * 20, false, null));
    }
    List<Claim> claims = claim ? List.of(new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China",
        "CN", null, null, published, "The US blamed China.")) : List.of();
    return new ExtractedDocument("file-" + sha, sha, title, published, publisher, language, "Text.", 0, found,
        List.of(new TechniqueMention("T1059", "Command and Scripting Interpreter", 1.0, List.of("Text."))), List.of(),
        claims);
  }

  private static LibraryQuery query(Tlp max) {
    return LibraryQuery.all(max);
  }

  @Test
  void page_newestFirst_withTotalAndCounts_atTheClearance() {
    DocumentLibrary.Page first = library.page(query(Tlp.GREEN), 0, 4);
    assertThat(first.total()).isEqualTo(11);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.documents()).extracting(DocumentLibrary.Entry::sha256).first().isEqualTo("f".repeat(64));
    DocumentLibrary.Entry news = first.documents().get(1);
    assertThat(news.title()).isEqualTo("News A");
    assertThat(news.indicators()).isEqualTo(2);
    assertThat(news.techniques()).isEqualTo(1);
    assertThat(news.claims()).isEqualTo(1);
    assertThat(news.publisher()).isEqualTo("Cyber Weekly");
    assertThat(first.nextOffset()).isEqualTo(4);

    DocumentLibrary.Page last = library.page(query(Tlp.GREEN), 8, 4);
    assertThat(last.documents()).hasSize(3);
    assertThat(last.number()).isEqualTo(3);
    assertThat(last.nextOffset()).isEqualTo(-1);
    assertThat(library.page(query(Tlp.RED), 0, 100).total()).isEqualTo(12);
    assertThat(library.page(query(Tlp.CLEAR), 0, 100).total()).isEqualTo(10);
  }

  @Test
  void page_pastTheEnd_isEmptyWithTheTotal() {
    DocumentLibrary.Page beyond = library.page(query(Tlp.GREEN), 50, 10);
    assertThat(beyond.documents()).isEmpty();
    assertThat(beyond.total()).isEqualTo(11);
  }

  @Test
  void page_eachFilter_keepsOnlyItsDocuments() {
    assertThat(library.page(new LibraryQuery(Tlp.RED, Tlp.GREEN, null, null, null, null, null, null), 0, 100)
        .documents()).extracting(DocumentLibrary.Entry::sha256).containsExactly("f".repeat(64));
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, "cyber weekly", null, null, null, null, null), 0, 100)
        .total()).isEqualTo(5);
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, "DE", null, null, null, null), 0, 100)
        .total()).isEqualTo(1);
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, null, "2024-01-03", "2024-01-05", null, null), 0, 100)
        .documents()).extracting(DocumentLibrary.Entry::published).containsExactly("2024-01-05", "2024-01-04", "2024-01-03");
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, null, null, null, true, null), 0, 100)
        .documents()).extracting(DocumentLibrary.Entry::claims).hasSize(4).allMatch(n -> n == 1);
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, null, null, null, false, null), 0, 100)
        .total()).isEqualTo(7);
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, "Daily Wire Service", null, null, null, true, null), 0, 100)
        .total()).isEqualTo(2);
  }

  @Test
  void page_filterNamingAHiddenDocument_findsNothing() {
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, Tlp.RED, null, null, null, null, null, null), 0, 10).total())
        .isZero();
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, "Secret Partner Bulletin", null, null, null, null, null),
        0, 10).total()).isZero();
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, "ru", null, null, null, null), 0, 10).total())
        .isZero();
    assertThat(library.page(new LibraryQuery(Tlp.RED, null, "Secret Partner Bulletin", null, null, null, null, null),
        0, 10).total()).isEqualTo(1);
  }

  @Test
  void page_sortedByPublishedOrTitle_putsTheUndatedAndUntitledLast() {
    List<String> published = library.page(new LibraryQuery(Tlp.GREEN, null, null, null, null, null, null,
        LibraryQuery.Sort.PUBLISHED), 0, 100).documents().stream().map(DocumentLibrary.Entry::published).toList();
    assertThat(published.get(0)).isEqualTo("2024-01-10");
    assertThat(published.get(published.size() - 1)).isNull();
    List<String> titles = library.page(new LibraryQuery(Tlp.GREEN, null, null, null, null, null, null,
        LibraryQuery.Sort.TITLE), 0, 3).documents().stream().map(DocumentLibrary.Entry::title).toList();
    assertThat(titles).containsExactly("News A", "News B", "News C");
    assertThat(library.page(new LibraryQuery(Tlp.GREEN, null, null, null, null, null, null, LibraryQuery.Sort.TITLE),
        10, 1).documents().get(0).title()).isNull();
  }

  @Test
  void facets_offerOnlyValuesOfVisibleDocuments() {
    DocumentLibrary.Facets green = library.facets(Tlp.GREEN);
    assertThat(green.publishers()).containsExactly("Cyber Weekly", "Daily Wire Service");
    assertThat(green.languages()).containsExactly("de", "en");
    assertThat(library.facets(Tlp.RED).publishers()).contains("Secret Partner Bulletin");
    assertThat(library.facets(Tlp.RED).languages()).contains("ru");
  }

  @Test
  void titles_ofVisibleDocumentsOnly_untitledAsEmpty() {
    Map<String, String> titles = library.titles(List.of(String.format("%064x", 1), "e".repeat(64), "f".repeat(64),
        "0".repeat(64)), Tlp.GREEN);
    assertThat(titles).containsOnlyKeys(String.format("%064x", 1), "f".repeat(64));
    assertThat(titles.get(String.format("%064x", 1))).isEqualTo("News J");
    assertThat(titles.get("f".repeat(64))).isEmpty();
    assertThat(library.titles(List.of("e".repeat(64)), Tlp.RED)).containsEntry("e".repeat(64), "Partner secret");
    assertThat(library.titles(List.of(), Tlp.RED)).isEmpty();
  }

  @Test
  void page_badWindow_isRefusedNamingBoth() {
    assertThatThrownBy(() -> library.page(query(Tlp.RED), -1, 10)).hasMessage(
        "offset must be >= 0 and limit >= 1, got -1 and 10");
  }
}
