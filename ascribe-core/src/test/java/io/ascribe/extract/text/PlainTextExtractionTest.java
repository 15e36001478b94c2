package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextExtractor#fromPlainText} on hand-written scraped pages. */
class PlainTextExtractionTest {
  private final TextExtractor extractor = new TextExtractor();

  static final String NEWS_PAGE = """
      Accept cookies
      We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.
      Accept | Reject | Settings
      Home | World | Technology | Security | Opinion
      Security
      Hackers linked to Lazarus Group stole $40 million from crypto exchange
      March 12, 2024 · 4 min read
      By Jane Doe
      Share: Facebook · Twitter · LinkedIn · Email

      Investigators said on Tuesday that a hacking group linked to North Korea stole about $40 million in cryptocurrency from an exchange based in Singapore.

      The attackers gained access through a compromised developer laptop, according to a report published by the security firm Mandiant, which was hired to investigate the breach.

      "The tradecraft matches what we have seen from Lazarus operators over the past two years," said one of the researchers, who asked not to be named.

      The exchange said customer funds would be reimbursed in full.

      North Korea has repeatedly denied involvement in cyberattacks on financial institutions.

      Share this article
      Related articles
      Ransomware gang claims attack on European port operator
      March 10, 2024
      Police arrest suspect in phishing ring. The group targeted pensioners across the country.
      Microsoft warns of password spraying campaign against cloud accounts
      March 8, 2024
      Subscribe to our newsletter
      © 2024 Example Daily Media Ltd. All rights reserved.
      Privacy Policy | Terms of Use | Contact
      """;

  @Test
  void fromPlainText_newsPageWithBannerShareRelatedFooter_keepsOnlyArticle() {
    CleanText t = extractor.fromPlainText(NEWS_PAGE);

    assertThat(t.title())
        .isEqualTo("Hackers linked to Lazarus Group stole $40 million from crypto exchange");
    assertThat(t.published()).isEqualTo("2024-03-12");
    assertThat(t.publisher()).isEqualTo("Example Daily Media Ltd");
    assertThat(t.language()).isEqualTo("en");
    List<String> paragraphs = List.of(t.text().split("\n\n"));
    assertThat(paragraphs).hasSize(5);
    assertThat(paragraphs.get(0)).startsWith("Investigators said on Tuesday");
    assertThat(paragraphs.get(3)).isEqualTo("The exchange said customer funds would be reimbursed in full.");
    assertThat(paragraphs.get(4)).startsWith("North Korea has repeatedly denied");
    assertThat(t.text()).doesNotContain("cookies", "Facebook", "Jane Doe", "Related",
        "Ransomware gang", "Police arrest", "newsletter", "©", "Privacy");
  }

  @Test
  void fromPlainText_boilerplateCharsRemoved_countsNonWhitespaceCharsNotKept() {
    String raw = "Home | News | Contact\n\n"
        + "The ministry said the attack on the ministry network had been contained by Friday.\n";
    CleanText t = extractor.fromPlainText(raw);

    assertThat(t.text())
        .isEqualTo("The ministry said the attack on the ministry network had been contained by Friday.");
    assertThat(t.boilerplateCharsRemoved()).isEqualTo("Home|News|Contact".length());
  }

  @Test
  void fromPlainText_frenchPage_detectsFrenchAndFrenchDate() {
    CleanText t = extractor.fromPlainText("""
        Accueil | International | Économie | Cybersécurité
        Des pirates liés à la Russie ont visé des hôpitaux en Europe
        Publié le 3 mars 2023 à 10h15
        Les autorités françaises ont annoncé jeudi que plusieurs hôpitaux avaient été la cible d'une campagne de rançongiciels attribuée à un groupe lié à la Russie.
        Selon l'Agence nationale de la sécurité des systèmes d'information, les attaquants ont exploité une faille connue dans un logiciel de messagerie qui n'avait pas été corrigée.
        « Nous avons des éléments techniques qui pointent vers ce groupe, mais l'attribution reste prudente », a déclaré un responsable.
        Tous droits réservés © 2023 Le Journal
        """);

    assertThat(t.language()).isEqualTo("fr").isNotEqualTo("en");
    assertThat(t.title()).isEqualTo("Des pirates liés à la Russie ont visé des hôpitaux en Europe");
    assertThat(t.published()).isEqualTo("2023-03-03");
    assertThat(t.text().split("\n\n")).hasSize(3);
    assertThat(t.text()).doesNotContain("Accueil", "droits");
  }

  @Test
  void fromPlainText_russianPage_detectsRussianAndSourceAfterText() {
    CleanText t = extractor.fromPlainText("""
        Главная | Новости | Технологии
        Хакеры атаковали сеть энергетической компании
        12.05.2021 09:30
        Неизвестные злоумышленники атаковали корпоративную сеть крупной энергетической компании, сообщили в пресс-службе предприятия во вторник.
        По словам специалистов, атака была обнаружена на ранней стадии, и утечки данных удалось избежать.
        Эксперты пока не называют группировку, стоящую за атакой, однако отмечают сходство с прошлыми инцидентами.
        Источник: ТАСС
        © 2021 Новостной портал. Все права защищены.
        """);

    assertThat(t.language()).isEqualTo("ru").isNotEqualTo("en");
    assertThat(t.title()).isEqualTo("Хакеры атаковали сеть энергетической компании");
    assertThat(t.published()).isEqualTo("2021-05-12");
    assertThat(t.publisher()).isEqualTo("ТАСС");
    assertThat(t.text().split("\n\n")).hasSize(3);
    assertThat(t.text()).doesNotContain("Главная", "Источник", "права");
  }

  @Test
  void fromPlainText_chinesePage_countsCjkCharactersAsWords() {
    CleanText t = extractor.fromPlainText("""
        首页 | 新闻 | 国际
        外交部：敦促美方停止网络攻击
        2024年4月16日 来源：新华社
        外交部发言人林剑15日表示，中方敦促美方立即停止对中国的网络攻击，停止抹黑中国。
        林剑说，报告显示，所谓“伏特台风”实际上是一个勒索软件犯罪团伙，不受任何国家或地区支持。
        他表示，美国才是全球最大的网络攻击来源国，是网络安全的最大威胁。
        Follow us on WeChat
        版权所有 新华网
        """);

    assertThat(t.language()).isEqualTo("zh");
    assertThat(t.title()).isEqualTo("外交部：敦促美方停止网络攻击");
    assertThat(t.published()).isEqualTo("2024-04-16");
    assertThat(t.publisher()).isEqualTo("新华社");
    assertThat(t.text().split("\n\n")).hasSize(3);
    assertThat(t.text()).doesNotContain("首页", "WeChat", "版权");
  }

  @Test
  void fromPlainText_hardWrappedParagraphs_joinsWrappedLines() {
    String wrapped = """
        Researchers at a security firm said on Monday that the group behind the
        intrusions had reused the same command-and-control servers for more than
        three years, which allowed them to connect several older campaigns to it.

        The group sent spear-phishing emails to diplomats in at least four
        countries, posing as conference organisers and attaching documents that
        installed a small downloader when the victim enabled macros in them.

        Investigators also found a second-stage implant written in Go, which
        collected files from removable drives and sent them out over encrypted
        channels disguised as ordinary web traffic to a cloud storage service.
        """;
    CleanText t = extractor.fromPlainText(wrapped);

    List<String> paragraphs = List.of(t.text().split("\n\n"));
    assertThat(paragraphs).hasSize(3);
    assertThat(paragraphs.get(0)).startsWith("Researchers at a security firm")
        .contains("behind the intrusions had reused")
        .endsWith("connect several older campaigns to it.");
  }

  @Test
  void fromPlainText_chromeOnly_returnsEmptyText() {
    CleanText t = extractor.fromPlainText("Home | News | Sport\nLogin\n© 2024 Example\n");

    assertThat(t.text()).isEmpty();
    assertThat(t.language()).isEqualTo("und");
    assertThat(t.boilerplateCharsRemoved()).isPositive();
  }

  @Test
  void fromPlainText_emptyString_returnsEmptyText() {
    assertThat(extractor.fromPlainText("")).isEqualTo(CleanText.empty());
  }

  @Test
  void fromPlainText_controlCharactersAndCrLf_areCleaned() {
    CleanText t = extractor.fromPlainText("Menu\r\n\u0000\u0007The agency said the intrusion"
        + "\u200B was detected early\u00A0and contained within two days of the first alert.\r\n");

    assertThat(t.text()).isEqualTo("The agency said the intrusion was detected early and"
        + " contained within two days of the first alert.");
  }

  @Test
  void fromPlainText_null_throwsWithMessage() {
    assertThatThrownBy(() -> extractor.fromPlainText(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("raw text must not be null");
  }
}
