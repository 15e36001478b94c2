package io.ascribe.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.layout.TwoColumnPdf;
import io.ascribe.extract.technique.TramReports;
import io.ascribe.extract.text.TextExtractor;
import io.ascribe.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Reading order measured on real report text: TRAM2 reports ({@code ../shared/data/tram2}) are
 * rendered as two-column PDFs by {@link TwoColumnPdf} and read back; the share of each report's
 * sentences found whole in the text (lower case, runs of anything but ASCII letters and digits as
 * one space) is printed for the reader and for PDFBox's position-sorted text (the reader before
 * issue 13), also after the main-text stage ({@link TextExtractor}), and the reader must keep at
 * least 95% of them.
 */
class PdfReadingOrderTest {
  private static final int REPORTS = 30;
  private static final int SENTENCES_PER_PARAGRAPH = 4;
  private static final int SHORT_MAIN_TEXT = 500;

  @Test
  void read_tramReportsAsTwoColumnPdfs_keepsSentencesInReadingOrder() throws IOException {
    List<TramReports.Report> reports = TramReports.load(SharedData.require("tram2/train.jsonl"));
    TextExtractor main = new TextExtractor();
    int kept = 0;
    int keptBefore = 0;
    int keptMain = 0;
    int keptMainBefore = 0;
    int shortMain = 0;
    int shortMainBefore = 0;
    int total = 0;
    int reportsUsed = 0;
    double worst = 1;
    for (TramReports.Report report : reports) {
      if (report.sentences().size() < 20 || reportsUsed == REPORTS) {
        continue;
      }
      reportsUsed++;
      byte[] pdf = TwoColumnPdf.render(report.title(), paragraphs(report));
      String text = read(pdf);
      String sorted = positionSorted(pdf);
      String after = normalise(text);
      String before = normalise(sorted);
      String mainAfter = main.fromPlainText(text).text();
      String mainBefore = main.fromPlainText(sorted).text();
      shortMain += mainAfter.length() < SHORT_MAIN_TEXT ? 1 : 0;
      shortMainBefore += mainBefore.length() < SHORT_MAIN_TEXT ? 1 : 0;
      mainAfter = normalise(mainAfter);
      mainBefore = normalise(mainBefore);
      int found = 0;
      int n = 0;
      for (TramReports.Sentence s : report.sentences()) {
        String sentence = normalise(s.text());
        if (sentence.split(" ").length < 3) {
          continue;
        }
        n++;
        found += after.contains(sentence) ? 1 : 0;
        keptBefore += before.contains(sentence) ? 1 : 0;
        keptMain += mainAfter.contains(sentence) ? 1 : 0;
        keptMainBefore += mainBefore.contains(sentence) ? 1 : 0;
      }
      kept += found;
      total += n;
      worst = Math.min(worst, n == 0 ? 1 : (double) found / n);
    }
    System.out.printf(Locale.ROOT, "[pdf reading order] %d reports, %d sentences: kept %.3f"
        + " (worst report %.3f); position-sorted PDFBox text kept %.3f%n",
        reportsUsed, total, (double) kept / total, worst, (double) keptBefore / total);
    System.out.printf(Locale.ROOT, "[pdf reading order] after the main-text stage: kept %.3f,"
        + " %d reports under %d chars; position-sorted: kept %.3f, %d reports under %d chars%n",
        (double) keptMain / total, shortMain, SHORT_MAIN_TEXT, (double) keptMainBefore / total,
        shortMainBefore, SHORT_MAIN_TEXT);
    assertThat((double) kept / total).isGreaterThanOrEqualTo(0.95);
  }

  private static List<String> paragraphs(TramReports.Report report) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    List<TramReports.Sentence> sentences = report.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      paragraph.append(sentences.get(i).text()).append(' ');
      if (i % SENTENCES_PER_PARAGRAPH == SENTENCES_PER_PARAGRAPH - 1) {
        out.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    out.add(paragraph.toString());
    return out;
  }

  private static String read(byte[] pdf) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    new DocumentInputs().read("report.pdf", pdf, "application/pdf", documents::add, problems::add);
    assertThat(problems).isEmpty();
    return new String(documents.getFirst().bytes(), StandardCharsets.UTF_8);
  }

  private static String positionSorted(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
