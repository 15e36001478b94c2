package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The earlier documents that contain an incident's indicator, at the reader's clearance. */
class IndicatorHistoryTest {
  private static final String IP = "203.0.113.9";
  private static final String HASH = "D41D8CD98F00B204E9800998ECF8427E";

  @TempDir Path tmp;

  private static ExtractedDocument doc(char sha, String published, String... values) {
    String text = String.join(" and ", values);
    List<Indicator> indicators = new java.util.ArrayList<>();
    int offset = 0;
    for (String v : values) {
      indicators.add(new Indicator(v.length() == 32 ? "md5" : "ipv4", v, offset, false, null));
      indicators.add(new Indicator(v.length() == 32 ? "md5" : "ipv4", v, offset + 1, false, null));
      offset += v.length() + 5;
    }
    return new ExtractedDocument("file-" + sha, String.valueOf(sha).repeat(64), "Report " + sha, published, null, "en",
        text, 0, indicators, List.of(), List.of(), List.of());
  }

  @Test
  void documentsContaining_newestFirst_withinClearance_oneCopyOfTheBytes_anyCase() throws Exception {
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      docs.add(doc('a', "2021-03-01", IP), Tlp.GREEN);
      docs.add(doc('b', "2024-06-30", IP, HASH.toLowerCase(java.util.Locale.ROOT)), Tlp.CLEAR);
      docs.add(doc('c', null, IP), Tlp.GREEN);
      docs.add(doc('d', "2025-01-01", IP), Tlp.RED);
      docs.add(doc('e', "2023-01-01", IP), Tlp.RED);
      docs.add(doc('e', "2023-01-01", IP), Tlp.AMBER);
      docs.add(doc('f', "2022-01-01", "198.51.100.1"), Tlp.CLEAR);

      Map<String, List<IndicatorHistory.Seen>> amber = new IndicatorHistory(store)
          .documentsContaining(List.of(IP, HASH, "192.0.2.1"), Tlp.AMBER);

      assertThat(amber.get(IP)).extracting(IndicatorHistory.Seen::title)
          .containsExactly("Report b", "Report e", "Report a", "Report c");
      assertThat(amber.get(IP).get(1).tlp()).isEqualTo(Tlp.AMBER);
      assertThat(amber.get(HASH)).extracting(IndicatorHistory.Seen::title).containsExactly("Report b");
      assertThat(amber.get("192.0.2.1")).isEmpty();

      Map<String, List<IndicatorHistory.Seen>> red = new IndicatorHistory(store).documentsContaining(List.of(IP), Tlp.RED);
      assertThat(red.get(IP)).extracting(IndicatorHistory.Seen::title)
          .containsExactly("Report d", "Report b", "Report e", "Report a", "Report c");
      assertThat(red.get(IP).get(2).tlp()).as("the copy a RED reader sees is the newest, AMBER one").isEqualTo(Tlp.AMBER);

      assertThat(new IndicatorHistory(store).documentsContaining(List.of(IP), Tlp.CLEAR).get(IP))
          .extracting(IndicatorHistory.Seen::title).containsExactly("Report b");
    }
  }
}
