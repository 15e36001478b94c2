package io.ascribe.extract.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the main content of an HTML page by paragraph density, in the manner of Readability.
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>Every non-chrome block of at least {@value #MIN_PARAGRAPH_CHARS} characters is a paragraph
 *       worth {@code 1 + commas + min(chars / 100, 3)}. A paragraph in a paragraph-level element
 *       ({@code p}, {@code li}, {@code h2}, {@code td}, ...) gives its worth to that element's
 *       parent and half to its grandparent; text sitting directly in a container ({@code div},
 *       {@code section}, ...) gives it to the container and half to the container's parent.
 *   <li>A candidate's score is its paragraphs' worth times one minus its link density (link
 *       characters over all characters of its non-chrome blocks), times {@value #BONUS} for an
 *       {@code article}, {@code main}, {@code itemprop=articleBody} or {@code role=main} element
 *       or a class or id such as "article", "content", "entry", "post" or "story".
 *   <li>The best candidate wins (the first on a tie) and takes along its siblings that score at
 *       least a fifth of it and at least {@code min(10, half of it)}, and sibling {@code p}
 *       elements that read as prose (over 80 characters with link density under 0.25, or a
 *       shorter sentence without links), so an article split over several sibling containers
 *       stays whole.
 * </ol>
 */
final class MainBlockFinder {
  static final int MIN_PARAGRAPH_CHARS = 25;
  static final double BONUS = 1.25;
  private static final double SIBLING_SHARE = 0.2;
  private static final double MIN_SIBLING_SCORE = 10;

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "dd", "dt", "td", "th", "pre", "figcaption", "caption", "address", "summary");
  private static final Set<String> POSITIVE_TOKENS =
      Set.of("article", "content", "entry", "post", "story", "body", "text", "main");

  private final HtmlPage page;
  private final Map<Element, double[]> scores = new IdentityHashMap<>();
  private final List<Element> candidates = new ArrayList<>();

  private MainBlockFinder(HtmlPage page) {
    this.page = page;
  }

  /** Indexes of the main blocks of {@code page} in page order; empty when nothing scores. */
  static List<Integer> find(HtmlPage page) {
    return new MainBlockFinder(page).find();
  }

  private List<Integer> find() {
    for (int i = 0; i < page.blocks.size(); i++) {
      Block b = page.blocks.get(i);
      if (page.isChrome(i) || b.nonWs < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double worth = 1 + commas(b.text) + Math.min(b.nonWs / 100.0, 3);
      Element owner = page.owners.get(i);
      Element first = PARAGRAPH_TAGS.contains(owner.normalName()) ? owner.parent() : owner;
      add(first, worth);
      add(first == null ? null : first.parent(), worth / 2);
    }
    Element top = null;
    double topScore = 0;
    for (Element e : candidates) {
      double s = finalScore(e);
      if (s > topScore) {
        top = e;
        topScore = s;
      }
    }
    if (top == null) {
      return List.of();
    }
    List<Element> chosen = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || !page.ranges.containsKey(parent)) {
      chosen.add(top);
    } else {
      double threshold =
          Math.max(topScore * SIBLING_SHARE, Math.min(MIN_SIBLING_SCORE, topScore / 2));
      for (Element sibling : parent.children()) {
        if (sibling == top || (page.ranges.containsKey(sibling) && joins(sibling, threshold))) {
          chosen.add(sibling);
        }
      }
    }
    List<Integer> main = new ArrayList<>();
    for (Element e : chosen) {
      int[] r = page.ranges.get(e);
      for (int i = r[0]; i < r[1]; i++) {
        if (!page.isChrome(i)) {
          main.add(i);
        }
      }
    }
    return main;
  }

  private boolean joins(Element sibling, double threshold) {
    if (scores.containsKey(sibling) && finalScore(sibling) >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    int[] r = page.ranges.get(sibling);
    long text = page.text(r[0], r[1]);
    long links = page.links(r[0], r[1]);
    if (text > 80) {
      return links * 4 < text;
    }
    return text > 0 && links == 0 && r[1] > r[0] && page.blocks.get(r[1] - 1).endsSentence;
  }

  private void add(Element e, double worth) {
    if (e == null || !page.ranges.containsKey(e)) {
      return;
    }
    double[] s = scores.get(e);
    if (s == null) {
      s = new double[1];
      scores.put(e, s);
      candidates.add(e);
    }
    s[0] += worth;
  }

  private double finalScore(Element e) {
    int[] r = page.ranges.get(e);
    long text = page.text(r[0], r[1]);
    if (text == 0) {
      return 0;
    }
    double linkDensity = Math.min(1.0, (double) page.links(r[0], r[1]) / text);
    return scores.get(e)[0] * (1 - linkDensity) * (favoured(e) ? BONUS : 1);
  }

  private static boolean favoured(Element e) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || e.attr("itemprop").equals("articleBody")
        || e.attr("role").equals("main")) {
      return true;
    }
    for (String token : HtmlPage.tokens(e.className() + " " + e.id())) {
      if (POSITIVE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int c = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == '，' || ch == '、') {
        c++;
      }
    }
    return c;
  }
}
