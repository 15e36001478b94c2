package io.ascribe.extract.indicator;

import java.util.List;
import java.util.Objects;

/**
 * One indicator of compromise found in a text: an IP address, domain, URL, e-mail address, file
 * hash or CVE id, in normalised form, with where it was found.
 *
 * @param type one of {@link #TYPES}
 * @param value the normalised value: refanged ({@code hxxp} becomes {@code http}, {@code [.]}
 *     becomes {@code .}), domains, e-mail addresses, URL schemes and hosts and hashes lower-cased,
 *     IP addresses in canonical form (IPv6 as RFC 5952), CVE ids upper-cased
 * @param offset char offset of the start of the match in the input
 * @param defanged whether the text wrote the indicator in a defanged form
 * @param suppressedBy the name of the MISP warning list the value is on, or null
 */
public record Indicator(
    String type, String value, int offset, boolean defanged, String suppressedBy) {
  /** IPv4 address in dotted-quad form without leading zeros. */
  public static final String IPV4 = "ipv4";
  /** IPv6 address in RFC 5952 form. */
  public static final String IPV6 = "ipv6";
  /** Domain name with a known top-level domain, lower case. */
  public static final String DOMAIN = "domain";
  /** http or https URL. */
  public static final String URL = "url";
  /** E-mail address, lower case. */
  public static final String EMAIL = "email";
  /** MD5 hash, 32 lower-case hex digits. */
  public static final String MD5 = "md5";
  /** SHA-1 hash, 40 lower-case hex digits. */
  public static final String SHA1 = "sha1";
  /** SHA-256 hash, 64 lower-case hex digits. */
  public static final String SHA256 = "sha256";
  /** SHA-512 hash, 128 lower-case hex digits. */
  public static final String SHA512 = "sha512";
  /** CVE id such as CVE-2021-44228. */
  public static final String CVE = "cve";
  /**
   * ATT&CK id written out: a technique or sub-technique ({@code T1059}, {@code T1059.001}), tactic
   * ({@code TA0001}), group ({@code G0096}), software ({@code S0154}), campaign ({@code C0024}) or
   * mitigation ({@code M1036}); upper case, as ATT&CK writes them.
   */
  public static final String ATTACK_ID = "attack_id";
  /** Every indicator type, in a fixed order. */
  public static final List<String> TYPES =
      List.of(IPV4, IPV6, DOMAIN, URL, EMAIL, MD5, SHA1, SHA256, SHA512, CVE, ATTACK_ID);

  /** Checks the fields; see the class description for what each holds. */
  public Indicator {
    Objects.requireNonNull(type, "type must not be null");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + TYPES + ", got '" + type + "'");
    }
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("value must be non-empty, got " + (value == null ? "null" : "''"));
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
  }

  /** Whether a warning list names this value as a likely false positive. */
  public boolean suppressed() {
    return suppressedBy != null;
  }

  /** The index of {@code type} in {@link #TYPES}; throws for an unknown type. */
  static int typeIndex(String type) {
    int i = type == null ? -1 : TYPES.indexOf(type);
    if (i < 0) {
      throw new IllegalArgumentException(
          "indicator type must be one of " + TYPES + ", got " + (type == null ? "null" : "'" + type + "'"));
    }
    return i;
  }

  /** A copy of this indicator with {@code suppressedBy} set. */
  Indicator withSuppression(String listName) {
    return listName == null ? this : new Indicator(type, value, offset, defanged, listName);
  }
}
