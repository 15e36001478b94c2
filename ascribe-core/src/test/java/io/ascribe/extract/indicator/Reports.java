package io.ascribe.extract.indicator;

import java.util.Random;

/** Seeded, replayable report-like text for extraction tests: prose with indicators and look-alikes. */
final class Reports {
  private static final String[] WORDS = (
      "the actor used a loader to deploy its backdoor which connects to the command-and-control"
          + " server over HTTPS after spear-phishing e.g. U.S. Node.js version update see Figure")
      .split(" ");

  private Reports() {}

  /** Exactly {@code chars} ASCII chars, the same for the same seed. */
  static String synthetic(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(chars + 200);
    while (b.length() < chars) {
      b.append(switch (r.nextInt(24)) {
        case 0 -> (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
        case 1 -> "host" + r.nextInt(100_000) + "[.]example[.]net";
        case 2 -> "hxxps://cdn" + r.nextInt(100_000) + ".evil.com/a/b.php?id=" + r.nextInt(1000);
        case 3 -> "user" + r.nextInt(100_000) + "@mail.example.org";
        case 4 -> hex(r, 32 + 8 * r.nextInt(2)) + " " + hex(r, 64);
        case 5 -> "CVE-20" + (10 + r.nextInt(15)) + "-" + (1000 + r.nextInt(90_000));
        case 6 -> "file" + r.nextInt(100) + ".exe v" + r.nextInt(9) + "." + r.nextInt(9) + ".1 1.2.3.4.5";
        default -> WORDS[r.nextInt(WORDS.length)];
      }).append(r.nextInt(15) == 0 ? ".\n" : " ");
    }
    b.setLength(chars);
    return b.toString();
  }

  private static String hex(Random r, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(Character.forDigit(r.nextInt(16), 16));
    }
    return b.toString();
  }
}
