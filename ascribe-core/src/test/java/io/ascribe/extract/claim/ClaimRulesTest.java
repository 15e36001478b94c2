package io.ascribe.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per general claim rule added for the article set: joint subjects, passive claimants,
 * anaphoric speakers, accused versus victim positions, stateless criminals, denials that need an
 * accusation, and responses that become counter-accusations. Keys are (type, claimant, accused).
 */
class ClaimRulesTest {
  private final ClaimExtractor extractor = new ClaimExtractor(ClaimCorpus.ACTORS);

  private List<String> keys(String title, String text) {
    return extractor.extract(title, text, LocalDate.parse("2024-05-01")).stream()
        .map(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .toList();
  }

  @Test
  void extract_jointAdvisoryOfFiveStates_oneAdvisoryAttributionPerState() {
    List<Claim> claims = extractor.extract("Allies warn of hackers", "Cybersecurity agencies from the United States, "
        + "Britain, Australia, Canada and New Zealand published a joint advisory warning that Chinese state-sponsored "
        + "hackers had burrowed into critical infrastructure networks.", null);
    assertThat(claims).extracting(c -> c.claimantCountry() + "->" + c.accusedCountry())
        .containsExactly("US->CN", "GB->CN", "AU->CN", "CA->CN", "NZ->CN");
    assertThat(claims).allSatisfy(c -> assertThat(c.form()).isEqualTo(ClaimForm.ADVISORY));
  }

  @Test
  void extract_passiveWithAgent_agentIsTheClaimant() {
    assertThat(keys("Outage attributed", "The December cyberattack on Ukraine's largest mobile operator has been "
        + "attributed to Russia's GRU by Ukraine's security service."))
        .containsExactly("attribution UA->RU");
    assertThat(keys("Court hack", "A leak from the court network has been blamed on North Korean hackers by South "
        + "Korean police."))
        .containsExactly("attribution KR->KP");
  }

  @Test
  void extract_theCompanySaid_resolvesToTheLastCompany() {
    assertThat(keys("Mandiant names a group", "Mandiant said on Wednesday it was tracking a new cluster of activity.\n\n"
        + "In a report, the company said the group is sponsored by the GRU and has attacked energy firms."))
        .containsExactly("attribution US->RU");
  }

  @Test
  void extract_quoteTailWithAnaphor_speakerIsTheLastSpeaker() {
    assertThat(keys("Seoul warns", "South Korea's National Intelligence Service said on Monday it had seen more "
        + "phishing.\n\n\"North Korean hackers stole the designs of two chip equipment makers,\" the agency said."))
        .containsExactly("attribution KR->KP");
  }

  @Test
  void extract_vendorNamesCriminalGroup_accusedCountryIsNull() {
    assertThat(keys("Casino breaches", "Microsoft said that a financially motivated cybercriminal group it tracks as "
        + "Octo Tempest was behind a string of extortion attacks on casinos."))
        .containsExactly("attribution US->null");
  }

  @Test
  void extract_victimState_isNotAccused() {
    assertThat(keys("Phishing wave", "Google said an Iranian government-backed group had stepped up phishing attacks "
        + "against Israeli military officials."))
        .containsExactly("attribution US->IR");
  }

  @Test
  void extract_titleAccusedIsNotTheHomeState_hedgedAttributionByHomeAgency() {
    assertThat(keys("Suspected Russian hackers breached Norwegian dam, police say", "Norway's police security service "
        + "said on Friday that pro-Russian hackers were likely behind the incident."))
        .containsExactly("attribution NO->RU");
  }

  @Test
  void extract_noClaimant_nothing() {
    assertThat(keys("Hospital hit by cyberattack", "Hackers stole patient data in a cyberattack on a hospital. "
        + "It is unclear who is behind the intrusion, and no group has claimed responsibility.")).isEmpty();
  }

  @Test
  void extract_noEvidenceWithoutAnAccusation_isNotADenial() {
    assertThat(keys("Booking site exposed data", "There is no evidence that criminals accessed the customer data, the "
        + "Japanese company said in a statement.")).isEmpty();
  }

  @Test
  void extract_stateAccusedEarlierAccusesBack_counterAccusationAndTheFirstStaysAnAttribution() {
    assertThat(keys("Iran rejects US allegations", "The FBI said Iranian hackers had broken into a campaign's email "
        + "accounts.\n\nIran's mission to the United Nations called the allegations unsubstantiated.\n\nTehran has "
        + "previously accused Washington of launching cyberattacks on its nuclear programme."))
        .containsExactly("attribution US->IR", "denial IR->IR", "counter_accusation IR->US");
  }

  @Test
  void extract_victimOf_countsOnlyTheStateAfterTheCue() {
    assertThat(keys("Pakistan rejects Indian claims", "India said Pakistani hackers attacked its networks.\n\n"
        + "\"Pakistan is itself a victim of Indian cyber espionage,\" Foreign Office spokesperson Shafqat Ali Khan said."))
        .contains("counter_accusation PK->IN");
    assertThat(keys("China rejects Japan's claims", "Japan's National Police Agency said Chinese state hackers "
        + "attacked ministries.\n\nChina's foreign ministry responded that Japan should not make groundless "
        + "accusations and that China is itself a major victim of cyberattacks."))
        .containsExactly("attribution JP->CN", "denial CN->CN");
  }

  @Test
  void extract_bodyInACapital_takesThatState() {
    assertThat(keys("Ukraine reports attacks", "Ukrainian officials said Russian hackers hit energy firms.\n\n"
        + "Russia dismissed the accusations as propaganda, and the foreign ministry in Moscow accused Kyiv of launching "
        + "cyberattacks on Russian infrastructure."))
        .contains("attribution UA->RU", "denial RU->RU", "counter_accusation RU->UA");
  }

  @Test
  void extract_theEmbassyAfterAForeignEmbassySpoke_isThatEmbassy() {
    assertThat(keys("Philippines says Chinese hackers struck", "The Philippine government said hackers based in China "
        + "had tried to break into email servers.\n\nThe Chinese embassy in Manila rejected the accusation as "
        + "irresponsible.\n\nThe embassy also accused the Philippines of hyping the issue."))
        .containsExactly("attribution PH->CN", "denial CN->CN");
  }

  @Test
  void extract_condemnedTheCampaign_attributesToTheLastAccused() {
    assertThat(keys("Germany blames Russia", "The government in Berlin accused Russian military hackers of breaking "
        + "into party email accounts.\n\nThe Czech Republic and the European Union also condemned the campaign."))
        .containsExactly("attribution DE->RU", "attribution CZ->RU", "attribution EU->RU");
  }

  @Test
  void extract_roleInTitleCase_isAPersonOfTheHomeState() {
    List<Claim> claims = extractor.extract("Australia names Chinese hackers", "Defence Minister Richard Marles said a "
        + "Chinese state-sponsored group was responsible for the intrusions.", null);
    assertThat(claims).extracting(c -> c.claimantCountry() + "->" + c.accusedCountry()).containsExactly("AU->CN");
    assertThat(claims.get(0).claimant()).isEqualTo("Defence Minister Richard Marles");
  }

  @Test
  void find_firstWordIndex_longestPhraseAtWordBoundaries() {
    PartyLexicon lexicon = new PartyLexicon();
    assertThat(lexicon.find("Russians and the usual USA suspects met the Taiwan Affairs Office"))
        .extracting(m -> m.party().country() + ":" + m.party().name())
        .containsExactly("RU:Russians", "US:USA", "CN:Taiwan Affairs Office");
    List<Mention> merged = lexicon.find("Norway's police security service said so");
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).party().country()).isEqualTo("NO");
  }

  @Test
  void accused_groupBackingAndVictimPositions() {
    PartyLexicon lexicon = new PartyLexicon();
    String s = "China-nexus groups and hackers linked to Iran launched attacks on Russian infrastructure.";
    assertThat(lexicon.find(s)).extracting(m -> m.party().country() + "=" + AccusedPosition.accused(s, m))
        .containsExactly("CN=true", "IR=true", "RU=false");
  }

  @Test
  void cues_lowerKeepsLengthAndCyberNeedsAWord() {
    assertThat(Cues.lower("İstanbul APT28")).hasSize("İstanbul APT28".length());
    assertThat(Cues.cyber(Cues.lower("They used APT28 tooling"))).isTrue();
    assertThat(Cues.cyber(Cues.lower("The minister spoke aptly about trade"))).isFalse();
  }
  @Test
  void extract_counterCueFromAStateNobodyAccused_isNoCounterAccusation() {
    assertThat(keys("Estonia blames Russia", "Estonia's foreign ministry said Russia's GRU carried out cyberattacks "
        + "against Estonian agencies."))
        .containsExactly("attribution EE->RU");
  }

  @Test
  void extract_pronounThatAccuses_isTheLastPerson() {
    assertThat(keys("Estonia blames Russia", "Estonia's foreign ministry said Russia's GRU hacked its agencies.\n\n"
        + "Russian Foreign Ministry spokeswoman Maria Zakharova called the accusations absurd.\n\n"
        + "She accused the United States of using the Baltic states for its own cyber operations."))
        .contains("counter_accusation RU->US");
  }

  @Test
  void extract_roleAfterAPossessiveState_takesThatState() {
    List<Claim> claims = extractor.extract("ESET links wiper to Sandworm", "Poland's digital affairs minister Janusz "
        + "Cieszynski said Russian services were behind the attacks.", null);
    assertThat(claims).extracting(c -> c.claimantCountry() + "->" + c.accusedCountry()).containsExactly("PL->RU");
  }

  @Test
  void extract_relativeClauseDeed_standsAsAccused() {
    assertThat(keys("China rejects Canada's report", "Canada's spy agency said Chinese hackers probed its networks."
        + "\n\nThe Chinese embassy said the report was a fabrication, adding that Canada should look at the United "
        + "States, which it said conducts cyberattacks on a massive scale."))
        .containsExactlyInAnyOrder("attribution CA->CN", "denial CN->CN", "counter_accusation CN->US");
  }

  @Test
  void an_attribution_to_a_named_actor_only_accuses_the_actor_and_its_sponsor() {
    ClaimExtractor withSponsors = new ClaimExtractor(sentence -> sentence.contains("APT29") ? List.of("APT29")
        : List.of(), name -> name.equals("APT29") ? "RU" : null);
    List<Claim> claims = withSponsors.extract("Intrusion at a utility",
        "The United States government attributed the intrusion to APT29 on 2024-03-05, according to a statement by "
            + "the Department of Justice.", java.time.LocalDate.parse("2024-03-06"));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(ClaimType.ATTRIBUTION);
      assertThat(c.claimantCountry()).isEqualTo("US");
      assertThat(c.accused()).isEqualTo("APT29");
      assertThat(c.accusedCountry()).isEqualTo("RU");
    });
  }

  // ---- rules added for the independently written article sets (2026-11-22) -----------------------

  @Test
  void extract_coauthorsListedAfterTheLead_everyCoauthorAttributes() {
    assertThat(keys("Advisory on APT40", "The Australian Signals Directorate published an advisory on a hacking group "
        + "working for China's Ministry of State Security.\n\nThe advisory was written together with partner "
        + "agencies in Canada, Japan and the Republic of Korea."))
        .containsExactlyInAnyOrder("attribution AU->CN", "attribution CA->CN", "attribution JP->CN", "attribution KR->CN");
  }

  @Test
  void extract_pressConferenceTranscript_answersSpeakForTheStateAsked() {
    assertThat(keys("Regular Press Conference", "Reuters: Germany said on Monday that Chinese state hackers broke into "
        + "a federal agency's network. What is China's response?\n\nSpokesperson: We firmly oppose the groundless "
        + "accusation. The United States is the biggest source of cyber attacks in the world."))
        .containsExactlyInAnyOrder("attribution DE->CN", "denial CN->CN", "counter_accusation CN->US");
  }

  @Test
  void extract_stateMediaDateline_unattributedDenialIsTheOutletsState() {
    assertThat(keys("Commentary", "Pyongyang, May 2 (KCNA) -- The U.S. recently claimed that north Korean hackers "
        + "stole cryptocurrency.\n\nThe DPRK has never had anything to do with such hacking."))
        .containsExactlyInAnyOrder("attribution US->KP", "denial KP->KP");
  }

  @Test
  void extract_criminalGroupMemberOfStatedNationality_groupIsTheAccused() {
    assertThat(keys("Sanctions on ransomware leader", "The United States, Britain and Australia on Tuesday sanctioned a "
        + "Russian national for his role as a leader of the LockBit ransomware group."))
        .containsExactly("attribution US->null", "attribution GB->null", "attribution AU->null");
    assertThat(keys("Sanctions on hackers", "The Treasury Department sanctioned two Russian nationals for their role "
        + "in cyberattacks on water utilities."))
        .containsExactly("attribution US->RU");
  }

  @Test
  void extract_liveBlogEntries_speakersDoNotCarryAcrossEntries() {
    assertThat(keys("Live: ministers meet", "13:30 - Finland's interior minister said it was too early to say who "
        + "damaged the cable.\n\n12:45 - Norway's security police on the dam sabotage. \"We assess that pro-Russian "
        + "cyber actors were behind it,\" she said."))
        .containsExactly("attribution NO->RU");
  }

  @Test
  void extract_hypotheticalAndUnnamedResearchers_areNoClaims() {
    assertThat(keys("Opinion", "If Rome names a culprit and is later proven wrong, the next accusation will be easier "
        + "to dismiss.\n\nSome researchers said the malware resembled tools used by China-linked groups."))
        .isEmpty();
  }

  @Test
  void extract_groupOfStates_eachMemberAttributes() {
    assertThat(keys("Allies blame Beijing", "The Five Eyes governments accused Chinese state hackers of breaking into "
        + "telecommunications networks."))
        .containsExactly("attribution US->CN", "attribution GB->CN", "attribution CA->CN", "attribution AU->CN",
            "attribution NZ->CN");
  }

  @Test
  void parties_titleWordsAreNotNames() {
    List<Party> people = extractor.parties("Poland blames Russia", "Deputy Minister Tomasz Wierzbicki said the GRU was "
        + "behind it. The Deputy Prime Minister and the General Assembly were told.").stream()
        .filter(p -> p.kind() == Party.Kind.PERSON).toList();
    assertThat(people).extracting(Party::name).containsExactly("Deputy Minister Tomasz Wierzbicki");
    assertThat(people.get(0).role()).isEqualTo("Deputy Minister");
  }
}
