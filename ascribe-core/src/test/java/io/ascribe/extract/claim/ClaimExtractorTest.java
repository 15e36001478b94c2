package io.ascribe.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction on hand-written articles in the styles the engine meets: joint advisories,
 * sanctions, company reports, Kremlin and Pyongyang denials, responses that accuse back, and news
 * that contains no claim at all. Keys are (type, claimant country, accused country).
 */
class ClaimExtractorTest {
  private static final Function<String, List<String>> ACTORS = s -> {
    for (String a : List.of("Volt Typhoon", "APT40", "Sandworm", "Lazarus Group")) {
      if (s.contains(a)) {
        return List.of(a);
      }
    }
    return List.of();
  };

  private static List<String> keys(String title, String text, String date) {
    return new ClaimExtractor(ACTORS).extract(title, text, date == null ? null : LocalDate.parse(date)).stream()
        .map(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .toList();
  }

  @Test
  void extract_jointAdvisory_oneAttributionPerClaimantState() {
    String text = "The United States, the United Kingdom and Australia on Thursday jointly attributed the hacking of "
        + "government networks to APT40, a group linked to China's Ministry of State Security, in a joint advisory.";
    List<Claim> claims = new ClaimExtractor(ACTORS).extract("Allies accuse China of hacking", text, LocalDate.parse("2024-07-09"));
    assertThat(claims).extracting(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .containsExactlyInAnyOrder("attribution US->CN", "attribution GB->CN", "attribution AU->CN");
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.form()).isEqualTo(ClaimForm.ADVISORY);
      assertThat(c.threatActor()).isEqualTo("APT40");
      assertThat(c.evidence()).isEqualTo(text);
      assertThat(c.date()).isEqualTo("2024-07-09");
    });
  }

  @Test
  void extract_sanctionAndKremlinDenial_attributionAndDenial() {
    String text = "The U.S. Treasury Department sanctioned two Russian nationals for their role in cyberattacks on "
        + "water utilities.\n\nKremlin spokesman Dmitry Peskov dismissed the accusations as unfounded, saying Russia "
        + "had nothing to do with the attacks.";
    List<Claim> claims = new ClaimExtractor(ACTORS).extract("US sanctions Russian hackers", text, LocalDate.parse("2024-07-19"));
    assertThat(claims).extracting(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .containsExactly("attribution US->RU", "denial RU->RU");
    assertThat(claims.get(0).form()).isEqualTo(ClaimForm.SANCTION);
    assertThat(claims.get(1).claimant()).contains("Dmitry Peskov");
  }

  @Test
  void extract_companyReport_attributesToTheNamedState() {
    String text = "Microsoft said in a report that Volt Typhoon, a Chinese state-sponsored group, targeted critical "
        + "infrastructure organizations in Guam.";
    List<Claim> claims = new ClaimExtractor(ACTORS).extract("Microsoft warns of Chinese hackers", text, LocalDate.parse("2023-05-24"));
    assertThat(claims).extracting(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .containsExactly("attribution US->CN");
    assertThat(claims.get(0).form()).isEqualTo(ClaimForm.REPORT);
    assertThat(claims.get(0).threatActor()).isEqualTo("Volt Typhoon");
  }

  @Test
  void extract_responseThatAccusesBack_isACounterAccusation() {
    String text = "Britain's National Cyber Security Centre said the GRU was behind the attacks.\n\n"
        + "Russia's foreign ministry rejected the claims as groundless and accused the United States and Britain of "
        + "conducting cyberattacks against Russian infrastructure.";
    assertThat(keys("Russia rejects British hacking claims", text, "2018-10-04"))
        .contains("attribution GB->RU", "denial RU->RU", "counter_accusation RU->US");
  }

  @Test
  void extract_northKoreanDenialByStateMedia() {
    String text = "The FBI accused North Korea of the Sony Pictures hack.\n\n"
        + "North Korea's KCNA news agency called the accusation a groundless fabrication and denied any involvement "
        + "in the cyberattack.";
    assertThat(keys("North Korea denies Sony hack", text, "2014-12-20"))
        .containsExactly("attribution US->KP", "denial KP->KP");
  }

  @Test
  void extract_newsWithoutClaims_findsNothing() {
    String text = "Researchers found a new ransomware strain that encrypts files and demands payment in bitcoin. "
        + "The malware spreads through phishing emails with malicious attachments.\n\n"
        + "Security firms advise companies to patch their systems and keep offline backups.";
    assertThat(keys("New ransomware strain spreads", text, "2024-01-05")).isEmpty();
  }

  @Test
  void extract_quoteOverSeveralSentences_belongsToTheSpeakerNamedWhereItCloses() {
    String text = "Poland's digital affairs minister said a cyberattack that came from the Russian side hit the news "
        + "agency.\n\nKremlin spokesman Dmitry Peskov was asked about the incident on Saturday. \"Russia has nothing "
        + "to do with this. We do not even know what happened,\" he said.";
    assertThat(keys("Poland blames Russia for news agency hack", text, "2024-06-01"))
        .containsExactlyInAnyOrder("attribution PL->RU", "denial RU->RU");
  }

  @Test
  void extract_rejectionByAStateNamedInTheSentence_isThatStatesDenial() {
    String text = "German authorities have accused Russia of being behind the hacking of party offices, accusations "
        + "that the Kremlin has rejected.";
    assertThat(keys("Germany accuses Russia", text, "2024-05-03"))
        .containsExactlyInAnyOrder("attribution DE->RU", "denial RU->RU");
  }

  @Test
  void extract_accusedJoinedByAnd_eachIsAccused() {
    String text = "The election commission said its voting system came under a cyberattack, and the Russian foreign "
        + "ministry blamed Ukraine and the United States.";
    assertThat(keys("Russia blames Kyiv for election hack", text, "2024-03-17"))
        .containsExactlyInAnyOrder("attribution RU->UA", "attribution RU->US");
  }

  @Test
  void extract_questionsByReportersAndOpenQuestions_areNotClaims() {
    String text = "Estonia said the attack on its tax portal came from Russia.\n\nKremlin spokesman Dmitry Peskov, "
        + "asked about the accusation by reporters in Moscow, said he knew nothing about the incident.\n\n"
        + "A Latvian official said it was too early to say who is behind the attack.";
    assertThat(keys("Estonia blames Russia for cyberattack", text, "2024-02-01"))
        .containsExactly("attribution EE->RU");
  }

  @Test
  void extract_theSpokesmanSaid_isTheStateWhoseSpokesmanSpokeBefore() {
    String text = "Iran's Foreign Ministry spokesman rejected allegations by Israel that Iranian hackers were behind "
        + "cyberattacks on water facilities.\n\nThe head of the UAE Cyber Security Council said attacks on the "
        + "country's networks were carried out by groups linked to Iran.\n\n\"The real culprit in cyberspace is the "
        + "Zionist regime, which has repeatedly attacked our fuel distribution network,\" the spokesman said.";
    assertThat(keys("Iran rejects hacking claims", text, "2023-06-20"))
        .contains("denial IR->IR", "counter_accusation IR->IL")
        .doesNotContain("counter_accusation AE->IL");
  }

  @Test
  void extract_embassySpokespersonAndHerNextQuotation_speakForTheEmbassysState() {
    String text = "WASHINGTON — Agencies from the United States accused Chinese state-backed hackers of breaking into "
        + "telecom networks.\n\nChina's embassy in Washington rejected the accusations. \"China firmly opposes all "
        + "forms of cyberattacks. The relevant claims are groundless,\" embassy spokesperson Liu Pengyu said. \"The "
        + "United States is the world's largest hacking empire and has long carried out cyberattacks against other "
        + "countries, including China.\"";
    assertThat(keys("Allies accuse Chinese hackers", text, "2025-08-28"))
        .containsExactlyInAnyOrder("attribution US->CN", "denial CN->CN", "counter_accusation CN->US");
  }

  @Test
  void extract_stateWhereChargesWereFiled_isNotAccused() {
    String text = "NAIROBI — Kenyan officials on Thursday welcomed charges filed in the United States against the "
        + "leaders of a hacking group behind attacks on government websites.";
    assertThat(keys("Kenya welcomes charges", text, "2024-10-17")).doesNotContain("attribution KE->US");
  }

  @Test
  void extract_statesThatBackAFinding_makeTheAttributionToo() {
    String text = "WannaCry, a ransomware worm, crippled parts of Britain's health service in May 2017. That December, the White House "
        + "homeland security adviser, Tom Bossert, wrote that North Korea was \"directly responsible\". Britain, "
        + "Australia and Japan backed the finding.\n\nIn February 2018 London and Washington blamed the Russian "
        + "military for NotPetya within hours of each other.";
    assertThat(keys("Naming and shaming", text, "2024-11-04"))
        .contains("attribution US->KP", "attribution GB->KP", "attribution AU->KP", "attribution JP->KP",
            "attribution GB->RU", "attribution US->RU");
  }

  @Test
  void extract_accusationOfSomethingElseInACyberStory_isNotAClaim() {
    String text = "The Philippine government said hackers based in China had tried to break into its email servers."
        + "\n\nThe Chinese embassy rejected the accusation. The embassy also accused the Philippines of hyping the "
        + "issue to smear China.";
    assertThat(keys("Manila blames Chinese hackers", text, "2023-09-05"))
        .containsExactlyInAnyOrder("attribution PH->CN", "denial CN->CN");
  }

  @Test
  void extract_speakerAtTheEnd_reportsWhatComesBefore() {
    String text = "WASHINGTON - Hackers linked to the Chinese government remain inside the networks of several "
        + "American telecommunications companies, U.S. officials said Tuesday.";
    assertThat(keys("Chinese hackers still inside US telecom networks", text, "2024-12-04"))
        .containsExactly("attribution US->CN");
  }

  @Test
  void extract_stateThatFollowsSuit_makesTheSameAttribution() {
    String text = "Britain formally accused the Russian military of carrying out the NotPetya cyber attack.\n\n"
        + "Hours later the White House followed suit.";
    assertThat(keys("Britain blames Russian military for NotPetya", text, "2018-02-15"))
        .containsExactlyInAnyOrder("attribution GB->RU", "attribution US->RU");
  }

  @Test
  void extract_stateRejectingInvolvementNobodyAlleged_isADenial() {
    String text = "The FBI said a criminal gang known as DarkSide was responsible for the ransomware attack on the "
        + "pipeline.\n\nThe Kremlin on Tuesday rejected any suggestion of involvement. Spokesman Dmitry Peskov told "
        + "reporters that Russia had \"nothing to do\" with the hacking attacks.";
    assertThat(keys("FBI names DarkSide gang in pipeline hack", text, "2021-05-11"))
        .containsExactlyInAnyOrder("attribution US->null", "denial RU->RU");
  }

  @Test
  void extract_officialsSaidMidSentence_reportWhatCameBefore() {
    String text = "NEW DELHI: Hackers working for Pakistan's military intelligence intensified their attempts to break "
        + "into Indian defence networks, senior Indian officials said on Thursday, though they insisted that no "
        + "critical systems had been compromised.";
    assertThat(keys("Pakistan-backed hackers stepped up attacks", text, "2025-05-22"))
        .containsExactly("attribution IN->PK");
  }

  @Test
  void extract_clausesJoinedByASemicolon_haveTheirOwnSpeakers() {
    String text = "In October 2020, Norway's foreign minister Ine Eriksen Soreide said Russia was responsible for a "
        + "breach of the parliament's email system; the Russian embassy in Oslo called the allegation unacceptable and "
        + "denied any involvement.";
    assertThat(keys("Finnish police tie parliament hack to APT31", text, "2024-03-27"))
        .containsExactlyInAnyOrder("attribution NO->RU", "denial RU->RU");
  }

  @Test
  void extract_unnamedSpokespersonAfterAStateResponds_speaksForThatState() {
    String text = "HELSINKI - Finland's police said the parliament hack was carried out by a group working for the "
        + "Chinese state.\n\nBeijing rejected all of it. \"China firmly opposes all forms of cyberattacks. The "
        + "accusations are groundless,\" a foreign ministry spokesperson told a regular briefing. He added that it was "
        + "the United States that was \"the world's biggest source of cyberattacks\".";
    assertThat(keys("Finnish police tie parliament hack to Chinese state group", text, "2024-03-27"))
        .containsExactlyInAnyOrder("attribution FI->CN", "denial CN->CN", "counter_accusation CN->US");
  }

  @Test
  void extract_unknownBodyOfTheStorysStateAtTheEnd_andTheEmbassysCounterAccusation() {
    String text = "MANILA - Hackers operating from China tried to break into the email systems of several government "
        + "agencies, the Department of Information and Communications Technology (DICT) said on Tuesday.\n\n"
        + "The Chinese embassy in Manila rejected the claims. \"The Philippine side should not make irresponsible "
        + "accusations without evidence,\" an embassy spokesperson said in a statement. \"China is itself one of the "
        + "main victims of cyberattacks, and the majority of those attacks come from the United States.\"";
    assertThat(keys("DICT: China-based state hackers tried to breach coast guard", text, "2024-02-13"))
        .containsExactlyInAnyOrder("attribution PH->CN", "denial CN->CN", "counter_accusation CN->US");
  }

  @Test
  void extract_linkedByAVendorAndAGovernmentSharingTheAssessment() {
    String text = "TBILISI - Georgia on Thursday formally blamed Russia's military intelligence service for a "
        + "cyberattack that defaced thousands of websites.\n\nThe Dutch government said it shared the Georgian "
        + "assessment. Sandworm has been linked by ESET, the Slovak security company, to Russia's GRU.";
    assertThat(keys("Georgia blames Russia for 2019 cyberattack", text, "2020-02-20"))
        .containsExactlyInAnyOrder("attribution GE->RU", "attribution NL->RU", "attribution SK->RU");
  }

  @Test
  void extract_establishedThat_affiliatedWith_andAPronounSpeakerInsideTheSentence() {
    String text = "The Defence Intelligence and Security Service (MIVD) and the General Intelligence and Security "
        + "Service (AIVD) have established that the Russian state hacker group Laundry Bear gained access to the "
        + "networks of four Dutch companies.\n\nIn late 2023 the FBI said the hackers who defaced water controllers "
        + "were affiliated with Iran's Revolutionary Guards.\n\nThe Israeli cyber directorate said on Sunday that its inquiry was over. The "
        + "intrusion, it said in a statement on Sunday, was the work of Iran's intelligence ministry.";
    assertThat(keys("Dutch services expose Russian hacker group", text, "2025-05-27"))
        .containsExactlyInAnyOrder("attribution NL->RU", "attribution US->IR", "attribution IL->IR");
  }

  @Test
  void extract_doesNotTargetCivilianInfrastructure_isADenial_butALookalikeFalseFlagAccusesNobody() {
    String text = "Israel's cyber directorate said hackers working for Iran had tried to poison a water plant.\n\n"
        + "Iran's mission to the United Nations said the Islamic Republic \"does not target civilian infrastructure\".\n\n"
        + "Investigators said the hackers had planted false clues to make the attack look like the work of North Korea.";
    assertThat(keys("Israel blames Iran for water plant hack", text, "2024-01-10"))
        .containsExactlyInAnyOrder("attribution IL->IR", "denial IR->IR");
  }

  @Test
  void extract_aProductsAuthorsInAnAppositive_speak() {
    String text = "The National Cyber Threat Assessment, released last week by the Canadian Centre for Cyber "
        + "Security, says China's state-sponsored cyber program is the most active threat to Canada.";
    assertThat(keys("Canada's cyber agency publishes threat assessment", text, "2024-11-03"))
        .containsExactly("attribution CA->CN");
  }

  @Test
  void extract_anAdvisoryReleasedWithPartners_isEachPartnersAttribution() {
    String text = "The US Justice Department announced charges against officers of the Russian military intelligence "
        + "unit 29155 over the WhisperGate cyberattack.\n\nThe charges were accompanied by an advisory that the FBI "
        + "released with partners in nine countries, among them the United Kingdom, Germany and Ukraine.";
    assertThat(keys("US charges Russian officers over WhisperGate", text, "2024-09-06"))
        .containsExactlyInAnyOrder("attribution US->RU", "attribution GB->RU", "attribution DE->RU",
            "attribution UA->RU");
  }

  @Test
  void extract_aQuotationsSpeakerStandsInTheSpeechVerbsClause_notInAParticipleAfterIt() {
    String text = "Washington charged five Russian officers over cyberattacks on Ukraine.\n\n"
        + "\"Russia has never conducted malicious activities in the information space,\" the Russian embassy said, "
        + "recalling statements by American officials about offensive operations in support of Ukraine.\n\n"
        + "\"Both hacking groups act on behalf of the Russian state,\" says Matej Kollar, the ESET researcher who led the work.";
    assertThat(keys("Russian embassy rejects US hacking charges", text, "2024-09-06"))
        .containsExactlyInAnyOrder("attribution US->RU", "denial RU->RU", "attribution SK->RU");
  }

  @Test
  void extract_aTitlesChinaLinkedGroup_isNotTheStorysHomeState() {
    String text = "TOKYO - The National Police Agency said on Wednesday that a hacking group known as MirrorFace, which "
        + "it believes is connected to the Chinese state, carried out more than 200 cyberattacks on Japanese organisations.";
    assertThat(keys("Police say China-linked \"MirrorFace\" ran hacking campaign against Japan", text, "2025-01-09"))
        .containsExactly("attribution JP->CN");
  }

  @Test
  void extract_membersOfACriminalGroupWithANationality_makeTheGroupTheAccused() {
    String text = "LockBit, a ransomware gang, attacked more than 2,500 victims.\n\nIn May the United States, Britain "
        + "and Australia imposed sanctions on Dmitry Khoroshev, a Russian national they identified as LockBit's leader.";
    assertThat(keys("LockBit developer on trial", text, "2025-03-05"))
        .containsExactlyInAnyOrder("attribution US->null", "attribution GB->null", "attribution AU->null");
  }

  @Test
  void extract_aCoalitionWithAnAllianceInside_andStatesThatFollowed_eachAttribute() {
    String text = "The United States, the European Union, NATO and the other Five Eyes governments, joined by Japan, "
        + "accused China's Ministry of State Security of hacking Microsoft Exchange servers.\n\nIn February 2018 London "
        + "and Washington blamed the Russian military for NotPetya within hours of each other; Australia, Denmark and Lithuania followed.";
    assertThat(keys("Naming and shaming: governments pointing the finger at hackers", text, "2024-06-01"))
        .containsExactlyInAnyOrder("attribution US->CN", "attribution EU->CN", "attribution GB->CN", "attribution CA->CN",
            "attribution AU->CN", "attribution NZ->CN", "attribution JP->CN", "attribution GB->RU", "attribution US->RU",
            "attribution AU->RU", "attribution DK->RU", "attribution LT->RU");
  }

  @Test
  void extract_aDatelineWithAnAccentNamesTheHomeState_andTheCriminalGroupStaysTheAccused() {
    String text = "SAN JOSÉ - President Rodrigo Chaves said on Monday that the Conti ransomware group was behind the "
        + "cyberattacks on 27 government institutions.\n\nEarlier this month the U.S. State Department announced "
        + "rewards of up to $10 million for information on Conti's leaders. In announcing the reward, the department "
        + "said the group was responsible for the ransomware attack against the Costa Rican government.";
    assertThat(keys("We are at war, Chaves says", text, "2022-05-16"))
        .containsExactlyInAnyOrder("attribution CR->null", "attribution US->null");
  }

  @Test
  void extract_statesOutsideTheHandWrittenListAreKnownByName_butTerritoriesAndFirstNamesAreNot() {
    assertThat(keys("Hack", "Burkina Faso accused Russia of the cyberattack on its election commission.", "2024-01-01"))
        .containsExactly("attribution BF->RU");
    assertThat(keys("Hack", "NEW DELHI - Officials said Pakistani hackers were behind the cyberattacks.", "2024-01-01"))
        .containsExactly("attribution IN->PK");
    assertThat(keys("Hack", "Chad said that Russian hackers in New Jersey were behind the cyberattack.", "2024-01-01"))
        .isEmpty();
  }

  @Test
  void extract_denouncingAState_isNoDenial_butDenouncingTheAccusationsIs() {
    String text = "\"The United States is publicly attributing the WannaCry cyber attack to North Korea,\" Bossert told "
        + "reporters. Britain and Japan, he said, had seen the analysis and \"join us in denouncing North Korea for "
        + "WannaCry.\"\n\nPyongyang denounced the accusations as a fabrication.";
    assertThat(keys("US blames North Korea for WannaCry", text, "2017-12-19"))
        .containsExactlyInAnyOrder("attribution US->KP", "denial KP->KP");
  }

  @Test
  void extract_anAdvisoryCoSignedByTheFiveEyesIntelligenceAlliance_isEachMembersAttribution() {
    String text = "The advisory was co-signed by the agencies of the Five Eyes intelligence alliance together with "
        + "Germany's BfV. It says the intrusions are carried out by companies that work for China's Ministry of State Security.";
    assertThat(keys("Salt Typhoon advisory", text, "2025-08-27"))
        .containsExactlyInAnyOrder("attribution US->CN", "attribution GB->CN", "attribution CA->CN", "attribution AU->CN",
            "attribution NZ->CN", "attribution DE->CN");
  }

  @Test
  void extract_anAccusedsHelpersAreAccusedToo_butEvadingSanctionsAccusesNobody() {
    String text = "TEHRAN - A senior Iranian official said on Thursday that the Zionist regime, with the support of the "
        + "United States, was responsible for the cyberattacks on Bank Sepah.\n\nA group calling itself Predatory "
        + "Sparrow claimed the operation, accusing the bank of financing the Revolutionary Guards and Nobitex of "
        + "helping the state evade sanctions.";
    assertThat(keys("Iran blames Israel for bank hack", text, "2025-06-19"))
        .containsExactlyInAnyOrder("attribution IR->IL", "attribution IR->US");
  }

  @Test
  void extract_aSecondSpeakerAfterWhile_andAGroupOfStatesThatDeniesNothing() {
    String text = "New Zealand blamed China for a wave of malicious cyber activity.\n\nAustralia and Japan issued their "
        + "own statements blaming China, while the European Union said the Exchange hacking had been carried out from "
        + "Chinese territory.\n\nMinister Andrew Little rejected suggestions that New Zealand had simply followed its "
        + "Five Eyes partners, saying the attribution was based on the GCSB's own assessment.";
    assertThat(keys("New Zealand names China over Exchange hack", text, "2021-07-20"))
        .containsExactlyInAnyOrder("attribution NZ->CN", "attribution AU->CN", "attribution JP->CN", "attribution EU->CN");
  }

  @Test
  void extract_anAccuserRejectingCriticism_isNoDenial_butAStateDisowningTheDeedIs() {
    String text = "New Zealand blamed China for a wave of malicious cyber activity.\n\nMinister Andrew Little rejected "
        + "suggestions that New Zealand had simply followed its partners, saying the attribution was its own.\n\n"
        + "Iran's civil defence chief blamed Israel for the attack on the fuel stations. Israel's cyber directorate later "
        + "said hackers working for Iran had hit a water plant. Iran's mission to the United Nations said the Islamic "
        + "Republic \"does not target civilian infrastructure\".";
    assertThat(keys("Cyber attribution roundup", text, "2021-07-20"))
        .containsExactlyInAnyOrder("attribution NZ->CN", "counter_accusation IR->IL", "attribution IL->IR", "denial IR->IR");
  }

  @Test
  void extract_agenciesThatJoinedTheirCounterpartsInAJointAdvisory_andStatementsSupportingTheFinding() {
    String text = "Security agencies from the Czech Republic, Finland and Poland joined their counterparts in the United "
        + "States and Japan in a joint advisory that blamed the hacking campaign on the Chinese state.";
    assertThat(keys("Salt Typhoon advisory", text, "2025-08-27"))
        .containsExactlyInAnyOrder("attribution CZ->CN", "attribution FI->CN", "attribution PL->CN", "attribution US->CN",
            "attribution JP->CN");
    String wannacry = "The US formally accused North Korea of the WannaCry attack. Australia, Canada and New Zealand "
        + "issued statements supporting the finding.";
    assertThat(keys("US blames North Korea for WannaCry", wannacry, "2017-12-19"))
        .containsExactlyInAnyOrder("attribution US->KP", "attribution AU->KP", "attribution CA->KP", "attribution NZ->KP");
  }

  @Test
  void extract_aPersonNamedBeforeTheRole_speaksForTheRolesState_andALaterHeNeedNotBeThem() {
    String text = "The Netherlands' defence minister, Ank Bijleveld, said the GRU officers had tried to hack the OPCW.\n\n"
        + "Maria Zakharova, the Russian foreign ministry spokeswoman, said Russia \"categorically rejects\" the "
        + "accusations, which she said had never been backed by evidence.\n\nA Chinese foreign ministry spokesman said "
        + "China opposes all forms of cyber-attacks and rejected what he described as groundless accusations.";
    assertThat(keys("Dutch expose GRU hacking of the OPCW", text, "2018-10-04"))
        .containsExactlyInAnyOrder("attribution NL->RU", "denial RU->RU", "denial CN->CN");
  }

  @Test
  void extract_aDollarSignAfterUsIsACurrency_andTheBankOfAStateSpeaksForIt() {
    String text = "JAKARTA: The government said on Monday that a ransomware group seeking an US$8 million payment was "
        + "behind the attack on the national data centre.\n\nIn 2022, the Bank of Zambia said a criminal ransomware group "
        + "known as Hive had broken into some of its systems.";
    assertThat(keys("Ransomware gang behind data centre attack", text, "2024-06-24"))
        .containsExactlyInAnyOrder("attribution ID->null", "attribution ZM->null");
  }

  @Test
  void extract_aStateAccusedInTheStoryAttributingToAThirdState_isNotAnswering() {
    String text = "The European Union on Thursday sanctioned Russian and Chinese hackers.\n\n"
        + "Russia and China on Friday denounced the European Union's first sanctions over cyberattacks. Zakharova "
        + "said the largest number of cyberattacks against Russian resources come from the territory of the United "
        + "States.\n\nIn December 2017 the United States formally blamed North Korea for WannaCry.";
    assertThat(keys("Russia and China denounce EU cyber sanctions", text, "2020-07-31"))
        .contains("attribution US->KP", "denial RU->RU", "denial CN->CN")
        .doesNotContain("counter_accusation US->KP", "attribution CN->EU");
  }

  @Test
  void extract_clausesJoinedByCommaAnd_haveTheirOwnSubjects_andSimilarStatementsEndorse() {
    String text = "In December 2017 the White House formally attributed the WannaCry ransomware outbreak to North Korea, "
        + "and the United Kingdom, Australia and Japan issued statements supporting the finding.\n\nGermany said the "
        + "GRU hacked the SPD's email accounts. The Czech Republic and Poland issued similar statements about attacks on "
        + "their ministries.";
    assertThat(keys("North Korea rejects US hacking allegations", text, "2025-03-03"))
        .containsExactlyInAnyOrder("attribution US->KP", "attribution GB->KP", "attribution AU->KP", "attribution JP->KP",
            "attribution DE->RU", "attribution CZ->RU", "attribution PL->RU");
  }

  @Test
  void extract_aDisinformationCampaignIsATopic_notARejection_andRunFromMinskAccuses() {
    String text = "A hacking and disinformation campaign that has targeted politicians in Poland for years is run at "
        + "least in part from Minsk, the US cybersecurity company Mandiant said on Tuesday.";
    assertThat(keys("Mandiant links Ghostwriter hacking campaign to Belarusian government", text, "2021-11-17"))
        .containsExactly("attribution US->BY");
  }

  @Test
  void extract_anAccusedStatesOfficialsPointingToOthersAndCallingThemThePioneersOfCyberwarfare_counterAccuse() {
    String text = "US prosecutors charged three members of the Islamic Revolutionary Guard Corps with hacking the Trump "
        + "campaign.\n\nIran rejected the charges. \"The United States and the Zionist regime are the pioneers of "
        + "cyberwarfare,\" foreign ministry spokesman Esmaeil Baghaei said.\n\nIranian officials have also pointed to "
        + "Israel as a source of attacks on their fuel stations.";
    assertThat(keys("Iran rejects US hacking charges", text, "2024-09-30"))
        .containsExactlyInAnyOrder("attribution US->IR", "denial IR->IR", "counter_accusation IR->US",
            "counter_accusation IR->IL");
  }

  @Test
  void extract_aSpeakerAfterAConjunction_andACriminalGroupsDeedInACriminalStory() {
    String text = "UnitedHealth Group has confirmed that the ransomware gang known as BlackCat was behind the outage.\n\n"
        + "The FBI said in December that BlackCat and its affiliates had compromised more than 1,000 organizations.\n\n"
        + "The breach came days after the Canadian Centre for Cyber Security said Scattered Spider, a criminal group, was "
        + "attacking airlines.\n\nExperts said utilities are attractive targets for both criminals and state-sponsored actors.";
    assertThat(keys("UnitedHealth confirms BlackCat ransomware gang behind outage", text, "2024-03-01"))
        .containsExactlyInAnyOrder("attribution US->null", "attribution CA->null");
  }

  @Test
  void extract_anAccusedBeforeAParentheticalSpeaker_andAMinistryInAStatementCarriedByStateMedia() {
    String text = "Tom Bossert, the homeland security adviser, made the attribution official this week. North Korea, he "
        + "said, was directly responsible for the WannaCry ransomware attack.\n\nIn a statement carried by the official KCNA news agency, a "
        + "foreign ministry spokesman rejected the accusation as absurd.";
    assertThat(keys("Washington names North Korea as author of WannaCry", text, "2017-12-22"))
        .containsExactlyInAnyOrder("attribution US->KP", "denial KP->KP");
  }

  @Test
  void extract_speakersTellingWhatTheAccusedGroupDid_attributeItAgain() {
    String text = "In May 2023 Microsoft said a Chinese state-sponsored hacking group had gained access to critical "
        + "infrastructure in Guam.\n\nIn February, Britain's National Cyber Security Centre said the group had "
        + "pre-positioned itself inside the IT networks of water and energy operators.";
    assertThat(keys("Volt Typhoon: what we know", text, "2024-03-01"))
        .containsExactlyInAnyOrder("attribution US->CN", "attribution GB->CN");
  }

  @Test
  void extract_dateInSentence_usesItWithThePublicationYear() {
    String text = "China's foreign ministry spokesperson Mao Ning said on March 26 that the accusations by the "
        + "United States and Britain were groundless and that China firmly opposes all forms of cyberattacks.";
    List<Claim> claims = new ClaimExtractor(ACTORS).extract("China rejects hacking claims", text, LocalDate.parse("2024-03-27"));
    assertThat(claims).extracting(c -> c.type().id() + " " + c.claimantCountry() + "->" + c.accusedCountry())
        .containsExactlyInAnyOrder("attribution US->CN", "attribution GB->CN", "denial CN->CN");
    assertThat(claims).allSatisfy(c -> assertThat(c.date()).isEqualTo("2024-03-26"));
  }

  @Test
  void sentences_abbreviationsAndQuotes_splitOnlyAtSentenceEnds() {
    assertThat(io.ascribe.extract.text.SentenceSplitter.STANDARD.split("The U.S. government said so. \"It is false,\" he said. Then Mr. Li left."))
        .containsExactly("The U.S. government said so.", "\"It is false,\" he said.", "Then Mr. Li left.");
  }
}
