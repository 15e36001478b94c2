package io.ascribe.server.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where to send a browser after signing in (the {@code next} parameter): a path on this site, or
 * {@code /}. Browsers drop tabs and newlines from a {@code Location} and read a backslash as a
 * slash, so {@code /\t/evil.com} and {@code /\evil.com} both mean {@code //evil.com}, another host.
 * A path is kept only when it starts with a single {@code /}, is printable ASCII (no control
 * characters, spaces or backslashes), and its percent-decoded form has no control characters or
 * backslashes and does not start with {@code //} either. Anything else, and the login page itself
 * (which would strand the user there), gives {@code /}.
 */
final class NextPath {
  static final String HOME = "/";
  private static final int MAX_LENGTH = 2000;

  private NextPath() {}

  /** {@code next} when it is a safe path on this site, otherwise {@code /}. */
  static String of(String next) {
    return isSafe(next) ? next : HOME;
  }

  /** True when {@code next} may be sent as a {@code Location}. */
  static boolean isSafe(String next) {
    if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !onThisSite(next)) {
      return false;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '\\') {
        return false;
      }
    }
    String decoded = percentDecoded(next);
    if (decoded == null || !onThisSite(decoded)) {
      return false;
    }
    return decoded.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\\');
  }

  /** One leading slash, not two (which names a host), and not the login page. */
  private static boolean onThisSite(String path) {
    return path.startsWith("/") && !path.startsWith("//") && !path.equals("/login") && !path.startsWith("/login?")
        && !path.startsWith("/login/");
  }

  /** {@code s} with every {@code %XX} decoded as UTF-8, or null when an escape is malformed. */
  private static String percentDecoded(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%') {
        out.write(c);
        continue;
      }
      if (i + 2 >= s.length()) {
        return null;
      }
      int hi = Character.digit(s.charAt(i + 1), 16);
      int lo = Character.digit(s.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
