package io.ascribe.cli.bench.eset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ESET's repository layout read into publications: what counts once, what is added, what is skipped. */
class EsetPublicationsTest {
  private static EsetPublications.Reading reading;
  private static Map<String, Publication> byId;

  @BeforeAll
  static void read() throws Exception {
    reading = EsetPublications.read(MiniKnowledge.repository());
    byId = reading.publications().stream().collect(Collectors.toMap(Publication::id, Function.identity()));
  }

  @Test
  void read_miniRepository_findsEachPublicationOnce() {
    assertThat(reading.publications()).extracting(Publication::id).containsExactlyInAnyOrder(
        "tea_leaf/2021-05-04_second_wave.adoc",
        "tea_leaf/README.adoc",
        "coffee_bean/README.adoc#Spoon campaign",
        "coffee_bean/README.adoc#Grinder campaign",
        "spoon/README.adoc",
        "spoon/2020-11-02_spoon_returns.adoc",
        "mystery/README.adoc",
        "mystery/mystery-event.json",
        "pointers/2019-01-01_post.adoc");
  }

  @Test
  void read_adocWithMispEventOfSameStem_countsOnceWithTheEventsValues() {
    Publication p = byId.get("tea_leaf/2021-05-04_second_wave.adoc");
    assertThat(p.files()).containsExactly("tea_leaf/2021-05-04_second_wave.adoc", "tea_leaf/2021-05-04_second_wave.json");
    assertThat(p.date()).isEqualTo("2021-05-04");
    assertThat(p.title()).isEqualTo("Tea Leaf second wave");
    assertThat(p.text()).contains("4444444444444444444444444444444444444444").contains("KettleRAT loader")
        .as("a MISP link attribute cites the post").doesNotContain("welivesecurity")
        .as("tags are labels, not content").doesNotContain("misp-galaxy");
  }

  @Test
  void read_singleReadme_isOnePublicationWithItsSampleListAndPostDate() {
    Publication p = byId.get("tea_leaf/README.adoc");
    assertThat(p.folder()).isEqualTo("tea_leaf");
    assertThat(p.title()).isEqualTo("Tea Leaf Indicators of Compromise");
    assertThat(p.date()).isEqualTo("2021-02-01");
    assertThat(p.files()).containsExactly("tea_leaf/README.adoc", "tea_leaf/samples.sha1");
    assertThat(p.text()).contains("2222222222222222222222222222222222222222").contains("`192.0.2[.]10`")
        .as("the live post address is a citation: its link text stays").contains("WeLiveSecurity")
        .doesNotContain("https://");
  }

  @Test
  void read_readmeWhoseSectionsCiteTheirOwnPosts_splitsIntoOnePublicationPerPost() {
    Publication spoon = byId.get("coffee_bean/README.adoc#Spoon campaign");
    Publication grinder = byId.get("coffee_bean/README.adoc#Grinder campaign");
    assertThat(spoon.date()).isEqualTo("2020-06-10");
    assertThat(grinder.date()).isEqualTo("2020-09-15");
    assertThat(grinder.title()).isEqualTo("Grinder campaign");
    assertThat(grinder.text()).as("a section citing no post belongs to the one before").contains("203.0.113[.]5")
        .as("the MISP event the section links").contains("grinder.example.net");
    assertThat(grinder.files()).contains("coffee_bean/misp-grinder.json");
    assertThat(spoon.text()).doesNotContain("198.51.100");
  }

  @Test
  void read_mispEventMatchingNoPublication_standsAloneWithItsDateAndInfo() {
    Publication p = byId.get("mystery/mystery-event.json");
    assertThat(p.title()).isEqualTo("Mystery follow-up");
    assertThat(p.date()).isEqualTo("2022-01-02");
    assertThat(p.text()).contains("203.0.113.99");
  }

  @Test
  void read_rulesAndReadmesWithoutIndicators_areSkippedWithTheReason() {
    assertThat(reading.skipped()).anySatisfy(s -> assertThat(s).startsWith("mystery/mystery.yar: not an indicator list"));
    assertThat(reading.skipped()).anySatisfy(s -> assertThat(s).startsWith("notes/README.adoc: no hash or defanged"));
  }

  @Test
  void read_readmeThatOnlyPointsToFiles_isNoPublicationAndItsSampleListIsLeftOut() {
    assertThat(byId).doesNotContainKey("pointers/README.adoc");
    assertThat(byId.get("pointers/2019-01-01_post.adoc").title()).isEqualTo("The only post");
    assertThat(reading.skipped()).anySatisfy(s -> assertThat(s).startsWith("pointers/samples.sha1: a sample list"));
  }

  @Test
  void withoutReferences_keepsAddressesInBlocksAndBackticks() {
    String adoc = "See https://blog.example.com/post[the post].\n----\nhttp://198.51.100.1/x\n----\n- `http://c2.example.com/a`\n";
    assertThat(EsetPublications.withoutReferences(adoc))
        .isEqualTo("See the post.\n----\nhttp://198.51.100.1/x\n----\n- `http://c2.example.com/a`\n");
  }

  @Test
  void read_notADirectory_namesThePath(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> EsetPublications.read(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("not a directory");
  }

  @Test
  void read_publicationOrder_followsFoldersAndFiles() {
    List<String> folders = reading.publications().stream().map(Publication::folder).distinct().toList();
    assertThat(folders).containsExactly("coffee_bean", "mystery", "pointers", "spoon", "tea_leaf");
  }
}
