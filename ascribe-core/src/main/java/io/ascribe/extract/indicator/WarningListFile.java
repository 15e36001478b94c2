package io.ascribe.extract.indicator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One MISP warning-list file ({@code <name>/list.json}) as read and normalised, ready to be merged
 * into {@link WarningLists}; or the reason it cannot be used.
 *
 * <p>Entries are trimmed and lower-cased. In "string" lists an entry with a leading dot ({@code
 * .google.com}, as the google and microsoft lists write them) means the domain and its subdomains,
 * so it is filed with the hostname entries. Hostname entries lose leading and trailing dots; IPv6
 * entries are put in RFC 5952 form so they compare with extracted values. Entries are kept as
 * chars in shared arrays ({@link Entries}), not as one String each, because there are many.
 */
final class WarningListFile {
  /** List types this reader understands; others ("regex") are skipped and reported. */
  static final Set<String> SUPPORTED_TYPES = Set.of("string", "hostname", "substring", "cidr");

  final Path file;
  String name;
  String type;
  /** MISP attribute types the list applies to; empty means every type. */
  final Set<String> attributes = new HashSet<>();
  /** Why the whole file is skipped, or null. */
  String problem;
  /** A note about skipped entries of a usable file, or null. */
  String note;
  final Entries exact = new Entries();
  final Entries hosts = new Entries();
  final List<String> substrings = new ArrayList<>();
  /** CIDR blocks as {@code (hi, lo, prefix0to128, isIpv6 ? 1 : 0)} quadruples. */
  long[] cidrs = new long[0];
  int cidrCount;

  private WarningListFile(Path file) {
    this.file = file;
  }

  /** Reads and normalises one file; never throws for bad content, it sets {@link #problem}. */
  static WarningListFile read(Path file, JsonFactory json) {
    WarningListFile f = new WarningListFile(file);
    Entries raw = new Entries();
    try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
      f.parse(p, raw);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      f.problem = "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
          + at.getColumnNr()) + ": " + e.getOriginalMessage();
    } catch (IOException e) {
      f.problem = "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (f.problem == null) {
      f.normalise(raw);
    }
    return f;
  }

  private void parse(JsonParser p, Entries raw) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      problem = first == null ? "file is empty" : "top level is a JSON " + describe(first) + ", not an object";
      return;
    }
    boolean sawList = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
        case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
        case "list" -> {
          if (value != JsonToken.START_ARRAY) {
            problem = "'list' must be an array, got a JSON " + describe(value);
            return;
          }
          sawList = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
              int offset = p.getTextOffset();
              raw.add(p.getTextCharacters(), offset, offset + p.getTextLength());
            } else {
              raw.addMissing();
              p.skipChildren();
            }
          }
        }
        case "matching_attributes" -> {
          if (value == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (p.currentToken() == JsonToken.VALUE_STRING) {
                attributes.add(p.getText().strip().toLowerCase(Locale.ROOT));
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
      problem = "unexpected content after the list object";
    } else if (name == null || name.isEmpty()) {
      problem = "has no 'name' string";
    } else if (type == null || type.isEmpty()) {
      problem = "has no 'type' string";
    } else if (!sawList) {
      problem = "has no 'list' array";
    } else if (!SUPPORTED_TYPES.contains(type)) {
      problem = "type '" + type + "' is not supported (supported: cidr, hostname, string, substring)";
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  /** Lower-cases (in place), trims and files every raw entry according to the list type. */
  private void normalise(Entries raw) {
    int skipped = 0;
    String firstSkipped = null;
    char[] c = raw.chars;
    CharSequence seq = CharBuffer.wrap(c);
    long[] hiLo = new long[2];
    for (int e = 0; e < raw.count; e++) {
      int from = raw.start(e);
      int to = raw.end(e);
      boolean ok = false;
      if (from >= 0) {
        while (from < to && c[from] <= ' ') {
          from++;
        }
        while (to > from && c[to - 1] <= ' ') {
          to--;
        }
        for (int i = from; i < to; i++) {
          char ch = c[i];
          c[i] = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
        }
        ok = from < to && switch (type) {
          case "string" -> c[from] == '.' ? addHost(c, from, to) : addExact(c, from, to);
          case "hostname" -> addHost(c, from, to);
          case "substring" -> substrings.add(new String(c, from, to - from));
          default -> addCidr(seq, c, from, to, hiLo);
        };
      }
      if (!ok) {
        skipped++;
        if (firstSkipped == null) {
          int at = raw.start(e);
          firstSkipped = at < 0 ? "(not a string)" : "'" + new String(c, at, raw.end(e) - at) + "'";
        }
      }
    }
    if (skipped > 0) {
      note = "skipped " + skipped + " of " + raw.count + " entries that are "
          + (type.equals("cidr") ? "not IP addresses or CIDR blocks" : "empty or not strings")
          + " (first: " + firstSkipped + ")";
    }
  }

  private boolean addExact(char[] c, int from, int to) {
    while (to > from && c[to - 1] == '.') {
      to--;
    }
    return add(exact, c, from, to);
  }

  private boolean addHost(char[] c, int from, int to) {
    while (from < to && c[from] == '.') {
      from++;
    }
    while (to > from && c[to - 1] == '.') {
      to--;
    }
    return add(hosts, c, from, to);
  }

  private static boolean add(Entries into, char[] c, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (c[i] == ':') {
        String canonical = canonicalIpv6OrSelf(new String(c, from, to - from));
        into.add(canonical.toCharArray(), 0, canonical.length());
        return true;
      }
    }
    into.add(c, from, to);
    return true;
  }

  private boolean addCidr(CharSequence seq, char[] c, int from, int to, long[] hiLo) {
    int slash = to;
    boolean v6 = false;
    for (int i = from; i < to; i++) {
      if (c[i] == '/' && slash == to) {
        slash = i;
      } else if (c[i] == ':') {
        v6 = true;
      }
    }
    int max = v6 ? 128 : 32;
    int prefix = max;
    if (slash < to) {
      if (to - slash < 2 || to - slash > 4) {
        return false;
      }
      prefix = 0;
      for (int i = slash + 1; i < to; i++) {
        if (c[i] < '0' || c[i] > '9') {
          return false;
        }
        prefix = prefix * 10 + (c[i] - '0');
      }
      if (prefix > max) {
        return false;
      }
    }
    if (v6) {
      if (!IpAddresses.parseIpv6(seq, from, slash, hiLo)) {
        return false;
      }
    } else {
      long v4 = IpAddresses.parseIpv4(seq, from, slash);
      if (v4 < 0) {
        return false;
      }
      hiLo[0] = 0;
      hiLo[1] = v4;
      prefix += 96;
    }
    if (4 * cidrCount + 4 > cidrs.length) {
      cidrs = Arrays.copyOf(cidrs, Math.max(64, cidrs.length * 2));
    }
    cidrs[4 * cidrCount] = hiLo[0];
    cidrs[4 * cidrCount + 1] = hiLo[1];
    cidrs[4 * cidrCount + 2] = prefix;
    cidrs[4 * cidrCount + 3] = v6 ? 1 : 0;
    cidrCount++;
    return true;
  }

  /** The RFC 5952 form of {@code v} when it is an IPv6 address, else {@code v}. */
  static String canonicalIpv6OrSelf(String v) {
    long[] hiLo = new long[2];
    return IpAddresses.parseIpv6(v, 0, v.length(), hiLo) ? IpAddresses.formatIpv6(hiLo[0], hiLo[1]) : v;
  }

  /**
   * Strings held as ranges of one char array: entry {@code e} is {@code chars[start(e), end(e))};
   * an entry that was not a JSON string has {@code start(e) == -1}.
   */
  static final class Entries {
    char[] chars = new char[1 << 10];
    int[] bounds = new int[256];
    int count;
    private int used;

    void add(char[] s, int from, int to) {
      int len = to - from;
      if (used + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
      }
      System.arraycopy(s, from, chars, used, len);
      bound(used, used + len);
      used += len;
    }

    void addMissing() {
      bound(-1, -1);
    }

    private void bound(int from, int to) {
      if (2 * count + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * count] = from;
      bounds[2 * count + 1] = to;
      count++;
    }

    int start(int e) {
      return bounds[2 * e];
    }

    int end(int e) {
      return bounds[2 * e + 1];
    }

    boolean isEmpty() {
      return count == 0;
    }
  }
}
