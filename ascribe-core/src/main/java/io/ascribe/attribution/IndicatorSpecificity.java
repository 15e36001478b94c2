package io.ascribe.attribution;

import io.ascribe.table.TsvTable;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.indicator.WarningLists;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How specific an indicator is to one operator, in [0, 1]: the share of its overlap with a corpus
 * sighting that is evidence at all. A file hash (or certificate fingerprint) and a dedicated domain
 * are the operator's own (1.0); an e-mail address nearly so (0.9); an IP address may be shared
 * hosting or re-assigned (0.5), and one in a cloud provider's published ranges is shared hosting
 * (0.2); a subdomain of shared hosting or a paste service (0.3) or of a dynamic-DNS provider (0.15) is
 * cheap to get and passes between users; a sinkhole, or a value any other MISP warning list marks as
 * well known (public resolvers, top sites, private ranges), is nobody's infrastructure (0).
 *
 * <p>Domains are looked up in the resource {@code infrastructure-suffixes.tsv} (which says where
 * such lists come from) and, when loaded, in the MISP warning lists. The values are choices, not
 * fitted: the benchmark has too few recurring indicators to learn them from.
 */
final class IndicatorSpecificity {
  /** One indicator's specificity with the reason an explanation shows. */
  record Specificity(double weight, String type, String reason) {}

  static final double FILE_HASH = 1.0;
  static final double DEDICATED_DOMAIN = 1.0;
  static final double EMAIL = 0.9;
  static final double IP = 0.5;
  static final double CLOUD_IP = 0.2;
  static final double SHARED_HOSTING = 0.3;
  static final double DYNAMIC_DNS = 0.15;

  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern CLOUD_LIST = Pattern.compile(
      "(?i).*(amazon|aws|azure|google cloud|gcp|oracle cloud|ovh|cloudflare ip|akamai|fastly|stackpath|digitalocean"
          + "|hosting|cdn).*");
  private static final Map<String, String[]> SUFFIXES = loadSuffixes();

  private final WarningLists lists;

  IndicatorSpecificity(WarningLists lists) {
    this.lists = lists;
  }

  /** The indicator's type as {@link Indicator#TYPES} names it (hashes all as {@code sha256}'s kin). */
  static String type(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (HEX.matcher(v).matches() && (v.length() == 32 || v.length() == 40 || v.length() == 64 || v.length() == 128)) {
      return v.length() == 32 ? Indicator.MD5 : v.length() == 40 ? Indicator.SHA1
          : v.length() == 64 ? Indicator.SHA256 : Indicator.SHA512;
    }
    if (IPV4.matcher(v).matches()) {
      return Indicator.IPV4;
    }
    if (v.startsWith("http://") || v.startsWith("https://")) {
      return Indicator.URL;
    }
    if (v.indexOf('@') > 0) {
      return Indicator.EMAIL;
    }
    if (v.indexOf(':') >= 0 && v.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
      return Indicator.IPV6;
    }
    return Indicator.DOMAIN;
  }

  /** The host of a URL or the domain of an e-mail address, lower case; null for other types. */
  static String host(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    String type = type(v);
    if (type.equals(Indicator.EMAIL)) {
      return v.substring(v.lastIndexOf('@') + 1);
    }
    if (type.equals(Indicator.URL)) {
      try {
        String h = URI.create(v.replace(" ", "%20")).getHost();
        return h == null ? null : h.toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The specificity of an indicator value. */
  Specificity of(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    String type = type(v);
    switch (type) {
      case Indicator.MD5, Indicator.SHA1, Indicator.SHA256, Indicator.SHA512 -> {
        String listed = lists.match(type, v);
        return listed != null ? new Specificity(0, type, "on the MISP warning list '" + listed + "'")
            : new Specificity(FILE_HASH, type, "file hash or certificate fingerprint");
      }
      case Indicator.IPV4, Indicator.IPV6 -> {
        String listed = lists.match(type, v);
        if (listed == null) {
          return new Specificity(IP, type, "IP address (may be shared hosting or re-assigned)");
        }
        if (listed.toLowerCase(Locale.ROOT).contains("sinkhole")) {
          return new Specificity(0, type, "a sinkhole ('" + listed + "')");
        }
        return CLOUD_LIST.matcher(listed).matches()
            ? new Specificity(CLOUD_IP, type, "shared hosting: in '" + listed + "'")
            : new Specificity(0, type, "on the MISP warning list '" + listed + "'");
      }
      default -> {
        String host = type.equals(Indicator.DOMAIN) ? v : host(v);
        Specificity byHost = host == null ? null : hostSpecificity(host, type);
        if (byHost != null) {
          return byHost;
        }
        String listed = lists.match(type, v);
        if (listed != null) {
          return listed(type, listed);
        }
        return switch (type) {
          case Indicator.EMAIL -> new Specificity(EMAIL, type, "e-mail address");
          case Indicator.URL -> new Specificity(DEDICATED_DOMAIN, type, "URL on a dedicated host");
          default -> new Specificity(DEDICATED_DOMAIN, type, "dedicated domain");
        };
      }
    }
  }

  /** What the suffix table or the warning lists say of a host, or null when neither knows it. */
  private Specificity hostSpecificity(String host, String type) {
    for (String h = host; h != null; h = parent(h)) {
      String[] entry = SUFFIXES.get(h);
      if (entry != null) {
        return switch (entry[0]) {
          case "ddns" -> new Specificity(DYNAMIC_DNS, type, "dynamic-DNS provider's subdomain (" + entry[1] + ")");
          case "sinkhole" -> new Specificity(0, type, "a sinkhole (" + entry[1] + ")");
          default -> new Specificity(SHARED_HOSTING, type, "shared hosting (" + entry[1] + ")");
        };
      }
    }
    if (IPV4.matcher(host).matches()) {
      String listed = lists.match(Indicator.IPV4, host);
      return listed == null ? new Specificity(IP, type, "URL on a bare IP address") : listed(type, listed);
    }
    String listed = lists.match(Indicator.DOMAIN, host);
    return listed == null ? null : listed(type, listed);
  }

  private static Specificity listed(String type, String listName) {
    String lower = listName.toLowerCase(Locale.ROOT);
    if (lower.contains("dynamic dns")) {
      return new Specificity(DYNAMIC_DNS, type, "dynamic-DNS provider's subdomain ('" + listName + "')");
    }
    if (lower.contains("sinkhole")) {
      return new Specificity(0, type, "a sinkhole ('" + listName + "')");
    }
    return new Specificity(0, type, "on the MISP warning list '" + listName + "'");
  }

  private static String parent(String host) {
    int dot = host.indexOf('.');
    return dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
  }

  private static Map<String, String[]> loadSuffixes() {
    Map<String, String[]> out = new HashMap<>();
    for (TsvTable.Row row : TsvTable.resource(IndicatorSpecificity.class, "infrastructure-suffixes.tsv").rows()) {
      if (row.size() != 3 || !Set.of("ddns", "sinkhole", "hosting").contains(row.get(0))) {
        throw row.error("expected 'ddns|sinkhole|hosting<TAB>suffix<TAB>provider', got '" + row.text() + "'");
      }
      out.put(row.get(1).toLowerCase(Locale.ROOT), new String[] {row.get(0), row.get(2)});
    }
    return Map.copyOf(out);
  }
}
