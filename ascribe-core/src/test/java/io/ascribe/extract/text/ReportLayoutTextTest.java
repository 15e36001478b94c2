package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main-text stage on a report in the layouts it arrives in: it keeps the body whatever the
 * layout, drops furniture sentence by sentence, and keeps a long text whole rather than lose most
 * of it.
 */
class ReportLayoutTextTest {
  private final TextExtractor extractor = new TextExtractor();

  /** Twelve distinct sentences of a threat report, each long enough to read as prose. */
  private static List<String> reportSentences() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      out.add("In stage " + i + " of the intrusion the operators ran a loader that decrypted its payload"
          + " with a rolling XOR key and injected it into a signed Windows process.");
    }
    return out;
  }

  @Test
  void fromPlainText_reportAsOneParagraphWithFurnitureSentences_keepsEveryReportSentenceAndDropsTheFurniture() {
    List<String> sentences = reportSentences();
    String raw = "Loader report\n\nSkip to main content. " + String.join(" ", sentences)
        + " Copyright 2024 Example Security, Inc. All rights reserved.";

    CleanText t = extractor.fromPlainText(raw);

    assertThat(t.mainText()).isEqualTo(MainText.EXTRACTED);
    assertThat(t.text()).contains(sentences).doesNotContain("Skip to main content").doesNotContain("Copyright");
    assertThat(t.text()).as("one paragraph stays one paragraph").doesNotContain("\n");
  }

  @Test
  void fromPlainText_hardWrappedWithAUrlTooLongToWrap_stillJoinsWrappedLines() {
    StringBuilder raw = new StringBuilder("Loader report\n\n");
    String paragraph = String.join(" ", reportSentences().subList(0, 6));
    raw.append(wrap(paragraph, 60)).append("\n\n");
    raw.append("https://research.example.com/2024/03/a-very-long-path/that-no-wrapper-could-break/"
        + "because-it-has-no-spaces.html\n\n");
    raw.append(wrap(String.join(" ", reportSentences().subList(6, 12)), 60)).append('\n');

    CleanText t = extractor.fromPlainText(raw.toString());

    assertThat(t.text()).contains(reportSentences());
  }

  @Test
  void fromPlainText_reportWithCommandListingBetweenParagraphs_keepsBothSides() {
    List<String> sentences = reportSentences();
    String raw = String.join("\n", sentences.subList(0, 6)) + "\n"
        + "c:\\windows\\system32\\nltest.exe\n/dclist\n:\nlinux\n[HOSTNAME]Execution Command And Scripting Interpreter:\n"
        + String.join("\n", sentences.subList(6, 12)) + "\n";

    CleanText t = extractor.fromPlainText(raw);

    assertThat(t.text()).contains(sentences).contains("/dclist");
  }

  @Test
  void fromPlainText_footerBlurbAfterSiteMenu_isNotPartOfTheArticle() {
    List<String> sentences = reportSentences().subList(0, 4);
    String raw = String.join("\n", sentences) + "\n"
        + "Products\nSolutions\nCompany\nCareers\nPress\nContact\n"
        + "Example Security helps companies defend their networks every day.\n";

    CleanText t = extractor.fromPlainText(raw);

    assertThat(t.text()).contains(sentences).doesNotContain("Example Security helps");
  }

  @Test
  void fromPlainText_removalWouldLeaveUnderAThirdOfALongText_keepsItAllAndSaysSo() {
    StringBuilder raw = new StringBuilder();
    raw.append(reportSentences().get(0)).append('\n');
    for (int i = 0; i < 120; i++) {
      raw.append("Registry Run Key Persistence Module ").append((char) ('A' + i % 26)).append('\n');
    }

    CleanText t = extractor.fromPlainText(raw.toString());

    assertThat(t.mainText()).isEqualTo(MainText.KEPT_ALL);
    assertThat(t.text()).contains(reportSentences().get(0)).contains("Registry Run Key Persistence Module Z");
  }

  @Test
  void fromPlainText_appendixOfHashesAfterTheLastParagraph_isKeptAndLanguageStaysEnglish() {
    String hash1 = "6f191f598589b7708b1890d56b374b45c6eb41610d34f976f0b4cfde8d5731af";
    String hash2 = "c5b43b02a62d424a4e8a63b23bef8b022c08a889a15a6ad7f5bf1fd4fe73291f";
    String raw = String.join("\n", reportSentences()) + "\nIndicators of Compromise\nSHA-256\n" + hash1 + "\n"
        + hash2 + "\nupdate-windows-security[.]tk\n";

    CleanText t = extractor.fromPlainText(raw);

    assertThat(t.text()).contains(hash1, hash2, "update-windows-security[.]tk");
    assertThat(t.language()).isEqualTo("en");
  }

  @Test
  void fromPlainText_asGiven_saysTheTextWasGiven() {
    assertThat(extractor.asGiven("An analyst's note.").mainText()).isEqualTo(MainText.GIVEN);
  }

  @Test
  void fromBytes_textWithAngleBracketWordsThatAreNotTags_isReadAsPlainText() {
    String raw = "Profile notes\n\n" + String.join("\n", reportSentences().subList(0, 6))
        + "\nset headers_remove \"<header to remove>\";\n" + String.join("\n", reportSentences().subList(6, 12))
        + "\n<bodyguard> and <htmlish> are not tags either.\n";

    CleanText t = extractor.fromBytes(raw.getBytes(StandardCharsets.UTF_8), "notes.txt");

    assertThat(t.text()).contains(reportSentences()).contains("<header to remove>");
    assertThat(DecodedBytes.looksLikeHtml("<html><head><title>x</title></head></html>", false)).isTrue();
    assertThat(DecodedBytes.looksLikeHtml("<head>", false)).isTrue();
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + 1 + word.length() > width) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }
}
