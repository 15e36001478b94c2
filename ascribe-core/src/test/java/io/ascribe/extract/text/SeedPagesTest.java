package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance: the two scraped pages in {@code ../shared/seeds} (skipped when absent). */
class SeedPagesTest {
  private final TextExtractor extractor = new TextExtractor();

  @Test
  void fromPlainText_xinhuaLinJianPage_keepsArticleAndDropsChrome() {
    CleanText t = extractor.fromPlainText(SharedSeeds.read("000_4e465635380c1327.txt"));

    assertThat(t.title()).isEqualTo("China urges U.S. to immediately stop cyberattacks against China");
    assertThat(t.published()).isEqualTo("2024-04-16");
    assertThat(t.publisher()).isEqualTo("Xinhua News Agency");
    assertThat(t.language()).isEqualTo("en");
    List<String> paragraphs = List.of(t.text().split("\n\n"));
    assertThat(paragraphs).hasSize(8);
    assertThat(paragraphs.get(0)).isEqualTo("China urges the United States to immediately stop its"
        + " cyberattacks against China and stop smearing China, Foreign Ministry spokesperson Lin"
        + " Jian said on April 15.");
    assertThat(paragraphs.get(7)).isEqualTo("\"China urges the United States to immediately stop"
        + " its cyberattacks against China and stop smearing China,\" he said.");
    assertThat(t.text()).contains("Lin made the remarks at a daily press briefing",
        "\"According to the report, 'Volt Typhoon' is actually a ransomware cybercriminal group",
        "Lin added that there are signs", "\"It's no secret that the United States",
        "Some in the United States have been using origin-tracing");
    assertThat(t.text()).doesNotContain("Latest Headlines", "China Focus", "Special Reports",
        "About Us", "Contact Us", "Advertise with Us", "Partners", "China Pictorial", "Copyright",
        "ICP", "Source:");
    assertThat(t.boilerplateCharsRemoved()).isPositive();
  }

  @Test
  void fromPlainText_infoshosEquifaxPage_keepsArticleAndDropsChromeAndRussian() {
    CleanText t = extractor.fromPlainText(SharedSeeds.read("004_338413dd6da57687.txt"));

    assertThat(t.title())
        .isEqualTo("Beijing Urges US to Stop Cyber Theft and Surveillance Against China");
    assertThat(t.published()).isEqualTo("2020-02-11");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.text()).startsWith("The statement comes after the US Department of Justice"
        + " charged four members of the People's Liberation Army for the 2017 Equifax cyberattack.");
    assertThat(t.text()).endsWith("accusing the company of espionage on behalf of the Chinese"
        + " secret services.");
    assertThat(t.text()).contains("Geng Shuang", "Wu Zhiyong", "classified data");
    assertThat(t.text()).doesNotContain("financial assistance", "Make Infoshos", "Member States",
        "Observer States", "Phnom Penh", "Sri Dzhayavardenepura", "SCO Secretariat",
        "Add Comment", "Print", "Leave a comment", "Lukashenko", "Berdimuhamedov", "Modi",
        "28.08.2020", "Партнеры", "ошибке");
    assertThat(t.text().chars().filter(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.CYRILLIC)).isEmpty();
  }
}
