package io.ascribe.cli.serve;

import io.ascribe.access.Role;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** The name a token gets when none is given: {@code token-<role>-<yyyyMMdd-HHmmss>}, made unique. */
final class TokenNames {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private TokenNames() {}

  /** A name for a new {@code role} token made at {@code now}, with "-2", "-3" ... when {@code taken} has it. */
  static String generate(Role role, LocalDateTime now, Set<String> taken) {
    String base = "token-" + role.id() + "-" + STAMP.format(now);
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
