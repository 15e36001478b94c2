package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.testkit.SharedData;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The TRAM2 training reports ({@code ../shared/data/tram2/train.jsonl}, 120 CTI reports split into
 * sentences) as plain text, one sentence a paragraph: the extractor must keep most of what threat
 * reports say, code listings, indicator lists and tables included. Measured when written: 80% of
 * the non-blank characters kept overall (the rest mostly code and table fragments cut into
 * "sentences"), at least 35% of every report.
 */
class TramReportsTest {
  @Test
  void fromPlainText_tramReports_keepMostOfTheirText() throws Exception {
    Path file = SharedData.require("tram2/train.jsonl");
    ObjectMapper json = new ObjectMapper();
    TextExtractor extractor = new TextExtractor();
    long raw = 0;
    long kept = 0;
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode report = json.readTree(line);
        StringBuilder text = new StringBuilder();
        for (JsonNode sentence : report.get("sentences")) {
          text.append(sentence.get("text").asText()).append("\n\n");
        }
        CleanText t = extractor.fromPlainText(text.toString());
        long reportRaw = nonBlank(text);
        long reportKept = nonBlank(t.text());
        raw += reportRaw;
        kept += reportKept;

        assertThat(reportKept * 100 / reportRaw).as(report.get("title").asText())
            .isGreaterThanOrEqualTo(25);
        assertThat(t.language()).as(report.get("title").asText()).isEqualTo("en");
      }
    }
    assertThat(kept * 100 / raw).isGreaterThanOrEqualTo(75);
  }

  private static long nonBlank(CharSequence s) {
    return s.chars().filter(c -> !Character.isWhitespace(c)).count();
  }
}
