package io.ascribe.export;

import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import java.time.Instant;
import java.util.List;

/**
 * A small hand-written claims ledger over three documents with three markings:
 *
 * <ul>
 *   <li>{@link #ADVISORY} (TLP:CLEAR, a URL): the FBI attributes APT28 to the GRU; the Kremlin
 *       denies (a denial with a matching attribution);
 *   <li>{@link #BRIEF} (TLP:RED, a file): the Dutch government attributes an intrusion against
 *       its defence network to China (no actor named);
 *   <li>{@link #PRESS} (TLP:AMBER): China's foreign ministry counter-accuses the United States and
 *       denies Volt Typhoon (a denial whose attribution the document does not contain).
 * </ul>
 */
final class StixFixtures {
  static final Instant AS_OF = Instant.parse("2025-01-15T12:00:00Z");
  static final String ADVISORY = "a".repeat(64);
  static final String BRIEF = "b".repeat(64);
  static final String PRESS = "c".repeat(64);

  private StixFixtures() {}

  static final Claim FBI_APT28 = new Claim(ClaimType.ATTRIBUTION, ClaimForm.ADVISORY, "the FBI", "US",
      "Russian military intelligence (GRU)", "RU", "APT28", null, "2024-05-02",
      "The FBI attributed the intrusions to APT28, a unit of Russian military intelligence (GRU).");
  static final Claim KREMLIN_DENIES = new Claim(ClaimType.DENIAL, ClaimForm.STATEMENT,
      "Kremlin spokesman Dmitry Peskov", "RU", "Russia", "RU", null, null, "2024-05-03",
      "Kremlin spokesman Dmitry Peskov rejected the accusations as unfounded.");
  static final Claim DUTCH_CHINA = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "the Dutch government",
      "NL", "China", "CN", null, "Dutch defence network", "2024-02-06",
      "The Dutch government said China was behind the intrusion into the Dutch defence network.");
  static final Claim CHINA_COUNTER = new Claim(ClaimType.COUNTER_ACCUSATION, ClaimForm.STATEMENT,
      "Foreign Ministry spokesperson Lin Jian", "CN", "the United States", "US", null, null, "2024-07-09",
      "Lin Jian said the United States is the world's biggest hacker empire.");
  static final Claim CHINA_DENIES = new Claim(ClaimType.DENIAL, ClaimForm.STATEMENT,
      "Foreign Ministry spokesperson Lin Jian", "CN", "China", "CN", "Volt Typhoon", null, "2024-07-09",
      "Lin Jian said Volt Typhoon is a ransomware group and China firmly opposes the groundless accusations.");

  static List<ClaimRecord> ledger() {
    return List.of(
        new ClaimRecord(FBI_APT28, ADVISORY, "Joint advisory on APT28", "https://www.example.gov/advisory/aa24", Tlp.CLEAR),
        new ClaimRecord(KREMLIN_DENIES, ADVISORY, "Joint advisory on APT28", "https://www.example.gov/advisory/aa24", Tlp.CLEAR),
        new ClaimRecord(DUTCH_CHINA, BRIEF, "Internal brief", "internal-brief.pdf", Tlp.RED),
        new ClaimRecord(CHINA_COUNTER, PRESS, "Press conference, 9 July", "Ministry press release", Tlp.AMBER),
        new ClaimRecord(CHINA_DENIES, PRESS, "Press conference, 9 July", "Ministry press release", Tlp.AMBER));
  }

  /** A builder holding the whole ledger. */
  static StixBundleBuilder ledgerBuilder() {
    StixBundleBuilder b = new StixBundleBuilder(AS_OF);
    new ClaimLedgerExport().add(b, ledger());
    return b;
  }
}
