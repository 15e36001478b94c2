package io.ascribe.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small hand-written knowledge sources for unit tests.
 *
 * <ul>
 *   <li>{@code mini-attack.json}: a STIX 2.0 bundle shaped like ATT&CK: groups G9001 "Alpha
 *       Panda", G9002 "Beta Bear", G9003 "Gamma Bear", a revoked G9004 "Old Alpha" (revoked by
 *       G9001), campaign C9001, techniques T9001 and T9001.001, malware S9001, tool S9002, an
 *       unknown {@code x-custom-thing}, and cited relationships.
 *   <li>{@code mini-threat-actor.json}: a MISP threat-actor galaxy whose "Grizzly Name" is claimed
 *       by both Beta Bear and Gamma Bear, and whose "Delta Spider" claims ATT&CK's "Coffee Bean".
 *   <li>{@code mini-procedures.json}: a STIX 2.1 bundle with ATT&CK procedure examples, enough to
 *       train a technique model in a second: group G9101 "Procedure Panda" and six described
 *       {@code uses} of each of T1059.001 "PowerShell" and T1003.001 "LSASS Memory".
 * </ul>
 */
public final class Fixtures {
  /** The STIX fixture's file name. */
  public static final String MINI_ATTACK = "mini-attack.json";
  /** The MISP fixture's file name. */
  public static final String MINI_THREAT_ACTOR = "mini-threat-actor.json";
  /** The procedure-examples fixture's file name. */
  public static final String MINI_PROCEDURES = "mini-procedures.json";

  private Fixtures() {}

  /** The text of a fixture. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a fixture into {@code dir} and returns its path. */
  public static Path write(Path dir, String name) {
    return write(dir, name, text(name));
  }

  /** Writes {@code content} as {@code dir/name} and returns its path. */
  public static Path write(Path dir, String name, String content) {
    try {
      Files.createDirectories(dir);
      Path p = dir.resolve(name);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
