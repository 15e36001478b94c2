package io.ascribe.store.technique;

import io.ascribe.digest.Sha256;
import io.ascribe.extract.technique.ProcedureExamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The SHA-256 of what a technique model learns from the knowledge base: its procedure examples
 * (technique and text) and technique names, in sorted order, so that reading them in another
 * order gives the same digest.
 */
final class ProcedureDigest {
  private ProcedureDigest() {}

  static String of(ProcedureExamples procedures) {
    List<String> lines = new ArrayList<>();
    for (ProcedureExamples.Example e : procedures.examples()) {
      lines.add("example\t" + e.technique() + "\t" + e.text());
    }
    procedures.techniqueNames().forEach((id, name) -> lines.add("name\t" + id + "\t" + name));
    lines.sort(null);
    MessageDigest sha = Sha256.newDigest();
    for (String line : lines) {
      sha.update(line.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return Sha256.finish(sha);
  }
}
