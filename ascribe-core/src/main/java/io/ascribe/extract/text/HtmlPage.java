package io.ascribe.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of an HTML body as a list of blocks, with, for every block-level element, the
 * range of blocks it holds, and the blocks that belong to page chrome.
 *
 * <p>Built by one iterative walk over the tree (never recursion, so 100,000 nested elements are
 * fine). Scripts, styles, forms controls, embedded media, comments and hidden elements are skipped
 * outright. Chrome, meaning {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code
 * form}, {@code menu}, {@code dialog}, navigation-like ARIA roles and elements whose class or id
 * names a widget (comments, share, related, cookie, newsletter, sidebar, ...), is kept in the block
 * list (its dates and source lines still help the header) but flagged. A chrome element holding
 * {@value #CHROME_GUARD_PERCENT}% or more of the page text is not chrome, since some sites wrap the
 * whole page in a {@code form} or a "has-sidebar" div; navigation and comment sections always are.
 * Blocks whose text all sits in {@code <time>} or in elements whose class or id says date, time,
 * author or meta are flagged as {@link Block#metadata}. The class and id of {@code html}, {@code
 * body}, {@code main} and {@code article} are never read this way ("comments-open" on a body says
 * nothing about the body). Skipped as hidden: the {@code hidden} attribute and inline {@code
 * display:none} or {@code visibility:hidden}; not {@code aria-hidden}, which scraped pages often
 * leave on the whole page while a cookie dialog is open.
 */
final class HtmlPage {
  static final int CHROME_GUARD_PERCENT = 60;

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "map", "button",
      "select", "textarea", "input", "option", "head", "title", "meta", "link", "img", "picture");
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside",
      "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
  /** Elements that hold a page or an article: never chrome or metadata by their class or id. */
  private static final Set<String> STRUCTURAL = Set.of("html", "body", "main", "article");
  private static final Set<String> CHROME_TAGS =
      Set.of("nav", "header", "footer", "aside", "form", "menu", "dialog");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
  private static final Set<String> CHROME_TOKENS = Set.of("comment", "comments", "disqus",
      "share", "sharing", "sharebar", "social", "related", "recommended", "recirculation",
      "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "promo",
      "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "banner", "breadcrumb",
      "breadcrumbs", "sidebar", "widget", "footer", "header", "masthead", "nav", "navbar",
      "navigation", "menu", "popup", "modal", "overlay", "toolbar", "tags", "byline",
      "pagination", "pager", "outbrain", "taboola", "rating", "print", "skip");
  private static final Set<String> METADATA_TOKENS = Set.of("date", "time", "dateline",
      "timestamp", "published", "updated", "pubdate", "posted", "author", "meta");
  private static final Set<String> ALWAYS_CHROME_TOKENS = Set.of("comment", "comments", "disqus");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  final List<Block> blocks = new ArrayList<>();
  /** The block-level element each block belongs to (its nearest block-level ancestor). */
  final List<Element> owners = new ArrayList<>();
  /** Block range {@code [start, end)} of every block-level element that was walked. */
  final Map<Element, int[]> ranges = new IdentityHashMap<>();
  private boolean[] chrome;
  private long[] textPrefix;
  private long[] linkPrefix;

  private final List<int[]> chromeRanges = new ArrayList<>();
  private final Deque<Element> ownerStack = new ArrayDeque<>();
  private final Deque<Integer> startStack = new ArrayDeque<>();
  private final Deque<Element> chromeStack = new ArrayDeque<>();
  private final Deque<int[]> chromeStarts = new ArrayDeque<>();
  private final StringBuilder buffer = new StringBuilder();
  private int bufferLinkChars;
  private int bufferMetaChars;
  private final Deque<Element> metaStack = new ArrayDeque<>();
  private int linkDepth;
  private int preDepth;

  private HtmlPage() {}

  /** Walks {@code root} (normally the body) and returns its blocks. */
  static HtmlPage read(Element root) {
    HtmlPage page = new HtmlPage();
    page.walk(root);
    page.resolveChrome();
    return page;
  }

  /** True when block {@code i} belongs to page chrome. */
  boolean isChrome(int i) {
    return chrome[i];
  }

  /** Non-blank characters of the non-chrome blocks in {@code [start, end)}. */
  long text(int start, int end) {
    return textPrefix[end] - textPrefix[start];
  }

  /** Link characters of the non-chrome blocks in {@code [start, end)}. */
  long links(int start, int end) {
    return linkPrefix[end] - linkPrefix[start];
  }

  private void walk(Element root) {
    Node node = root;
    while (true) {
      boolean descend = enter(node);
      if (descend && node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      if (descend) {
        exit(node);
      }
      while (node != root && node.nextSibling() == null) {
        node = node.parentNode();
        exit(node);
      }
      if (node == root) {
        break;
      }
      node = node.nextSibling();
    }
    flush();
  }

  /** Handles the start of a node; false when its children are to be skipped. */
  private boolean enter(Node node) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
      return false;
    }
    if (!(node instanceof Element e)) {
      return false; // comments, data nodes, doctype
    }
    String tag = e.normalName();
    if (SKIPPED.contains(tag) || isHidden(e)) {
      return false;
    }
    switch (tag) {
      case "br" -> buffer.append('\n');
      case "a" -> linkDepth++;
      case "pre" -> preDepth++;
      default -> { }
    }
    if (tag.equals("time") || (!STRUCTURAL.contains(tag) && hasToken(e, METADATA_TOKENS))) {
      metaStack.push(e);
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      ownerStack.push(e);
      startStack.push(blocks.size());
      int chromeKind = chromeKind(e, tag);
      if (chromeKind != 0) {
        chromeStack.push(e);
        chromeStarts.push(new int[] {blocks.size(), chromeKind});
      }
    }
    return true;
  }

  /** Handles the end of an element whose children were walked. */
  private void exit(Node node) {
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    switch (tag) {
      case "a" -> linkDepth--;
      case "pre" -> preDepth--;
      default -> { }
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      ownerStack.pop();
      ranges.put(e, new int[] {startStack.pop(), blocks.size()});
      if (!chromeStack.isEmpty() && chromeStack.peek() == e) {
        chromeStack.pop();
        int[] start = chromeStarts.pop();
        chromeRanges.add(new int[] {start[0], blocks.size(), start[1]});
      }
    }
    if (!metaStack.isEmpty() && metaStack.peek() == e) {
      metaStack.pop();
    }
  }

  private void appendText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && preDepth > 0) {
        buffer.append('\n');
      } else if (Character.isWhitespace(c)) {
        buffer.append(' ');
      } else {
        buffer.append(c);
        if (linkDepth > 0) {
          bufferLinkChars++;
        }
        if (!metaStack.isEmpty()) {
          bufferMetaChars++;
        }
      }
    }
  }

  /** Ends the current block: splits it at blank lines (two line breaks) into blocks. */
  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    String[] pieces = buffer.toString().split("\n\\s*\n");
    int total = 0;
    List<String> cleaned = new ArrayList<>(pieces.length);
    for (String piece : pieces) {
      String t = PlainTextBlocks.clean(piece);
      cleaned.add(t);
      total += nonBlank(t);
    }
    Element owner = ownerStack.peek();
    for (String t : cleaned) {
      if (!t.isEmpty()) {
        int links = total == 0 ? 0 : (int) ((long) bufferLinkChars * nonBlank(t) / total);
        Block b = new Block(t, links);
        b.metadata = bufferMetaChars >= total;
        blocks.add(b);
        owners.add(owner);
      }
    }
    buffer.setLength(0);
    bufferLinkChars = 0;
    bufferMetaChars = 0;
  }

  /** 0 when not chrome, 1 when chrome unless it holds most text, 2 when always chrome. */
  private static int chromeKind(Element e, String tag) {
    if (tag.equals("nav")) {
      return 2;
    }
    if (STRUCTURAL.contains(tag)) {
      return 0;
    }
    int kind = CHROME_TAGS.contains(tag) ? 1 : 0;
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (CHROME_ROLES.contains(role)) {
      kind = 1;
    }
    for (String token : tokens(e.className() + " " + e.id())) {
      if (ALWAYS_CHROME_TOKENS.contains(token)) {
        return 2;
      }
      if (CHROME_TOKENS.contains(token)) {
        kind = 1;
      }
    }
    return kind;
  }

  private static boolean hasToken(Element e, Set<String> wanted) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return false;
    }
    for (String token : tokens(e.className() + " " + e.id())) {
      if (wanted.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Words of class and id values: split at non-letters and at lower-to-upper case changes. */
  static List<String> tokens(String names) {
    List<String> tokens = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean boundary = !Character.isLetter(c)
          || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1)));
      if (boundary && !sb.isEmpty()) {
        tokens.add(sb.toString().toLowerCase(Locale.ROOT));
        sb.setLength(0);
      }
      if (Character.isLetter(c)) {
        sb.append(c);
      }
    }
    if (!sb.isEmpty()) {
      tokens.add(sb.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden")
        || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
  }

  private void resolveChrome() {
    int n = blocks.size();
    long total = 0;
    for (Block b : blocks) {
      total += b.nonWs;
    }
    long[] all = new long[n + 1];
    for (int i = 0; i < n; i++) {
      all[i + 1] = all[i] + blocks.get(i).nonWs;
    }
    int[] depth = new int[n + 1];
    for (int[] r : chromeRanges) {
      boolean holdsMostText = (all[r[1]] - all[r[0]]) * 100 >= total * CHROME_GUARD_PERCENT;
      if (r[2] == 2 || !holdsMostText) {
        depth[r[0]]++;
        depth[r[1]]--;
      }
    }
    chrome = new boolean[n];
    textPrefix = new long[n + 1];
    linkPrefix = new long[n + 1];
    int open = 0;
    for (int i = 0; i < n; i++) {
      open += depth[i];
      chrome[i] = open > 0;
      Block b = blocks.get(i);
      textPrefix[i + 1] = textPrefix[i] + (chrome[i] ? 0 : b.nonWs);
      linkPrefix[i + 1] = linkPrefix[i] + (chrome[i] ? 0 : b.linkChars);
    }
  }

  private static int nonBlank(String s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        k++;
      }
    }
    return k;
  }
}
