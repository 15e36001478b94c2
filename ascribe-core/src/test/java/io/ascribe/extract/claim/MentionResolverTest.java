package io.ascribe.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions resolved through earlier ones: plural anaphora of lists, lists naming a description, definite bodies. */
class MentionResolverTest {
  private final TextAnnotator annotator = new TextAnnotator();

  private List<ResolvedMention> resolvedIn(String text, int sentence) {
    return annotator.annotate(null, text, null).resolved().get(sentence);
  }

  @Test
  void resolve_pluralAnaphor_eachMemberOfTheLastList() {
    List<ResolvedMention> r = resolvedIn(
        "Canada, Japan and Australia backed the finding. The minister said these countries joined the US in blaming Iran.", 1);

    assertThat(r).extracting(m -> m.mention().party().country()).containsExactly("CA", "JP", "AU");
    assertThat(r).extracting(ResolvedMention::how).containsOnly(ResolvedMention.How.LIST_ANAPHOR);
  }

  @Test
  void resolve_countedAnaphor_onlyAListOfThatSize() {
    List<ResolvedMention> r = resolvedIn(
        "Canada, Japan and Australia backed it. Norway and Sweden did too. The three countries blamed Iran.", 2);

    assertThat(r).extracting(m -> m.mention().party().country()).containsExactly("CA", "JP", "AU");
  }

  @Test
  void resolve_anaphorWithNoListBefore_nothing() {
    assertThat(resolvedIn("Iran was blamed. These countries said so.", 1)).isEmpty();
  }

  @Test
  void resolve_descriptionNamedByALaterList_eachMemberAtTheDescription() {
    String s = "Several governments have accused Iran of hacking, including Canada, Japan and Australia.";
    List<ResolvedMention> r = resolvedIn(s, 0);

    assertThat(r).extracting(m -> m.mention().party().country()).containsExactly("CA", "JP", "AU");
    assertThat(r).extracting(m -> m.mention().start()).containsOnly(s.indexOf("governments"));
    assertThat(r).extracting(ResolvedMention::how).containsOnly(ResolvedMention.How.LIST_APPOSITION);
  }

  @Test
  void resolve_definiteBody_theLastBodyWhoseNameHoldsTheNoun() {
    List<ResolvedMention> r = resolvedIn(
        "Russia's foreign ministry rejected the claim, the FBI said. The ministry called it a smear.", 1);

    assertThat(r).singleElement().satisfies(m -> {
      assertThat(m.mention().party().country()).isEqualTo("RU");
      assertThat(m.how()).isEqualTo(ResolvedMention.How.DEFINITE_BODY);
    });
  }

  @Test
  void resolve_ministryWithNoMinistryBefore_nothing() {
    assertThat(resolvedIn("The FBI blamed Iran. The ministry said nothing.", 1)).isEmpty();
  }

  @Test
  void resolve_agency_theLastGovernmentBody() {
    List<ResolvedMention> r = resolvedIn("CISA published an advisory. The agency blamed China.", 1);

    assertThat(r).extracting(m -> m.mention().party().country()).containsExactly("US");
  }

  @Test
  void resolve_bodysOwnName_notADescription() {
    assertThat(resolvedIn("Russia's foreign ministry spoke. The Ministry of Defence said it was Iran.", 1)).isEmpty();
  }
}
