package io.ascribe.extract.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.extract.text.TextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every layout a report arrives in renders it, and the input and main-text stages read it back whole. */
class ReportLayoutTest {
  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    out.add("The actor sent spearphishing e-mails with a macro-laden attachment to staff of two ministries.");
    for (int i = 1; i <= 30; i++) {
      out.add("In step " + i + " the implant collected system information, compressed it and exfiltrated the"
          + " archive over HTTPS to a command-and-control server hosted on a rented virtual machine.");
    }
    return out;
  }

  @Test
  void render_everyLayout_isReadBackThroughTheExtractPathWithItsSentences() {
    DocumentInputs inputs = new DocumentInputs();
    TextExtractor text = new TextExtractor();
    for (ReportLayout layout : ReportLayout.values()) {
      ReportLayout.Rendered r = layout.render("Implant report", sentences());
      List<RawDocument> docs = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      inputs.read(r.fileName(), r.bytes(), docs::add, p -> problems.add(p.message()));
      assertThat(problems).as(layout.label()).isEmpty();
      assertThat(docs).as(layout.label()).hasSize(1);
      String kept = text.fromBytes(docs.get(0).bytes(), docs.get(0).nameOrContentType()).text();
      assertThat(SentenceCoverage.found(sentences(), kept)).as(layout.label())
          .isGreaterThanOrEqualTo(sentences().size() * 95 / 100);
    }
  }

  @Test
  void render_wrappedLayouts_keepLinesWithinTheirWidth() {
    String wrapped = new String(ReportLayout.WRAPPED_60.render("T", sentences()).bytes(), StandardCharsets.UTF_8);
    assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    String one = new String(ReportLayout.ONE_PARAGRAPH.render("T", sentences()).bytes(), StandardCharsets.UTF_8);
    assertThat(one.lines().toList()).hasSize(3);
  }

  @Test
  void of_unknownLabel_namesTheKnownOnes() {
    assertThat(ReportLayout.of("pdf-two-column")).isEqualTo(ReportLayout.TWO_COLUMN_PDF);
    assertThatThrownBy(() -> ReportLayout.of("docx")).hasMessageContaining("unknown layout 'docx'")
        .hasMessageContaining("one-paragraph");
  }

  @Test
  void found_comparesLettersAndDigitsOnly_andMissesASentenceCutByOtherText() {
    List<String> s = List.of("The loader uses “RC4” keys.", "Exfiltration went over DNS.", "...");
    assertThat(SentenceCoverage.countable(s)).isEqualTo(2);
    assertThat(SentenceCoverage.found(s, "the loader uses \"RC4\"\nkeys. Exfil- tration went over DNS")).isEqualTo(2);
    assertThat(SentenceCoverage.found(s, "The loader uses Page 3 RC4 keys. Exfiltration went over DNS.")).isEqualTo(1);
  }
}
