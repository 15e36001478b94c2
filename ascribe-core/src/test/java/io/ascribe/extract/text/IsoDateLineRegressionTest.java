package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Regression: a date line without letters ("2019-03-04") was classified as a line of symbols
 * before the date rules ran, so a headline followed by an ISO date was no hard break and a longer
 * list of related stories after an article won the longest-run rule.
 */
class IsoDateLineRegressionTest {
  @Test
  void fromPlainText_relatedStoriesWithIsoDates_doNotReplaceTheArticle() {
    CleanText t = new TextExtractor().fromPlainText("""
        Hackers breach water utility in small town
        2019-03-05

        According to the report, the attackers used stolen credentials to log in to a VPN gateway.

        The researchers said the malware had been active since at least the spring of last year.

        New ransomware strain targets hospitals
        2019-03-04
        The intrusion was discovered when an administrator noticed unusual traffic at night.
        Police arrest suspects in fraud ring
        2019-03-03
        The company restored its services within a week and said customer data was not affected.
        Spy agency warns of phishing against diplomats
        2019-03-02
        Several governments have accused the group of stealing intellectual property from firms.
        """);

    assertThat(t.text()).startsWith("According to the report")
        .endsWith("since at least the spring of last year.");
    assertThat(t.published()).isEqualTo("2019-03-05");
  }
}
