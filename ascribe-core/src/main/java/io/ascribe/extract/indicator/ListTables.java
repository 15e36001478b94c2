package io.ascribe.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lookup tables behind {@link WarningLists}: every list's entries merged into one exact
 * table, one hostname table, two CIDR structures and one substring automaton, each entry mapped
 * to the (ascending) indexes of the lists holding it, plus which lists apply to which indicator
 * type. Built once from {@link WarningListFile}s in list order; read-only and thread-safe after.
 */
final class ListTables {
  /** MISP attribute types that make a list apply to each of {@link Indicator#TYPES}, in order. */
  private static final List<Set<String>> ATTRIBUTES = List.of(
      Set.of("ip-src", "ip-dst", "ip-src|port", "ip-dst|port", "domain|ip", "ip"),
      Set.of("ip-src", "ip-dst", "ip-src|port", "ip-dst|port", "domain|ip", "ip"),
      Set.of("domain", "hostname", "domain|ip", "hostname|port"),
      Set.of("url", "uri", "link"),
      Set.of("email", "email-src", "email-dst", "target-email", "whois-registrant-email",
          "dns-soa-email", "email-reply-to"),
      Set.of("md5", "filename|md5", "x509-fingerprint-md5", "malware-sample"),
      Set.of("sha1", "filename|sha1", "x509-fingerprint-sha1"),
      Set.of("sha256", "filename|sha256", "x509-fingerprint-sha256"),
      Set.of("sha512", "filename|sha512"),
      Set.of("vulnerability"),
      Set.of());
  private static final int IPV4 = 0;
  private static final int IPV6 = 1;
  private static final int DOMAIN = 2;
  private static final int URL = 3;
  private static final int EMAIL = 4;

  /** Names of the lists, by list index. */
  final List<String> names;
  /** Files skipped or partly skipped, with the reason. */
  final List<String> problems;
  /** {@code applies[type][list]}: whether the list applies to that indicator type. */
  private final boolean[][] applies;
  private final StringTable exact;
  private final StringTable hosts;
  private final CidrRanges ipv4;
  private final CidrRanges ipv6;
  private final SubstringTrie substrings;
  /** Per type: whether any applicable list has exact, hostname or substring entries at all. */
  private final boolean[] anyExact;
  private final boolean[] anyHost;
  private final boolean[] anySubstring;

  private ListTables(Builder b) {
    this.names = List.copyOf(b.names);
    this.problems = List.copyOf(b.problems);
    this.applies = new boolean[Indicator.TYPES.size()][];
    for (int t = 0; t < applies.length; t++) {
      applies[t] = new boolean[names.size()];
      for (int l = 0; l < names.size(); l++) {
        applies[t][l] = b.applies.get(l)[t];
      }
    }
    this.exact = b.exact.trim();
    this.hosts = b.hosts.trim();
    this.ipv4 = b.ipv4.build();
    this.ipv6 = b.ipv6.build();
    this.substrings = b.substrings.build();
    this.anyExact = any(b.exactLists);
    this.anyHost = any(b.hostLists);
    this.anySubstring = any(b.substringLists);
  }

  /** Merges the files, in order; a file with a problem is reported and left out. */
  static ListTables build(List<WarningListFile> files) {
    Builder b = new Builder();
    for (WarningListFile f : files) {
      if (f.problem != null) {
        b.problems.add(f.file + ": " + f.problem + "; list skipped");
        continue;
      }
      if (f.note != null) {
        b.problems.add(f.file + ": " + f.note);
      }
      b.add(f);
    }
    return new ListTables(b);
  }

  private boolean[] any(List<Integer> lists) {
    boolean[] any = new boolean[applies.length];
    for (int t = 0; t < applies.length; t++) {
      for (int l : lists) {
        any[t] |= applies[t][l];
      }
    }
    return any;
  }

  /**
   * The index of the first list holding {@code v} (trimmed, lower case) as an indicator of type
   * index {@code t}, or -1; the order of the checks is described on {@link WarningLists}.
   */
  int find(int t, String v) {
    boolean[] ok = applies[t];
    int hit = exact(t, v, ok);
    if (hit >= 0) {
      return hit;
    }
    switch (t) {
      case IPV4, IPV6 -> hit = ip(v, ok);
      case DOMAIN -> hit = parentDomains(t, v, ok);
      case URL -> {
        String host = urlHost(v);
        if (host != null) {
          hit = exact(t, host, ok);
          if (hit < 0) {
            hit = isIpLiteral(host) ? ip(host, ok) : parentDomains(t, host, ok);
          }
        }
      }
      case EMAIL -> {
        int at = v.lastIndexOf('@');
        hit = at < 0 ? -1 : parentDomains(t, v.substring(at + 1), ok);
      }
      default -> { }
    }
    return hit >= 0 || !anySubstring[t] ? hit : substrings.first(v, ok);
  }

  private int exact(int t, String v, boolean[] ok) {
    int hit = anyExact[t] ? ListIndexSets.first(exact.get(v), ok) : -1;
    if (hit < 0 && anyExact[t] && v.indexOf(':') >= 0) {
      String canonical = WarningListFile.canonicalIpv6OrSelf(v);
      if (!canonical.equals(v)) {
        hit = ListIndexSets.first(exact.get(canonical), ok);
      }
    }
    return hit >= 0 || !anyHost[t] ? hit : ListIndexSets.first(hosts.get(v), ok);
  }

  private int ip(String v, boolean[] ok) {
    long v4 = IpAddresses.parseIpv4(v, 0, v.length());
    if (v4 >= 0) {
      return ipv4.lookup(0, v4, ok);
    }
    long[] hiLo = new long[2];
    return IpAddresses.parseIpv6(v, 0, v.length(), hiLo) ? ipv6.lookup(hiLo[0], hiLo[1], ok) : -1;
  }

  /** Hostname entries for {@code domain} and each parent domain, nearest first. */
  private int parentDomains(int t, String domain, boolean[] ok) {
    if (!anyHost[t]) {
      return -1;
    }
    String d = domain;
    while (true) {
      int hit = ListIndexSets.first(hosts.get(d), ok);
      if (hit >= 0) {
        return hit;
      }
      int dot = d.indexOf('.');
      if (dot < 0) {
        return -1;
      }
      d = d.substring(dot + 1);
    }
  }

  private static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The host of a URL (no user, no port, IPv6 without brackets), or null. */
  static String urlHost(String url) {
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    int to = from;
    while (to < url.length() && "/?#".indexOf(url.charAt(to)) < 0) {
      to++;
    }
    String authority = url.substring(from, to);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? null : authority.substring(1, close);
    }
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    return host.isEmpty() ? null : host;
  }

  /** Collects the files' entries, list by list. */
  private static final class Builder {
    final List<String> names = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<boolean[]> applies = new ArrayList<>();
    final StringTable exact = new StringTable();
    final StringTable hosts = new StringTable();
    final CidrRanges.Builder ipv4 = new CidrRanges.Builder(true);
    final CidrRanges.Builder ipv6 = new CidrRanges.Builder(false);
    final SubstringTrie substrings = new SubstringTrie();
    final List<Integer> exactLists = new ArrayList<>();
    final List<Integer> hostLists = new ArrayList<>();
    final List<Integer> substringLists = new ArrayList<>();
    final ListIndexSets sets = new ListIndexSets();

    void add(WarningListFile f) {
      int l = names.size();
      names.add(f.name);
      boolean[] forType = new boolean[Indicator.TYPES.size()];
      for (int t = 0; t < forType.length; t++) {
        forType[t] = f.attributes.isEmpty() || f.attributes.stream().anyMatch(ATTRIBUTES.get(t)::contains);
      }
      applies.add(forType);
      for (int e = 0; e < f.exact.count; e++) {
        exact.add(f.exact.chars, f.exact.start(e), f.exact.end(e), l, sets);
      }
      for (int e = 0; e < f.hosts.count; e++) {
        hosts.add(f.hosts.chars, f.hosts.start(e), f.hosts.end(e), l, sets);
      }
      for (String e : f.substrings) {
        substrings.add(e, l);
      }
      if (!f.exact.isEmpty()) {
        exactLists.add(l);
      }
      if (!f.hosts.isEmpty()) {
        hostLists.add(l);
      }
      if (!f.substrings.isEmpty()) {
        substringLists.add(l);
      }
      long[] c = f.cidrs;
      for (int k = 0; k < f.cidrCount; k++) {
        (c[4 * k + 3] == 1 ? ipv6 : ipv4).add(c[4 * k], c[4 * k + 1], (int) c[4 * k + 2], l);
      }
    }
  }
}
