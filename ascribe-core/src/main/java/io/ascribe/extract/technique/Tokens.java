package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the lower-cased word tokens the classifier sees. Values that name one
 * machine or file rather than a behaviour become placeholder tokens: URLs ({@code _url_}), e-mail
 * addresses, IP addresses, hashes, hexadecimal and decimal numbers, domains, and file-system
 * paths ({@code _path_}, keeping the file's own name, which often tells the behaviour:
 * {@code rundll32.exe}). ATT&CK ids stay whole, a sub-technique's with its parent's ({@code t1218 t1218_011}). Registry keys keep their components after a {@code _regkey_} token,
 * because "CurrentVersion\Run" is the procedure. File names also give their extension as
 * {@code _ext_dll}. Defanged forms ({@code [.]}, {@code hxxp}) are treated as their plain forms.
 */
final class Tokens {
  private Tokens() {}

  private static final Pattern DEFANG = Pattern.compile("\\[(\\.|dot|@|at|:)\\]|\\((\\.|dot)\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("\\b(?:h[xt]{2}ps?|ftp|tcp|udp)://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern IP = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?\\b");
  private static final Pattern IPV6 = Pattern.compile("\\b(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}\\b");
  private static final Pattern HASH = Pattern.compile("\\b[0-9a-fA-F]{32,128}\\b");
  private static final Pattern HEX = Pattern.compile("\\b0x[0-9a-fA-F]+\\b|\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,31}\\b");
  private static final Pattern REGISTRY = Pattern.compile(
      "\\b(?:HKLM|HKCU|HKCR|HKU|HKEY_[A-Z_]+)(?=[\\\\/:])", Pattern.CASE_INSENSITIVE);
  private static final Pattern WINDOWS_PATH = Pattern.compile(
      "(?:\\b[A-Za-z]:|%[A-Za-z_]+%|\\\\\\\\[\\w.$-]+)(?:\\\\[^\\\\\\s\"'<>|*?]+)*\\\\?");
  private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w.~])(?:~|\\.{1,2})?(?:/[\\w.@+-]+){2,}/?");
  private static final Pattern FILE = Pattern.compile(
      "\\b([\\w-]+)\\.(exe|dll|sys|ps1|psm1|bat|cmd|vbs|vbe|js|jse|hta|lnk|scr|msi|doc|docx|docm|xls|xlsx|xlsm|ppt|pptx|"
          + "rtf|pdf|zip|rar|7z|iso|img|vhd|jar|py|sh|elf|bin|dat|tmp|txt|log|ini|cfg|xml|json|html?|php|aspx?|jsp|"
          + "so|dylib|plist|apk|one|wsf|inf|cpl|ocx|drv|db|sqlite|key|pem|pfx|gz|tar|cab|chm|lock|encrypted)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DOMAIN = Pattern.compile(
      "\\b(?:[a-z0-9-]+\\.)+(?:com|net|org|info|biz|ru|cn|io|top|xyz|online|site|club|co|uk|de|us|me|tk|cc|pw|su|in|jp|kr|"
          + "ir|tw|hk|gov|edu|mil|int|live|tech|space|app|dev|cloud|link|work|ly|gl|be)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TECHNIQUE_ID = Pattern.compile("\\bT(\\d{4})(?:\\.(\\d{3}))?\\b");
  private static final Pattern FILE_TOKEN = Pattern.compile(".*\\.[a-z0-9]{1,5}");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\b");

  /**
   * The sentence's tokens, in order. Each rewrite runs only when the sentence holds a character its
   * pattern cannot match without (most sentences have no URL, path or hash), which keeps
   * tokenising cheap without changing its result.
   */
  static List<String> of(String sentence) {
    String s = sentence;
    if (s.indexOf('[') >= 0 || s.indexOf('(') >= 0) {
      s = DEFANG.matcher(s).replaceAll(m -> m.group(1) != null
          ? (m.group(1).equals("@") || m.group(1).equalsIgnoreCase("at") ? "@" : m.group(1).equals(":") ? ":" : ".")
          : ".");
    }
    if (s.contains("://")) {
      s = URL.matcher(s).replaceAll(" _url_ ");
    }
    if (s.indexOf('@') >= 0) {
      s = EMAIL.matcher(s).replaceAll(" _email_ ");
    }
    if (s.indexOf('.') >= 0 && hasDigit(s)) {
      s = IP.matcher(s).replaceAll(" _ip_ ");
    }
    if (s.indexOf(':') >= 0) {
      s = IPV6.matcher(s).replaceAll(" _ip_ ");
    }
    if (longestHexRun(s) >= 32) {
      s = HASH.matcher(s).replaceAll(" _hash_ ");
    }
    if (containsHk(s)) {
      s = REGISTRY.matcher(s).replaceAll(" _regkey_ ");
    }
    if (s.indexOf(':') >= 0 || s.indexOf('%') >= 0 || s.indexOf('\\') >= 0) {
      s = replacePaths(WINDOWS_PATH, s);
    }
    if (s.indexOf('/') >= 0) {
      s = replacePaths(UNIX_PATH, s);
    }
    if (s.indexOf('.') >= 0) {
      s = FILE.matcher(s).replaceAll(m -> " " + Matcher.quoteReplacement(m.group(1) + "." + m.group(2))
          + " _ext_" + m.group(2).toLowerCase(Locale.ROOT) + " ");
      s = DOMAIN.matcher(s).replaceAll(" _domain_ ");
    }
    if (hasDigit(s)) {
      s = HEX.matcher(s).replaceAll(" _hex_ ");
      if (s.indexOf('T') >= 0) {
        s = TECHNIQUE_ID.matcher(s).replaceAll(
            m -> " t" + m.group(1) + (m.group(2) == null ? "" : " t" + m.group(1) + "_" + m.group(2)) + " ");
      }
      s = NUMBER.matcher(s).replaceAll(" _num_ ");
    }
    return split(s.toLowerCase(Locale.ROOT));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static int longestHexRun(String s) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
        best = Math.max(best, ++run);
      } else {
        run = 0;
      }
    }
    return best;
  }

  /** Whether "hk" occurs in any case (every registry hive name starts with it). */
  private static boolean containsHk(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'h' || c == 'H') && (s.charAt(i + 1) == 'k' || s.charAt(i + 1) == 'K')) {
        return true;
      }
    }
    return false;
  }

  /** A path becomes {@code _path_} followed by its last component (the file or folder name). */
  private static String replacePaths(Pattern p, String s) {
    return p.matcher(s).replaceAll(m -> {
      String path = m.group();
      String trimmed = path.replaceAll("[\\\\/]+$", "");
      int cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
      String last = cut >= 0 ? trimmed.substring(cut + 1) : "";
      if (last.startsWith("%") || last.endsWith(":")) {
        last = "";
      }
      return Matcher.quoteReplacement(" _path_ " + last + " ");
    });
  }

  /** Words: letters, digits and '_', with '.' kept inside file names ("rundll32.exe"). */
  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char d = s.charAt(i);
        if (Character.isLetterOrDigit(d) || d == '_') {
          i++;
        } else if (d == '.' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)) && i > start) {
          i++;
        } else {
          break;
        }
      }
      String token = s.substring(start, i);
      if (token.indexOf('.') >= 0 && !FILE_TOKEN.matcher(token).matches()) {
        for (String part : token.split("\\.")) {
          if (!part.isEmpty()) {
            out.add(part);
          }
        }
      } else {
        out.add(token);
      }
    }
    return out;
  }
}
