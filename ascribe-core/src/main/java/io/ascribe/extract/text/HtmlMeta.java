package io.ascribe.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in markup: title, publication date, publisher and declared
 * language, from meta tags, JSON-LD, {@code <title>}, {@code <h1>} and {@code <time>}.
 *
 * <p>Sources, best first. Title: {@code og:title}, {@code twitter:title}, {@code <title>} (the
 * segment naming the site removed, or the segment equal to the {@code h1}), the first {@code h1}.
 * Date: {@code article:published_time}, other publication meta tags ({@code datePublished},
 * {@code pubdate}, {@code dc.date}, {@code citation_publication_date}, ...), JSON-LD {@code
 * datePublished}, then the first {@code <time datetime>} inside an {@code article}, else inside
 * {@code main}, else anywhere outside {@code aside}, {@code footer} and {@code nav}. Publisher:
 * {@code og:site_name}, {@code application-name}, publisher meta tags, JSON-LD {@code
 * publisher.name}.
 *
 * @param title the title, or null
 * @param published the publication date, or null
 * @param publisher the site or publisher name, or null
 * @param lang the primary subtag of {@code <html lang>} in lower case, or null
 */
record HtmlMeta(String title, LocalDate published, String publisher, String lang) {
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
      "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
      "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]",
      "meta[name=dcterms.created]", "meta[name=citation_publication_date]",
      "meta[name=citation_date]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]");
  private static final List<String> PUBLISHER_META = List.of("meta[property=og:site_name]",
      "meta[name=application-name]", "meta[name=publisher]", "meta[name=citation_publisher]",
      "meta[name=dc.publisher]", "meta[name=dcterms.publisher]");
  private static final Pattern LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern LD_PUBLISHER = Pattern.compile(
      "\"publisher\"\\s*:\\s*\\{[^{}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{2,100})\"");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·»«-]{1,2}\\s+");
  private static final int MAX_LD_CHARS = 200_000;
  static final int MAX_TIME_ELEMENTS = 50;

  /** Reads the markup metadata of {@code doc}; {@code monthFirst} is for slashed dates. */
  static HtmlMeta read(Document doc, boolean monthFirst) {
    String publisher = firstContent(doc, PUBLISHER_META);
    String jsonLd = jsonLd(doc);
    if (publisher == null && jsonLd != null) {
      publisher = group(LD_PUBLISHER, jsonLd);
    }
    LocalDate published = null;
    for (String selector : DATE_META) {
      Element meta = doc.selectFirst(selector);
      if (meta != null && published == null) {
        published = Dates.find(meta.attr("content"), monthFirst);
      }
    }
    if (published == null && jsonLd != null) {
      String d = group(LD_DATE, jsonLd);
      published = d == null ? null : Dates.find(d, monthFirst);
    }
    if (published == null) {
      published = timeElement(doc, monthFirst);
    }
    return new HtmlMeta(title(doc, publisher), published, publisher, lang(doc));
  }

  private static String title(Document doc, String publisher) {
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : PlainTextBlocks.clean(h1.text());
    String og = firstContent(doc, List.of("meta[property=og:title]", "meta[name=twitter:title]",
        "meta[property=twitter:title]"));
    if (og != null) {
      return withoutSite(og, publisher, h1Text);
    }
    String title = PlainTextBlocks.clean(doc.title());
    if (!title.isEmpty()) {
      return withoutSite(title, publisher, h1Text);
    }
    return h1Text == null || h1Text.isEmpty() ? null : h1Text;
  }

  /** Drops a site-name segment from a title ("Story | Site"), or picks the segment equal to h1. */
  static String withoutSite(String title, String site, String h1) {
    String[] segments = TITLE_SEPARATOR.split(title);
    if (segments.length < 2) {
      return title;
    }
    List<String> kept = new ArrayList<>();
    for (String s : segments) {
      if (h1 != null && s.strip().equalsIgnoreCase(h1)) {
        return s.strip();
      }
      if (site == null || !s.strip().equalsIgnoreCase(site.strip())) {
        kept.add(s.strip());
      }
    }
    if (kept.size() == segments.length || kept.isEmpty()) {
      return title;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    String separator = m.find() ? m.group() : " | ";
    return String.join(separator, kept);
  }

  /**
   * The first dated {@code <time>} in an article, else in main, else outside chrome. Looks at the
   * first {@value #MAX_TIME_ELEMENTS} of them only, and walks each one's ancestors by hand: jsoup's
   * descendant selectors test every ancestor of every element, which is quadratic on deep trees.
   */
  private static LocalDate timeElement(Document doc, boolean monthFirst) {
    LocalDate inArticle = null;
    LocalDate inMain = null;
    LocalDate elsewhere = null;
    int seen = 0;
    for (Element t : doc.select("time[datetime]")) {
      if (++seen > MAX_TIME_ELEMENTS) {
        break;
      }
      LocalDate d = Dates.find(t.attr("datetime"), monthFirst);
      if (d == null) {
        continue;
      }
      boolean article = false;
      boolean main = false;
      boolean chrome = false;
      for (Element a = t.parent(); a != null; a = a.parent()) {
        switch (a.normalName()) {
          case "article" -> article = true;
          case "main" -> main = true;
          case "aside", "footer", "nav" -> chrome = true;
          default -> { }
        }
      }
      if (article && inArticle == null) {
        inArticle = d;
      } else if (main && inMain == null) {
        inMain = d;
      } else if (!chrome && elsewhere == null) {
        elsewhere = d;
      }
    }
    return inArticle != null ? inArticle : inMain != null ? inMain : elsewhere;
  }

  private static String lang(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
    String primary = dash >= 0 ? lang.substring(0, dash) : lang;
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String jsonLd(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      for (DataNode data : script.dataNodes()) {
        if (sb.length() < MAX_LD_CHARS) {
          sb.append(data.getWholeData(), 0, Math.min(data.getWholeData().length(),
              MAX_LD_CHARS - sb.length())).append('\n');
        }
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private static String firstContent(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      Element meta = doc.selectFirst(selector);
      if (meta != null) {
        String value = PlainTextBlocks.clean(meta.attr("content"));
        if (!value.isEmpty() && !value.startsWith("http")) {
          return value;
        }
      }
    }
    return null;
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? PlainTextBlocks.clean(m.group(1)) : null;
  }
}
