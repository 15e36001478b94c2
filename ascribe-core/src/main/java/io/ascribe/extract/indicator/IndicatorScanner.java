package io.ascribe.extract.indicator;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The one-pass scanner behind {@link IndicatorExtractor}: walks the text once, left to right, and
 * reports every indicator it recognises, in text order, without suppression or deduplication.
 *
 * <p>It skips everything that is not a letter or digit with one table lookup per char. At a
 * letter or digit it reads a <em>token</em>: labels of {@code [A-Za-z0-9_-]} joined by dots or
 * defanged dots ({@code [.]}, {@code (.)}, {@code {.}}, {@code [dot]}, {@code (dot)}), then decides
 * what the token is (e-mail local part, CVE id, hash, IPv4 address, domain, or nothing) and goes on
 * after it. Two prefixes are tried before the token: {@code http}/{@code hxxp} for URLs and a short
 * hex group followed by {@code :} for IPv6. Every loop moves forward, so the work is linear in the
 * input whatever it holds. Not thread-safe: one scanner per call.
 */
final class IndicatorScanner {
  private static final byte ALNUM = 1;
  private static final byte DIGIT = 2;
  private static final byte HEX = 4;
  private static final byte WORD = 8;
  private static final byte URL = 16;
  private static final byte LOCAL = 32;
  /** Character classes of ASCII; every char from 128 up has none. */
  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = ALNUM | DIGIT | HEX | WORD | URL | LOCAL;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      byte hex = c <= 'f' ? HEX : 0;
      CLASS[c] = (byte) (ALNUM | WORD | URL | LOCAL | hex);
      CLASS[c - 32] = (byte) (ALNUM | WORD | URL | LOCAL | hex);
    }
    CLASS['_'] = WORD | URL | LOCAL;
    for (char c : ".-%+".toCharArray()) {
      CLASS[c] = URL | LOCAL;
    }
    for (char c : "~:/?#[]@!$&()*,;=".toCharArray()) {
      CLASS[c] = URL;
    }
  }

  private final char[] s;
  private final CharSequence seq;
  private final int n;
  private final List<Indicator> out;
  private final Labels token = new Labels();
  private final Labels other = new Labels();
  private final long[] v6 = new long[2];

  IndicatorScanner(char[] text, List<Indicator> out) {
    this.s = text;
    this.seq = CharBuffer.wrap(text);
    this.n = text.length;
    this.out = out;
  }

  /** Scans the whole text, adding what it finds to the output list. */
  void scan() {
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (!is(c, ALNUM)) {
        if (c == ':' && i + 2 < n && s[i + 1] == ':') {
          int e = ipv6At(i);
          if (e > i) {
            i = e;
            continue;
          }
        }
        i++;
        continue;
      }
      int e;
      if ((c == 'h' || c == 'H') && (e = urlAt(i)) > i) {
        i = e;
      } else if (is(c, HEX) && (e = ipv6At(i)) > i) {
        i = e;
      } else {
        i = tokenAt(i);
      }
    }
  }

  // ---- tokens: e-mail, CVE, ATT&CK ids, hashes, IPv4, domains

  private int tokenAt(int i) {
    Labels t = token;
    scanLabels(t, i, true);
    int end = t.end;
    int at = atLength(end);
    if (at > 0) {
      int e = emailAt(end, at);
      if (e > 0) {
        return e;
      }
    }
    cve(t);
    attackId(t);
    hashes(t);
    long v4 = ipv4(t);
    if (v4 >= 0) {
      emit(Indicator.IPV4, IpAddresses.formatIpv4(v4), i, t.defanged);
    } else if (isDomain(t, false)) {
      emit(Indicator.DOMAIN, domainValue(t), i, t.defanged);
    }
    return end;
  }

  /**
   * Reads labels from {@code start} (a letter or digit) into {@code t}. A {@code -} belongs to a
   * label when a letter, digit or another {@code -} follows; with {@code breakDigitDash}, a
   * {@code -} between digits ends the token while every label so far is all digits, so that the
   * range {@code 10.0.0.1-10.0.0.9} is two addresses.
   */
  private void scanLabels(Labels t, int start, boolean breakDigitDash) {
    t.reset(start);
    int p = start;
    boolean allDigits = true;
    while (true) {
      int from = p;
      boolean digits = true;
      while (p < n) {
        char c = s[p];
        if (is(c, WORD)) {
          if (!is(c, DIGIT)) {
            digits = false;
          }
          p++;
        } else if (c == '-' && p + 1 < n && (is(s[p + 1], ALNUM) || s[p + 1] == '-')) {
          if (breakDigitDash && digits && allDigits && is(s[p + 1], DIGIT)) {
            break;
          }
          digits = false;
          p++;
        } else {
          break;
        }
      }
      t.add(from, p, digits);
      allDigits &= digits;
      int d = dotLength(p);
      if (d == 0) {
        break;
      }
      if (d > 1) {
        t.defanged = true;
      }
      p += d;
    }
    t.end = p;
  }

  /**
   * Length of the dot at {@code p} when a letter or digit follows it: 1 for {@code .}, 3 for
   * {@code [.]}, {@code (.)}, {@code {.}}, 5 for {@code [dot]}, {@code (dot)}, {@code {dot}} (any
   * case); else 0.
   */
  private int dotLength(int p) {
    if (p >= n) {
      return 0;
    }
    char c = s[p];
    if (c == '.') {
      return p + 1 < n && is(s[p + 1], ALNUM) ? 1 : 0;
    }
    char close = closing(c);
    if (close == 0) {
      return 0;
    }
    if (p + 3 < n && s[p + 1] == '.' && s[p + 2] == close && is(s[p + 3], ALNUM)) {
      return 3;
    }
    if (p + 5 < n && lower(s[p + 1]) == 'd' && lower(s[p + 2]) == 'o' && lower(s[p + 3]) == 't'
        && s[p + 4] == close && is(s[p + 5], ALNUM)) {
      return 5;
    }
    return 0;
  }

  /**
   * Length of the at sign at {@code p} when a letter or digit follows it: 1 for {@code @}, 3 for
   * {@code [@]}, {@code (@)}, {@code @} in curly brackets, 4 for {@code [at]}, {@code (at)},
   * {@code {at}} (any case); else 0.
   */
  private int atLength(int p) {
    if (p >= n) {
      return 0;
    }
    char c = s[p];
    if (c == '@') {
      return p + 1 < n && is(s[p + 1], ALNUM) ? 1 : 0;
    }
    char close = closing(c);
    if (close == 0) {
      return 0;
    }
    if (p + 3 < n && s[p + 1] == '@' && s[p + 2] == close && is(s[p + 3], ALNUM)) {
      return 3;
    }
    if (p + 4 < n && lower(s[p + 1]) == 'a' && lower(s[p + 2]) == 't' && s[p + 3] == close
        && is(s[p + 4], ALNUM)) {
      return 4;
    }
    return 0;
  }

  /**
   * An e-mail address whose local part ends with the current token at {@code atPos}; the local
   * part also takes the chars {@code [A-Za-z0-9._%+-]} just before the token. Returns the end of
   * the domain, or -1 when no valid domain follows the at sign.
   */
  private int emailAt(int atPos, int atLength) {
    Labels local = token;
    scanLabels(other, atPos + atLength, false);
    if (!isDomain(other, true)) {
      return -1;
    }
    int from = local.start;
    int limit = Math.max(0, from - 64);
    while (from > limit && is(s[from - 1], LOCAL)) {
      from--;
    }
    while (from < local.start && !is(s[from], ALNUM)) {
      from++;
    }
    StringBuilder b = new StringBuilder(other.end - from);
    appendLower(b, from, local.start);
    for (int k = 0; k < local.count; k++) {
      if (k > 0) {
        b.append('.');
      }
      appendLower(b, local.from[k], local.to[k]);
    }
    b.append('@');
    appendDomain(b, other);
    emit(Indicator.EMAIL, b.toString(), from, local.defanged || other.defanged || atLength > 1);
    return other.end;
  }

  /** {@code CVE-yyyy-nnnn} (four or more digits) at the start of the token, any case. */
  private void cve(Labels t) {
    int f = t.from[0];
    int to = t.to[0];
    if (to - f < 13 || lower(s[f]) != 'c' || lower(s[f + 1]) != 'v' || lower(s[f + 2]) != 'e'
        || s[f + 3] != '-' || s[f + 8] != '-' || (f > 0 && is(s[f - 1], WORD))) {
      return;
    }
    for (int p = f + 4; p < f + 8; p++) {
      if (!is(s[p], DIGIT)) {
        return;
      }
    }
    int p = f + 9;
    while (p < to && is(s[p], DIGIT)) {
      p++;
    }
    if (p - (f + 9) < 4 || (p < to && s[p] != '-')) {
      return;
    }
    emit(Indicator.CVE, "CVE-" + new String(s, f + 4, p - f - 4), f, false);
  }

  /**
   * An ATT&CK id as the whole token: {@code T}, {@code TA}, {@code G}, {@code S}, {@code C} or
   * {@code M} and four digits, upper case (lower-case look-alikes are too often something else);
   * a technique may have a three-digit sub-technique after a dot.
   */
  private void attackId(Labels t) {
    int f = t.from[0];
    int to = t.to[0];
    int prefix = to - f - 4;
    if ((prefix != 1 && prefix != 2) || t.defanged || t.count > 2) {
      return;
    }
    char c = s[f];
    boolean tactic = prefix == 2 && c == 'T' && s[f + 1] == 'A';
    if (!tactic && (prefix != 1 || "TGSCM".indexOf(c) < 0)) {
      return;
    }
    for (int p = to - 4; p < to; p++) {
      if (!is(s[p], DIGIT)) {
        return;
      }
    }
    if (t.count == 2) {
      if (c != 'T' || tactic || t.to[1] - t.from[1] != 3 || !t.digits[1]) {
        return;
      }
      to = t.to[1];
    }
    emit(Indicator.ATTACK_ID, new String(s, f, to - f), f, false);
  }

  /**
   * MD5, SHA-1, SHA-256 and SHA-512 hashes: runs of exactly 32, 40, 64 or 128 hex digits inside the token's
   * labels, between word boundaries (a {@code -}, a dot or the token's ends; never a letter, digit
   * or underscore, so a hash inside a longer hex or word run is not one).
   */
  private void hashes(Labels t) {
    for (int k = 0; k < t.count; k++) {
      int from = t.from[k];
      int to = t.to[k];
      if (to - from < 32) {
        continue;
      }
      int w = from;
      while (w < to) {
        int e = w;
        boolean hex = true;
        while (e < to && s[e] != '-') {
          hex &= is(s[e], HEX);
          e++;
        }
        int len = e - w;
        boolean boundary = w > t.start || w == 0 || !is(s[w - 1], WORD);
        String type = !hex || !boundary ? null : switch (len) {
          case 32 -> Indicator.MD5;
          case 40 -> Indicator.SHA1;
          case 64 -> Indicator.SHA256;
          case 128 -> Indicator.SHA512;
          default -> null;
        };
        if (type != null) {
          StringBuilder b = new StringBuilder(len);
          appendLower(b, w, e);
          emit(type, b.toString(), w, false);
        }
        w = e + 1;
      }
    }
  }

  /** The IPv4 address the token is (four labels of 1-3 digits, each at most 255), or -1. */
  private long ipv4(Labels t) {
    if (t.count != 4) {
      return -1;
    }
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int from = t.from[k];
      int to = t.to[k];
      if (!t.digits[k] || to - from > 3) {
        return -1;
      }
      int octet = 0;
      for (int p = from; p < to; p++) {
        octet = octet * 10 + (s[p] - '0');
      }
      if (octet > 255) {
        return -1;
      }
      v = (v << 8) | octet;
    }
    return v;
  }

  /**
   * Whether the token is a domain: two or more labels of letters, digits and inner hyphens, each
   * at most 63 chars, 253 in all, the last a known top-level domain; and, unless {@code
   * hostContext} (URL host, e-mail domain) or the token is defanged, the last label not a common
   * file extension (see {@link DomainRules}).
   */
  private boolean isDomain(Labels t, boolean hostContext) {
    int count = t.count;
    if (count < 2) {
      return false;
    }
    int tldFrom = t.from[count - 1];
    int tldTo = t.to[count - 1];
    if (!DomainRules.isTld(s, tldFrom, tldTo)) {
      return false;
    }
    int length = count - 1;
    for (int k = 0; k < count; k++) {
      int from = t.from[k];
      int to = t.to[k];
      if (to - from > 63 || s[to - 1] == '-') {
        return false;
      }
      for (int p = from; p < to; p++) {
        if (s[p] == '_') {
          return false;
        }
      }
      length += to - from;
    }
    if (length > 253) {
      return false;
    }
    return hostContext || t.defanged || !DomainRules.isFileExtension(s, tldFrom, tldTo);
  }

  private String domainValue(Labels t) {
    StringBuilder b = new StringBuilder(t.end - t.start);
    appendDomain(b, t);
    return b.toString();
  }

  private void appendDomain(StringBuilder b, Labels t) {
    for (int k = 0; k < t.count; k++) {
      if (k > 0) {
        b.append('.');
      }
      appendLower(b, t.from[k], t.to[k]);
    }
  }

  // ---- URLs

  /**
   * An http(s) URL at {@code i}: scheme {@code http}, {@code https}, {@code hxxp} or {@code hxxps}
   * (any case), then {@code ://}, {@code [:]//} or {@code [://]}, then a host that is a domain, an
   * IPv4 address or a bracketed IPv6 address, an optional port, and a path of URL chars without
   * its trailing punctuation or unbalanced closing brackets. Reports the URL and, separately, its
   * host. Returns the end of the URL, or -1 when there is none here.
   */
  private int urlAt(int i) {
    if ((i > 0 && is(s[i - 1], WORD)) || i + 4 >= n) {
      return -1;
    }
    char a = lower(s[i + 1]);
    char b = lower(s[i + 2]);
    boolean defanged;
    if (a == 't' && b == 't') {
      defanged = false;
    } else if (a == 'x' && b == 'x') {
      defanged = true;
    } else {
      return -1;
    }
    if (lower(s[i + 3]) != 'p') {
      return -1;
    }
    int p = i + 4;
    boolean secure = lower(s[p]) == 's';
    if (secure) {
      p++;
    }
    int sep = schemeSeparator(p);
    if (sep == 0) {
      return -1;
    }
    defanged |= sep > 3;
    p += sep;
    int hostStart = p;
    String hostType;
    String hostValue;
    int hostOffset;
    boolean hostDefanged;
    if (p < n && s[p] == '[') {
      int close = -1;
      for (int q = p + 1; q < n && q < p + 48; q++) {
        if (s[q] == ']') {
          close = q;
          break;
        }
      }
      if (close < 0 || !IpAddresses.parseIpv6(seq, p + 1, close, v6)) {
        return -1;
      }
      hostType = Indicator.IPV6;
      hostValue = IpAddresses.formatIpv6(v6[0], v6[1]);
      hostOffset = p + 1;
      hostDefanged = false;
      p = close + 1;
    } else if (p < n && is(s[p], ALNUM)) {
      scanLabels(other, p, false);
      long v4 = ipv4(other);
      if (v4 >= 0) {
        hostType = Indicator.IPV4;
        hostValue = IpAddresses.formatIpv4(v4);
      } else if (isDomain(other, true)) {
        hostType = Indicator.DOMAIN;
        hostValue = domainValue(other);
      } else {
        return -1;
      }
      hostOffset = hostStart;
      hostDefanged = other.defanged;
      p = other.end;
    } else {
      return -1;
    }
    int hostEnd = p;
    int portFrom = -1;
    if (p + 1 < n && s[p] == ':' && is(s[p + 1], DIGIT)) {
      portFrom = p + 1;
    } else if (p + 3 < n && s[p] == '[' && s[p + 1] == ':' && s[p + 2] == ']' && is(s[p + 3], DIGIT)) {
      portFrom = p + 3;
      defanged = true;
    }
    if (portFrom > 0) {
      p = portFrom;
      while (p < n && is(s[p], DIGIT)) {
        p++;
      }
    }
    int pathFrom = p;
    if (p < n && (s[p] == '/' || s[p] == '?' || s[p] == '#')) {
      while (p < n && is(s[p], URL)) {
        p++;
      }
    }
    int end = trimUrlEnd(pathFrom, p);
    StringBuilder v = new StringBuilder(end - i + 8);
    v.append(secure ? "https://" : "http://");
    if (hostType.equals(Indicator.IPV6)) {
      v.append('[').append(hostValue).append(']');
    } else {
      v.append(hostValue);
    }
    if (portFrom > 0) {
      v.append(':').append(s, portFrom, pathFrom - portFrom);
    }
    defanged |= appendRefanged(v, pathFrom, end);
    emit(Indicator.URL, v.toString(), i, defanged || hostDefanged);
    emit(hostType, hostValue, hostOffset, hostDefanged);
    return Math.max(end, hostEnd);
  }

  /** Length of {@code ://}, {@code [:]//}, {@code [://]} or {@code (:)//} at {@code p}, else 0. */
  private int schemeSeparator(int p) {
    if (p + 2 < n && s[p] == ':' && s[p + 1] == '/' && s[p + 2] == '/') {
      return 3;
    }
    if (p + 4 < n) {
      char c = s[p];
      char close = closing(c);
      if (close != 0 && s[p + 1] == ':') {
        if (s[p + 2] == close && s[p + 3] == '/' && s[p + 4] == '/') {
          return 5;
        }
        if (s[p + 2] == '/' && s[p + 3] == '/' && s[p + 4] == close) {
          return 5;
        }
      }
    }
    return 0;
  }

  /** Drops trailing punctuation and unbalanced closing brackets from the URL path. */
  private int trimUrlEnd(int from, int end) {
    int open = 0;
    int closed = 0;
    int openSquare = 0;
    int closedSquare = 0;
    for (int p = from; p < end; p++) {
      switch (s[p]) {
        case '(' -> open++;
        case ')' -> closed++;
        case '[' -> openSquare++;
        case ']' -> closedSquare++;
        default -> { }
      }
    }
    while (end > from) {
      char c = s[end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*') {
        end--;
      } else if (c == ')' && closed > open) {
        end--;
        closed--;
      } else if (c == ']' && closedSquare > openSquare) {
        end--;
        closedSquare--;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Appends {@code s[from, to)} with bracketed defangs ({@code [.]}, {@code [dot]}, {@code [:]},
   * {@code [@]}, also in round and curly brackets) replaced; returns whether it replaced any.
   */
  private boolean appendRefanged(StringBuilder b, int from, int to) {
    boolean replaced = false;
    for (int p = from; p < to; p++) {
      char c = s[p];
      char close = closing(c);
      if (close != 0) {
        if (p + 2 < to && s[p + 2] == close && (s[p + 1] == '.' || s[p + 1] == ':' || s[p + 1] == '@')) {
          b.append(s[p + 1]);
          p += 2;
          replaced = true;
          continue;
        }
        if (p + 4 < to && s[p + 4] == close && lower(s[p + 1]) == 'd' && lower(s[p + 2]) == 'o'
            && lower(s[p + 3]) == 't') {
          b.append('.');
          p += 4;
          replaced = true;
          continue;
        }
      }
      b.append(c);
    }
    return replaced;
  }

  // ---- IPv6

  /**
   * An IPv6 address at {@code i} (which is {@code ::} or a hex group of at most four digits
   * followed by {@code :}), not glued to a word, a colon or a dot before it or to a word after it,
   * with at least two colons and one decimal digit (so {@code std::vector} and {@code dead::beef}
   * are not addresses). Returns its end, or -1.
   */
  private int ipv6At(int i) {
    if (i > 0) {
      char before = s[i - 1];
      if (is(before, WORD) || before == ':' || before == '.') {
        return -1;
      }
    }
    if (s[i] != ':') {
      int h = i;
      while (h < n && h - i < 5 && is(s[h], HEX)) {
        h++;
      }
      if (h - i > 4 || h >= n || s[h] != ':') {
        return -1;
      }
    }
    int limit = Math.min(n, i + 46);
    int p = i;
    int colons = 0;
    boolean digit = false;
    while (p < limit) {
      char c = s[p];
      if (c == ':') {
        colons++;
      } else if (is(c, HEX)) {
        digit |= is(c, DIGIT);
      } else if (c != '.') {
        break;
      }
      p++;
    }
    if (p < n && (is(s[p], WORD) || (p == limit && (s[p] == ':' || s[p] == '.')))) {
      return -1;
    }
    int e = p;
    if (s[e - 1] == '.') {
      e--;
    }
    if (e - i >= 2 && s[e - 1] == ':' && s[e - 2] != ':') {
      e--;
    }
    if (!digit || colons < 2 || !IpAddresses.parseIpv6(seq, i, e, v6)) {
      return -1;
    }
    emit(Indicator.IPV6, IpAddresses.formatIpv6(v6[0], v6[1]), i, false);
    return e;
  }

  // ---- helpers

  private void emit(String type, String value, int offset, boolean defanged) {
    out.add(new Indicator(type, value, offset, defanged, null));
  }

  private void appendLower(StringBuilder b, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = s[p];
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
  }

  private static boolean is(char c, int flags) {
    return c < 128 && (CLASS[c] & flags) != 0;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The closing bracket for an opening square, round or curly one, else 0. */
  private static char closing(char c) {
    return switch (c) {
      case '[' -> ']';
      case '(' -> ')';
      case '{' -> '}';
      default -> 0;
    };
  }

  /** The labels of one token: where each starts and ends, and whether it is all digits. */
  private static final class Labels {
    int start;
    int end;
    int count;
    boolean defanged;
    int[] from = new int[8];
    int[] to = new int[8];
    boolean[] digits = new boolean[8];

    void reset(int at) {
      start = at;
      end = at;
      count = 0;
      defanged = false;
    }

    void add(int labelFrom, int labelTo, boolean allDigits) {
      if (count == from.length) {
        from = Arrays.copyOf(from, count * 2);
        to = Arrays.copyOf(to, count * 2);
        digits = Arrays.copyOf(digits, count * 2);
      }
      from[count] = labelFrom;
      to[count] = labelTo;
      digits[count] = allDigits;
      count++;
    }
  }
}
