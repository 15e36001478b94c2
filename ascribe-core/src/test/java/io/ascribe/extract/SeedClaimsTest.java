package io.ascribe.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ingestion issue's acceptance claims on the two seed pages, through the whole extractor. */
class SeedClaimsTest {
  private final DocumentExtractor extractor = new DocumentExtractor(
      new IndicatorExtractor(WarningLists.none()),
      new NameMatcher<>(Map.of("Volt Typhoon", List.of(new EntityRef("actor", "intrusion-set--x", "Volt Typhoon", "G1017"))), 4),
      new TechniqueMentions(Map.of()));

  private ExtractedDocument extract(String seed) throws Exception {
    Path p = SharedData.seed(seed);
    return extractor.extract(p.toString(), Files.readAllBytes(p), p.getFileName().toString());
  }

  @Test
  void extract_seed000_attributionsDenialAndCounterAccusation() throws Exception {
    ExtractedDocument d = extract("000_4e465635380c1327.txt");
    assertThat(d.published()).isEqualTo("2024-04-16");
    assertThat(d.claims()).extracting(Claim::type, Claim::claimantCountry, Claim::accusedCountry)
        .containsExactlyInAnyOrder(
            tuple(ClaimType.ATTRIBUTION, "US", "CN"),
            tuple(ClaimType.ATTRIBUTION, "CN", null),
            tuple(ClaimType.DENIAL, "CN", "CN"),
            tuple(ClaimType.COUNTER_ACCUSATION, "CN", "US"));
    Claim usAttribution = find(d, ClaimType.ATTRIBUTION, "US");
    assertThat(usAttribution.threatActor()).isEqualTo("Volt Typhoon");
    assertThat(usAttribution.accused()).contains("Chinese government");
    Claim report = find(d, ClaimType.ATTRIBUTION, "CN");
    assertThat(report.form()).isEqualTo(ClaimForm.REPORT);
    assertThat(report.accused()).isEqualTo("Dark Power");
    assertThat(report.claimant()).contains("National Computer Virus Emergency Response Center");
    assertThat(find(d, ClaimType.DENIAL, "CN").claimant()).contains("Lin Jian");
    assertThat(find(d, ClaimType.COUNTER_ACCUSATION, "CN").claimant()).contains("Lin Jian");
    assertThat(d.claims()).extracting(Claim::date).allMatch(date -> date.equals("2024-04-15") || date.equals("2024-04-16"));
    assertThat(d.claims()).allSatisfy(c -> assertThat(d.text()).contains(c.evidence()));
    assertThat(d.entities()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("person");
      assertThat(e.name()).isEqualTo("Lin Jian");
      assertThat(e.country()).isEqualTo("CN");
    });
  }

  @Test
  void extract_seed004_indictmentDenialAndCounterAccusation() throws Exception {
    ExtractedDocument d = extract("004_338413dd6da57687.txt");
    assertThat(d.claims()).extracting(Claim::type, Claim::claimantCountry, Claim::accusedCountry)
        .containsExactlyInAnyOrder(
            tuple(ClaimType.ATTRIBUTION, "US", "CN"),
            tuple(ClaimType.DENIAL, "CN", "CN"),
            tuple(ClaimType.COUNTER_ACCUSATION, "CN", "US"));
    Claim indictment = find(d, ClaimType.ATTRIBUTION, "US");
    assertThat(indictment.form()).isEqualTo(ClaimForm.INDICTMENT);
    assertThat(indictment.target()).isEqualTo("Equifax");
    assertThat(indictment.accused()).contains("People's Liberation Army");
    assertThat(find(d, ClaimType.COUNTER_ACCUSATION, "CN").claimant()).contains("Geng Shuang");
    assertThat(d.claims()).extracting(Claim::date).containsOnly("2020-02-11");
  }

  private static Claim find(ExtractedDocument d, ClaimType type, String claimantCountry) {
    return d.claims().stream().filter(c -> c.type() == type && claimantCountry.equals(c.claimantCountry()))
        .findFirst().orElseThrow();
  }
}
