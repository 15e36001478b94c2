package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextExtractor#fromHtml} on hand-written pages. */
class HtmlExtractionTest {
  private final TextExtractor extractor = new TextExtractor();

  static final String ARTICLE_PAGE = """
      <!DOCTYPE html><html lang="en"><head>
      <meta charset="utf-8"><title>Espionage campaign hits telecoms | Example Security News</title>
      <meta property="og:title" content="Espionage campaign hits Asian telecoms">
      <meta property="og:site_name" content="Example Security News">
      <meta property="article:published_time" content="2023-09-14T08:30:00+00:00">
      <script>var tracking = "Do not extract this sentence, it is only a script.";</script>
      <style>.x { color: red }</style>
      </head><body>
      <header><a href="/">Example Security News</a>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/research">Research</a></li></ul></nav>
      </header>
      <main>
      <article>
        <header><h1>Espionage campaign hits Asian telecoms</h1>
          <p class="byline">By Sam Lee, <time datetime="2023-09-15">15 September 2023</time></p></header>
        <p>A previously unknown espionage group has compromised at least five telecommunications
           providers in Asia, researchers said on Thursday.</p>
        <p>The intruders used a custom backdoor that hides its traffic inside <a href="/dns">legitimate
           DNS queries</a>, which made it hard to spot for months.</p>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <h2>Links to earlier attacks</h2>
        <p>Some of the infrastructure overlaps with servers used in earlier campaigns, but the
           researchers stopped short of naming a country behind the attacks.</p>
        <!-- <p>This commented paragraph must not appear in the text at all.</p> -->
      </article>
      </main>
      <aside><h3>Most read</h3><ul>
        <li><a href="/a">Ransomware hits a hospital chain in the Midwest, forcing diversions</a></li>
        <li><a href="/b">Patch now: critical flaw in VPN appliances is exploited in the wild</a></li>
      </ul></aside>
      <footer><p>© 2023 Example Security News. All rights reserved.</p>
        <form><input name="email"><button>Subscribe</button></form></footer>
      </body></html>
      """;

  @Test
  void fromHtml_articleWithNavAsideFooter_keepsArticleParagraphs() {
    CleanText t = extractor.fromHtml(ARTICLE_PAGE, "https://www.example.com/2023/09/espionage");

    assertThat(t.title()).isEqualTo("Espionage campaign hits Asian telecoms");
    assertThat(t.published()).isEqualTo("2023-09-14");
    assertThat(t.publisher()).isEqualTo("Example Security News");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.text()).isEqualTo("""
        A previously unknown espionage group has compromised at least five telecommunications \
        providers in Asia, researchers said on Thursday.

        The intruders used a custom backdoor that hides its traffic inside legitimate DNS \
        queries, which made it hard to spot for months.

        Links to earlier attacks

        Some of the infrastructure overlaps with servers used in earlier campaigns, but the \
        researchers stopped short of naming a country behind the attacks.""");
    assertThat(t.boilerplateCharsRemoved()).isPositive();
  }

  @Test
  void fromHtml_noArticleElement_findsMainBlockByDensity() {
    String html = """
        <html><head><title>Report: APT group targets energy sector</title></head><body>
        <div id="c0"><a href="/">Home</a> | <a href="/about">About</a> | <a href="/contact">Contact</a></div>
        <div id="c1">
          <div><a href="/1">Ten things to know about phishing kits sold online today</a></div>
          <div><a href="/2">Why multi-factor authentication still fails in practice</a></div>
          <div><a href="/3">Interview: a CISO on budgets, boards and breaches</a></div>
        </div>
        <div id="c2">
          <div class="when">Posted 5 June 2022</div>
          <p>An advanced persistent threat group has been targeting energy companies in Europe,
             according to a report released on Friday by a national cyber agency.</p>
          <p>The attackers sent emails with malicious attachments to engineers, then moved from
             office networks toward systems that control equipment, the agency said.</p>
          <p>Several of the tools, including a loader and a credential stealer, had not been seen
             before, while others were publicly available, which complicates attribution.</p>
          <p>The agency urged operators to segment their networks, review remote access, and report
             suspicious activity, adding that the campaign appeared to be ongoing.</p>
        </div>
        <div id="c3"><p>Weather: sunny, 21 degrees.</p><p>Sign up for our newsletter today.</p></div>
        </body></html>
        """;
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.title()).isEqualTo("Report: APT group targets energy sector");
    assertThat(t.published()).isEqualTo("2022-06-05");
    assertThat(t.publisher()).isNull();
    List<String> paragraphs = List.of(t.text().split("\n\n"));
    assertThat(paragraphs).hasSize(4);
    assertThat(paragraphs.get(0)).startsWith("An advanced persistent threat group");
    assertThat(paragraphs.get(3)).endsWith("the campaign appeared to be ongoing.");
    assertThat(t.text()).doesNotContain("Home", "phishing kits", "Posted", "Weather", "newsletter");
  }

  @Test
  void fromHtml_articleSplitOverSiblingContainers_keepsAllParts() {
    String part = "<div class=\"part\"><p>%s paragraph of the story, with enough words and commas,"
        + " so that it scores as prose in the density rule.</p><p>%s paragraph continues here,"
        + " again with commas, words and a full stop at the end.</p></div>";
    String html = "<html><body><div id=\"wrap\">" + part.formatted("First", "Second")
        + "<div class=\"ad-slot\"><a href=\"/ad\">Buy now</a></div>"
        + part.formatted("Third", "Fourth") + "</div></body></html>";
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.text().split("\n\n")).hasSize(4);
    assertThat(t.text()).startsWith("First").contains("Third").doesNotContain("Buy now");
  }

  @Test
  void fromHtml_textSeparatedByBrTags_splitsParagraphsAtDoubleBreaks() {
    String html = "<html><body><div id=\"story\">The first paragraph of the report explains the"
        + " intrusion in some detail,<br>including how it began.<br><br>The second paragraph"
        + " describes the response, the clean-up, and what the agency recommends.</div>"
        + "</body></html>";
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.text()).isEqualTo("The first paragraph of the report explains the intrusion in"
        + " some detail, including how it began.\n\nThe second paragraph describes the response,"
        + " the clean-up, and what the agency recommends.");
  }

  @Test
  void fromHtml_timeElementWithoutMeta_givesDateAndTitleFromH1() {
    String html = "<html><body><article><h1>Police dismantle botnet</h1>"
        + "<time datetime=\"2021-01-27T10:00:00Z\">27 January</time>"
        + "<p>European police took down the infrastructure of a large botnet on Wednesday, in an"
        + " operation coordinated by Europol, officials said.</p></article></body></html>";
    CleanText t = extractor.fromHtml(html, "https://news.example.org/botnet");

    assertThat(t.title()).isEqualTo("Police dismantle botnet");
    assertThat(t.published()).isEqualTo("2021-01-27");
    assertThat(t.publisher()).isEqualTo("news.example.org");
    assertThat(t.text()).startsWith("European police").doesNotContain("Police dismantle");
  }

  @Test
  void fromHtml_titleWithSiteSuffix_dropsSiteName() {
    String html = "<html><head><title>Botnet taken down - Example Wire</title>"
        + "<meta property=\"og:site_name\" content=\"Example Wire\"></head><body><p>Police took"
        + " the botnet down on Wednesday, officials said in a statement to reporters.</p>"
        + "</body></html>";

    assertThat(extractor.fromHtml(html, null).title()).isEqualTo("Botnet taken down");
  }

  @Test
  void fromHtml_wholePageInsideForm_stillFindsText() {
    String html = "<html><body><form id=\"aspnetForm\"><div class=\"nav\"><a href=\"/\">Home</a>"
        + "</div><div><p>The ministry confirmed that the intrusion affected several internal"
        + " systems, and that an investigation had started.</p><p>No classified information was"
        + " stolen, according to a spokesperson for the ministry.</p></div></form></body></html>";
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.text()).startsWith("The ministry confirmed").contains("No classified information");
  }

  @Test
  void fromHtml_widgetWordsInBodyClassAndAriaHidden_doNotHideTheArticle() {
    String html = "<html><body class=\"single comments-open has-sidebar date-2024\">"
        + "<div id=\"page\" aria-hidden=\"true\"><article class=\"post-meta-wrap\"><p>The"
        + " agency confirmed the breach on Monday, and said that it had informed the people whose"
        + " records were copied.</p></article></div><div class=\"cookie-dialog\"><p>We use"
        + " cookies to make this site work, and to measure how it is used.</p></div></body></html>";
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.text()).startsWith("The agency confirmed the breach on Monday")
        .doesNotContain("cookies");
  }

  @Test
  void fromHtml_onlyLinks_returnsEmptyText() {
    CleanText t = extractor.fromHtml("<html><body><ul><li><a href=\"/a\">One story</a></li>"
        + "<li><a href=\"/b\">Another story</a></li></ul></body></html>", null);

    assertThat(t.text()).isEmpty();
  }

  @Test
  void fromHtml_deeplyNestedDivs_doesNotOverflowTheStack() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth)
        + "<p>The deepest paragraph of this page holds the only real sentence, and it is here.</p>"
        + "</div>".repeat(depth) + "</body></html>";
    CleanText t = extractor.fromHtml(html, null);

    assertThat(t.text()).isEqualTo(
        "The deepest paragraph of this page holds the only real sentence, and it is here.");
  }

  @Test
  void fromHtml_deeplyNestedDivsWithTextAtEveryLevel_finishes() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      sb.append("<div>Level ").append(i).append(" holds a sentence of its own, with a comma.");
    }
    sb.append("</body></html>");
    CleanText t = extractor.fromHtml(sb.toString(), null);

    assertThat(t.text()).contains("Level 99999 holds a sentence of its own");
  }

  @Test
  void fromHtml_fiftyMegabytes_isShrunkAndStillExtracted() {
    String story = "<p>Investigators said the intrusion began with a phishing email, and that the"
        + " attackers stayed hidden for months before they were found.</p>";
    StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>")
        .append(story);
    String filler = "<div class=\"row\"><span>cell</span><script>var a = 1;</script></div>\n";
    while (sb.length() < 50_000_000) {
      sb.append(filler);
    }
    sb.append("</article></body></html>");
    CleanText t = extractor.fromHtml(sb.toString(), null);

    assertThat(t.text()).startsWith("Investigators said the intrusion began");
  }
}
