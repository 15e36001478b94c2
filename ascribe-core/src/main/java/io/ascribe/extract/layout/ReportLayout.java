package io.ascribe.extract.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The layouts a report arrives in: the same title and sentences rendered as an analyst might paste,
 * save or download them. Used by {@code bench techniques --layouts} to check that the main-text
 * stage keeps a report's body whatever its layout.
 *
 * <p>Every plain-text layout is the title line, a blank line, then the body. Paragraphs hold {@value
 * #PARAGRAPH_SENTENCES} sentences.
 */
public enum ReportLayout {
  /** One sentence per line, no blank lines. */
  LINES("lines", "one sentence per line"),
  /** The whole body as one long paragraph, as text copied out of a PDF or a web page often arrives. */
  ONE_PARAGRAPH("one-paragraph", "the body as one long paragraph"),
  /** Paragraphs on one line each, separated by blank lines. */
  PARAGRAPHS("paragraphs", "paragraphs separated by blank lines"),
  /** Paragraphs hard-wrapped at 60 columns, separated by blank lines. */
  WRAPPED_60("wrapped-60", "hard-wrapped at 60 columns, blank lines between paragraphs"),
  /** Paragraphs hard-wrapped at 78 columns, separated by blank lines. */
  WRAPPED_78("wrapped-78", "hard-wrapped at 78 columns, blank lines between paragraphs"),
  /** Paragraphs hard-wrapped at 100 columns, separated by blank lines. */
  WRAPPED_100("wrapped-100", "hard-wrapped at 100 columns, blank lines between paragraphs"),
  /** A blog page saved as text: navigation, byline and share buttons before, related posts and a footer after. */
  SCRAPED_PAGE("scraped-page", "a web page saved as text, with its menus, byline, share buttons and footer"),
  /** A two-column PDF with a running header and footer and words hyphenated at column ends. */
  TWO_COLUMN_PDF("pdf-two-column", "a two-column PDF with running header, footer and hyphenation");

  /** Sentences per paragraph in the layouts that have paragraphs. */
  public static final int PARAGRAPH_SENTENCES = 8;

  private final String label;
  private final String description;

  ReportLayout(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The layout's short name, as {@code bench techniques --layouts} prints it. */
  public String label() {
    return label;
  }

  /** What the layout looks like, in a few words. */
  public String description() {
    return description;
  }

  /**
   * A report rendered in a layout.
   *
   * @param bytes the file's bytes
   * @param fileName a file name whose extension tells the reader what it is
   */
  public record Rendered(byte[] bytes, String fileName) {}

  /** Renders a report given as its title and its sentences in order. */
  public Rendered render(String title, List<String> sentences) {
    List<String> paragraphs = paragraphs(sentences);
    return switch (this) {
      case LINES -> text(title, String.join("\n", sentences));
      case ONE_PARAGRAPH -> text(title, String.join(" ", sentences));
      case PARAGRAPHS -> text(title, String.join("\n\n", paragraphs));
      case WRAPPED_60 -> text(title, wrapped(paragraphs, 60));
      case WRAPPED_78 -> text(title, wrapped(paragraphs, 78));
      case WRAPPED_100 -> text(title, wrapped(paragraphs, 100));
      case SCRAPED_PAGE -> new Rendered(ScrapedPage.render(title, paragraphs).getBytes(StandardCharsets.UTF_8),
          "report.txt");
      case TWO_COLUMN_PDF -> new Rendered(TwoColumnPdf.render(title, paragraphs), "report.pdf");
    };
  }

  /** The layout with this label, or an error listing the labels. */
  public static ReportLayout of(String label) {
    for (ReportLayout l : values()) {
      if (l.label.equals(label)) {
        return l;
      }
    }
    List<String> labels = new ArrayList<>();
    for (ReportLayout l : values()) {
      labels.add(l.label);
    }
    throw new IllegalArgumentException("unknown layout '" + label + "'; one of " + String.join(", ", labels));
  }

  private static Rendered text(String title, String body) {
    return new Rendered((title + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8), "report.txt");
  }

  static List<String> paragraphs(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += PARAGRAPH_SENTENCES) {
      out.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + PARAGRAPH_SENTENCES))));
    }
    return out;
  }

  /** Greedy word wrap: lines of at most {@code width} characters, unless a single word is longer. */
  static String wrapped(List<String> paragraphs, int width) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      int lineLength = 0;
      for (String word : p.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        if (lineLength > 0 && lineLength + 1 + word.length() > width) {
          out.append('\n');
          lineLength = 0;
        } else if (lineLength > 0) {
          out.append(' ');
          lineLength++;
        }
        out.append(word);
        lineLength += word.length();
      }
    }
    return out.toString();
  }
}
