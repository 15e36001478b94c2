package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.util.regex.Pattern;

/**
 * Decides whether a party named in a sentence stands where an accused stands: qualifying a group
 * ("Chinese state-sponsored hackers", "Russia's GRU", "China-nexus groups"), after a backing or
 * accusation phrase ("linked to the Chinese state", "accused Kyiv", "hackers based in China"), or
 * doing a hostile deed ("Russia is targeting the Netherlands"). A party after "against", "on",
 * "targeting" is a victim, not an accused.
 */
final class AccusedPosition {
  /** A word that may qualify a group ("state-sponsored", "military"), but not a verb or a joining word. */
  private static final String MODIFIER = "(?!(?:said|says|told|added|noted|warned|that|and|or|of|to|in|on|at|by|for|the|a|an|"
      + "was|were|is|are|had|has|have|it|its|their)\\b)[\\w-]+";
  private static final Pattern GROUP_AFTER = Pattern.compile(
      "^(?:['’]s?)?(?:-(?:nexus|linked|backed|based|sponsored|aligned|affiliated|allied|controlled)\\b)?\\s*"
          + "(?:" + MODIFIER + "\\s+){0,2}?(?:state-(?:sponsored|backed|affiliated|linked)\\s+)?"
          + "(?:hackers?|hacking|groups?|actors?|spies|spy|operatives|military|intelligence|government|state|services?|"
          + "officers?|agents?|units?|team|crew|gang|cyber(?!\\s+(?:sanctions?|security|strateg\\w*|framework|polic\\w*|laws?|"
          + "defen[cs]e|diplomacy|resilience|cooperation|dialogue))|APT\\w*|threat|nationals|men|individuals|involvement|role|"
          + "operators|army|regime|agency|agencies|interference|meddling|adversar\\w+|attackers?|"
          + "employees|personas|proxies)\\b");
  /** "China-linked", "Kremlin-backed": the compound alone says whose the thing named after it is. */
  private static final Pattern LINKED_COMPOUND = Pattern.compile("^-(?:nexus|linked|backed|sponsored|aligned|affiliated|"
      + "controlled|directed|tied)\\b");
  private static final Pattern DEED_AFTER = Pattern.compile(
      "^(?:['’]s)?(?:,\\s+(?:with|along with|together with|backed by|aided by|supported by|helped by)\\b[^,]{1,60},)?"
          + "(?:,\\s+(?:he|she|it|they|officials|the \\w+) (?:said|says|added|claimed|wrote|concluded),)?"
          + "(?:,?\\s+(?:which|that|who)(?:\\s+(?:it|they|he|she)\\s+(?:said|says|claimed))?)?\\s+"
          + "(?:(?:is|are|was|were|has|have|had)\\s+)?[\"“]?(?:(?:also|increasingly|likely|probably|allegedly|"
          + "reportedly|repeatedly|almost certainly|itself|been|for years|for decades|long|directly|ultimately|"
          + "clearly)\\s+)*(?:behind|responsible|using|used|"
          + "attempting|trying|tried|pioneered|"
          + "targeting|targeted|launched|launching|conducted|conducting|carried out|carrying out|hacked|breached|stole|"
          + "conducts|conduct|carries out|launches|uses|steals|hacks|interfer\\w*|attack\\w*|fabricat\\w*|invented|spreading|"
          + "spread|waging|wages|waged|involved in|the (?:[\\w-]+ )?(?:pioneers?|masterminds?|architects?|perpetrators?|"
          + "source|sources) of)\\b");
  private static final Pattern BEFORE = Pattern.compile(
      "(?:linked to|tied to|connected to|backed by|sponsored by|steered by|controlled by|run by|directed by|"
          + "affiliated with|working for|on behalf of|(?<!(?:machines|systems|computers|networks|servers|devices|accounts|data|"
          + "companies|firms) )(?:part of|belonging to)|based in|hackers from|groups? from|"
          + "accused|accuses|accusing|blamed|blames|blaming|blame|blamed on|attributed (?:[\\w',-]+ ){0,14}?to|"
          + "(?:links|linked|linking|ties|tied|tying|connects|connected) (?:[\\w'\"“”,-]+ ){1,6}?to|"
          + "point(?:s|ed|ing)? (?:the finger )?at|(?:blamed|blames|blaming|pinned|pins|pinning) (?:[\\w'’,-]+ ){1,8}?on|"
          + "behind|responsible|(?:members|officers|agents|officials|employees|units?|hackers|spies) of|"
          + "(?:evidence|involvement|role|hand) of|(?:was|were|is|are|been) the work of|victim of (?:the )?|victims of|stop|pro|operating (?:from|out of)|"
          + "(?:carried out|conducted|launched|perpetrated|orchestrated|committed|planned|built|developed|created|designed|"
          + "deployed|written) by|"
          + "(?:with|under|by) (?:the )?(?:support|help|backing|assistance|direction) of|pointed to|points to|traced (?:back )?to|held responsible|"
          + "(?:run|operated|directed|controlled) (?:[\\w-]+ ){0,4}?from|"
          + "(?:came|comes|coming|originated|originating|originates|emanated|emanating|launched|routed|carried out|conducted|"
          + "mounted|staged) from|originated in)"
          + "[- ]\\s*[\"“]?(?:the\\s+)?$");
  private static final Pattern VICTIM_BEFORE = Pattern.compile(
      "\\b(?:against|targeting|targeted|targets|target|into|(?<!blamed |pinned )on|aimed at|hit|hitting|breached|compromised|penetrated|"
          + "pressure|(?<!(?:affiliated|associated|aligned|allied|connected|together|along|jointly) )with|defaced|disrupted|attacked|sabotaged|crippled|paralysed|paralyzed|infiltrated|struck)"
          + "\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$");
  /** "blamed the hacking campaign on the Chinese state": the party after "on" is the accused. */
  private static final Pattern BLAMED_ON = Pattern.compile(
      "\\b(?:blamed|blames|blaming|pinned|pins|pinning) (?:[\\w'’,-]+ ){1,8}?on\\s+(?:the\\s+)?$");
  private static final Pattern SERVICE = Pattern.compile(
      "(?:GRU|SVR|FSB|MSS|PLA|IRGC|Reconnaissance General Bureau|Ministry of State Security|People's Liberation Army|"
          + "Islamic Revolutionary Guard Corps|Revolutionary Guards?|Inter-Services Intelligence|ISI|Ministry of Intelligence|MOIS|"
          + "military|army)$");

  private static final Pattern HOSTILE_AFTER = Pattern.compile(
      "^(?:['’]s?)?(?:-\\w+)?\\s*(?:" + MODIFIER + "\\s+){0,2}?(?:hackers?|hacking|spies|operatives|actors?|attackers?|gang|crew|"
          + "APT\\w*)\\b");

  private AccusedPosition() {}

  /** Whether the mention qualifies hackers or a hostile group ("Russian hackers"): never a speaker. */
  static boolean hostileGroup(String s, Mention m) {
    return HOSTILE_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 60))).find();
  }

  /** Whether mention {@code m} of sentence {@code s} stands as an accused. */
  static boolean accused(String s, Mention m) {
    if (m.party().country() == null || m.party().kind() == Party.Kind.COMPANY) {
      return false;
    }
    String after = s.substring(m.end(), Math.min(s.length(), m.end() + 60));
    if (GROUP_AFTER.matcher(after).find() || DEED_AFTER.matcher(after).find() || LINKED_COMPOUND.matcher(after).find()) {
      return !victim(s, m);
    }
    if (SERVICE.matcher(m.party().name()).find()) {
      return !victim(s, m);
    }
    String before = Cues.lower(s.substring(Math.max(0, m.start() - 90), m.start()));
    return BEFORE.matcher(before).find();
  }

  /** Whether the mention is followed by a hostile deed of its own ("the United States was waging ..."). */
  static boolean doesDeed(String s, Mention m) {
    return DEED_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 60))).find();
  }

  /** Whether the mention is the object of an attack ("attacks on Russian infrastructure"). */
  static boolean victim(String s, Mention m) {
    String before = Cues.lower(s.substring(Math.max(0, m.start() - 40), m.start()));
    return VICTIM_BEFORE.matcher(before).find()
        && !BLAMED_ON.matcher(Cues.lower(s.substring(Math.max(0, m.start() - 90), m.start()))).find();
  }
}
