package io.ascribe.extract.indicator;

/**
 * Parses and formats IPv4 and IPv6 addresses without touching the network ({@link
 * java.net.InetAddress#getByName} would resolve anything that is not a literal).
 *
 * <p>An IPv6 address is held as two longs, the high and the low 64 bits; an IPv4 address as a long
 * in {@code [0, 2^32)}.
 */
final class IpAddresses {
  private IpAddresses() {}

  /**
   * The IPv4 address written in {@code s[start, end)} as four dot-separated decimal octets of one
   * to three digits each, at most 255; or -1 when it is anything else.
   */
  static long parseIpv4(CharSequence s, int start, int end) {
    long value = 0;
    int p = start;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (p >= end || s.charAt(p) != '.') {
          return -1;
        }
        p++;
      }
      int digits = 0;
      int v = 0;
      while (p < end && digits < 4) {
        char c = s.charAt(p);
        if (c < '0' || c > '9') {
          break;
        }
        v = v * 10 + (c - '0');
        digits++;
        p++;
      }
      if (digits == 0 || digits > 3 || v > 255) {
        return -1;
      }
      value = (value << 8) | v;
    }
    return p == end ? value : -1;
  }

  /** Dotted-quad text of an IPv4 address. */
  static String formatIpv4(long v) {
    return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
  }

  /**
   * Parses the IPv6 address written in {@code s[start, end)} into {@code out[0]} (high 64 bits) and
   * {@code out[1]} (low 64 bits). Accepts hex groups of one to four digits, one {@code ::}, and a
   * dotted IPv4 address as the last 32 bits; no zone ids, no brackets.
   *
   * @return whether the text is a valid address
   */
  static boolean parseIpv6(CharSequence s, int start, int end, long[] out) {
    if (end - start < 2) {
      return false;
    }
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int p = start;
    if (s.charAt(p) == ':') {
      if (s.charAt(p + 1) != ':') {
        return false;
      }
      gap = 0;
      p += 2;
    }
    while (p < end) {
      int q = p;
      int v = 0;
      while (q < end && q - p < 5) {
        int h = Character.digit(s.charAt(q), 16);
        if (h < 0 || s.charAt(q) > 'f') {
          break;
        }
        v = (v << 4) | h;
        q++;
      }
      if (q == p) {
        return false;
      }
      if (q < end && s.charAt(q) == '.') {
        long v4 = count <= 6 ? parseIpv4(s, p, end) : -1;
        if (v4 < 0) {
          return false;
        }
        groups[count++] = (int) (v4 >>> 16);
        groups[count++] = (int) (v4 & 0xffff);
        p = end;
        break;
      }
      if (q - p > 4 || count == 8) {
        return false;
      }
      groups[count++] = v;
      p = q;
      if (p == end) {
        break;
      }
      if (s.charAt(p) != ':') {
        return false;
      }
      p++;
      if (p < end && s.charAt(p) == ':') {
        if (gap >= 0) {
          return false;
        }
        gap = count;
        p++;
      } else if (p == end) {
        return false;
      }
    }
    if (gap < 0) {
      if (count != 8) {
        return false;
      }
    } else {
      if (count > 7) {
        return false;
      }
      int tail = count - gap;
      System.arraycopy(groups, gap, groups, 8 - tail, tail);
      for (int i = gap; i < 8 - tail; i++) {
        groups[i] = 0;
      }
    }
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = (hi << 16) | groups[i];
      lo = (lo << 16) | groups[i + 4];
    }
    out[0] = hi;
    out[1] = lo;
    return true;
  }

  /**
   * RFC 5952 text of an IPv6 address: lower-case hex without leading zeros, the longest run of two
   * or more zero groups (the first of equal runs) written {@code ::}, and IPv4-mapped addresses as
   * {@code ::ffff:a.b.c.d}.
   */
  static String formatIpv6(long hi, long lo) {
    if (hi == 0 && (lo >>> 32) == 0xffffL) {
      return "::ffff:" + formatIpv4(lo & 0xffffffffL);
    }
    int[] g = new int[8];
    for (int i = 0; i < 4; i++) {
      g[i] = (int) (hi >>> (48 - 16 * i)) & 0xffff;
      g[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xffff;
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder b = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]));
    }
    return b.toString();
  }
}
