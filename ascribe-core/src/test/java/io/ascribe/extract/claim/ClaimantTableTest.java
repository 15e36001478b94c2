package io.ascribe.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ClaimantTable}: outlets with their home country and international bodies with none, each listed once. */
class ClaimantTableTest {
  @Test
  void find_outletAndInternationalBody_partiesWithTheirCountry() {
    ClaimantTable table = ClaimantTable.of(List.of("outlet\tGB\tDaily Example", "international\t-\tNATO"));

    List<PartyLexicon.Mention> found = table.find("The Daily Example reported that NATO condemned the attack.");

    assertThat(found).extracting(m -> m.party().name()).containsExactly("Daily Example", "NATO");
    assertThat(found).extracting(m -> m.party().country()).containsExactly("GB", null);
    assertThat(found).extracting(m -> m.party().kind()).containsExactly(Party.Kind.OUTLET, Party.Kind.INTERNATIONAL);
  }

  @Test
  void find_nameInsideAWordOrLowerCase_notFound() {
    ClaimantTable table = ClaimantTable.of(List.of("international\t-\tNATO"));

    assertThat(table.find("The NATOS league and nato fans met.")).isEmpty();
  }

  @Test
  void find_longerNameFirst() {
    ClaimantTable table = ClaimantTable.of(List.of("outlet\tUS\tExample", "outlet\tGB\tExample Times"));

    assertThat(table.find("Example Times said so.")).extracting(m -> m.party().country()).containsExactly("GB");
  }

  @Test
  void load_bundledTable_stateMediaKnownWithCountry() {
    ClaimantTable table = ClaimantTable.load();

    assertThat(table.stateMedia("KCNA")).map(ClaimantTable.Entry::country).hasValue("KP");
    assertThat(table.of(ClaimantTable.Kind.INTERNATIONAL)).allSatisfy(e -> assertThat(e.country()).isNull());
  }

  @Test
  void of_outletWithoutCountry_errorNamesTheLine() {
    assertThatThrownBy(() -> ClaimantTable.of(List.of("# comment", "outlet\t-\tDaily Example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claimants.tsv")
        .hasMessageContaining("2")
        .hasMessageContaining("kind 'outlet' needs a country");
  }

  @Test
  void of_unknownKind_errorNamesTheKind() {
    assertThatThrownBy(() -> ClaimantTable.of(List.of("blog\tUS\tExample")))
        .hasMessageContaining("unknown kind 'blog'");
  }
}
