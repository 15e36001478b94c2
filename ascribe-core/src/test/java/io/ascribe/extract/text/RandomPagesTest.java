package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random pages: an article among random chrome, and random tag soup. Set {@code
 * -Dtests.seed=N} to replay a failure; the seed is in every assertion message.
 */
class RandomPagesTest {
  private static final long SEED = Long.getLong("tests.seed", new Random().nextLong());

  private static final List<String> SENTENCES = List.of(
      "The researchers said the malware had been active since at least the spring of last year.",
      "Officials declined to say how many systems were affected, citing the ongoing investigation.",
      "According to the report, the attackers used stolen credentials to log in to a VPN gateway.",
      "\"We are confident in our assessment,\" the agency said in a statement on Wednesday.",
      "The company restored its services within a week and said customer data was not affected.",
      "Several governments have accused the group of stealing intellectual property from firms.",
      "The intrusion was discovered when an administrator noticed unusual traffic at night.",
      "Analysts noted that the code contained comments written in two different languages.",
      "The ministry denied any involvement and called the accusations groundless and political.",
      "Security firms have tracked the same infrastructure under at least three different names.");
  private static final List<String> CHROME = List.of("Home | News | World | Tech",
      "Sign in", "Subscribe to our newsletter", "Share: Facebook · Twitter · Email",
      "© 2024 Example Media. All rights reserved.", "Privacy Policy | Terms of Use",
      "We use cookies to give you the best experience. By continuing you agree to this.",
      "Advertisement", "Print", "Leave a comment", "10:03Phnom Penh", "Most read",
      "Партнеры по диалогу::", "Tags: malware · espionage · China");
  private static final List<String> HEADLINES = List.of(
      "Hackers breach water utility in small town", "New ransomware strain targets hospitals",
      "Ministry says it repelled a wave of attacks", "Police arrest suspects in fraud ring",
      "Spy agency warns of phishing against diplomats");

  private final TextExtractor extractor = new TextExtractor();

  @Test
  void fromPlainText_articleAmongRandomChrome_keepsExactlyTheArticle() {
    Random random = new Random(SEED);
    for (int round = 0; round < 200; round++) {
      String context = "seed " + SEED + ", round " + round;
      StringBuilder page = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        page.append(pick(random, CHROME)).append('\n');
      }
      String title = pick(random, HEADLINES);
      LocalDate date = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      page.append(title).append('\n').append(date).append('\n').append('\n');
      List<String> article = new ArrayList<>();
      for (int i = 2 + random.nextInt(6); i > 0; i--) {
        String s = pick(random, SENTENCES);
        article.add(s);
        page.append(s).append("\n\n");
        if (i > 1 && random.nextInt(4) == 0) {
          page.append("Advertisement\n");
        }
      }
      page.append("Related articles\n");
      for (int i = random.nextInt(4); i > 0; i--) {
        page.append(pick(random, HEADLINES)).append('\n').append(date.minusDays(i)).append('\n')
            .append(pick(random, SENTENCES)).append('\n');
      }
      for (int i = random.nextInt(5); i > 0; i--) {
        page.append(pick(random, CHROME)).append('\n');
      }

      CleanText t = extractor.fromPlainText(page.toString());

      assertThat(t.text()).as(context).isEqualTo(String.join("\n\n", article));
      assertThat(t.title()).as(context).isEqualTo(title);
      assertThat(t.published()).as(context).isEqualTo(date.toString());
      assertThat(t.language()).as(context).isEqualTo("en");
    }
  }

  @Test
  void fromHtml_randomTagSoup_neverThrows() {
    Random random = new Random(SEED);
    String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<br>", "<nav>",
        "</nav>", "<article>", "<script>", "</script>", "<!--", "-->", "<table><tr><td>", "</td>",
        "<pre>", "</pre>", "&amp;", "&#0;", "<", ">", "\u0000", " ", "\n", "<h1>", "</h1>",
        "<time datetime=2020-13-45>", "<meta property=og:title content=", "\"", "'"};
    for (int round = 0; round < 300; round++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(400); i > 0; i--) {
        html.append(random.nextInt(3) == 0 ? pick(random, SENTENCES) : pieces[random.nextInt(pieces.length)]);
      }
      CleanText t = extractor.fromHtml(html.toString(), random.nextBoolean() ? null : "::bad uri");

      assertThat(t).as("seed %d, round %d", SEED, round).isNotNull();
      assertThat(t.text()).as("seed %d, round %d", SEED, round).doesNotContain("<script>");
    }
  }

  @Test
  void fromPlainText_randomCharacters_neverThrows() {
    Random random = new Random(SEED);
    for (int round = 0; round < 50; round++) {
      char[] chars = new char[random.nextInt(20_000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      CleanText t = extractor.fromPlainText(new String(chars));

      assertThat(t.language()).as("seed %d, round %d", SEED, round).isNotNull();
    }
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
