package io.ascribe.extract.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTML pipeline behind {@link TextExtractor#fromHtml}: parse, walk, pick the main block, read
 * the metadata.
 *
 * <p>Steps: shrink huge input ({@link HtmlSizeGuard}); parse with jsoup; turn the body into blocks
 * ({@link HtmlPage}) and classify them ({@link BlockClassifier}); pick the main block by paragraph
 * density ({@link MainBlockFinder}) and keep its blocks except boilerplate (title case is allowed
 * there, since subheadings are part of an article) and the headline itself. When no element
 * scores, the plain-text rule ({@link MainRun}) runs over the non-chrome blocks instead. Metadata
 * comes from markup ({@link HtmlMeta}), then from the page text ({@link PageHeader}); the last
 * resort for the publisher is the host name of {@code baseUri}. The language is guessed from the
 * main text, else taken from {@code <html lang>}.
 */
final class HtmlExtraction {
  /** Boilerplate reasons that drop a block found inside the main block. */
  private static final int DROPPED_IN_MAIN = ~BlockClassifier.TITLE_CASE;

  private HtmlExtraction() {}

  static CleanText extract(String html, String baseUri, LanguageGuesser guesser) {
    Document doc = Jsoup.parse(HtmlSizeGuard.shrink(html), baseUri == null ? "" : baseUri);
    HtmlPage page = HtmlPage.read(doc.body());
    List<Block> blocks = page.blocks;
    BlockClassifier.classify(blocks);

    List<Block> kept = new ArrayList<>();
    int first = -1;
    int last = -1;
    List<Integer> main = MainBlockFinder.find(page);
    if (!main.isEmpty()) {
      for (int i : main) {
        if ((blocks.get(i).reasons & DROPPED_IN_MAIN) == 0) {
          kept.add(blocks.get(i));
        }
      }
      first = main.get(0);
      last = main.get(main.size() - 1);
    } else {
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        if (!page.isChrome(i)) {
          open.add(i);
        }
      }
      List<Block> openBlocks = open.stream().map(blocks::get).toList();
      MainRun run = MainRun.find(openBlocks);
      if (run != null) {
        kept.addAll(run.kept(openBlocks));
        first = open.get(run.first());
        last = open.get(run.last());
      }
    }

    String language = guesser.guess(TextExtractor.join(kept));
    boolean monthFirst = language.equals("en");
    HtmlMeta meta = HtmlMeta.read(doc, monthFirst);
    if (language.equals(LanguageGuesser.UNDETERMINED) && meta.lang() != null) {
      language = meta.lang();
    }
    PageHeader header = PageHeader.find(blocks, first, last, monthFirst);
    String title = meta.title() != null ? meta.title() : header.title();
    LocalDate published = meta.published() != null ? meta.published() : header.published();
    String publisher = meta.publisher() != null ? meta.publisher()
        : header.publisher() != null ? header.publisher() : host(baseUri);

    if (title != null) {
      kept.removeIf(b -> b.text.equalsIgnoreCase(title));
    }
    String text = TextExtractor.join(kept);
    long visible = 0;
    for (Block b : blocks) {
      visible += b.nonWs;
    }
    return new CleanText(title, published == null ? null : published.toString(), publisher,
        language, text, TextExtractor.removed(visible, text));
  }

  /** The host of an http(s) base URI without "www.", or null. */
  static String host(String baseUri) {
    if (baseUri == null || baseUri.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(baseUri.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
