package io.ascribe.extract.indicator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which last labels make a dotted word a domain name: a small built-in set of top-level domains,
 * and the file extensions that make it a file name instead.
 *
 * <p>The top-level domains are every ISO 3166 two-letter country code (from {@link
 * Locale#getISOCountries()}), the few country-code domains that are not ISO codes ({@code uk},
 * {@code eu}, {@code ac}, {@code su}), the original generic domains, and the newer generic domains
 * common in threat reports. It is not the full IANA list on purpose: the many new generic domains
 * that are English words ({@code .how}, {@code .now}, {@code .you}, {@code .new}) would turn every
 * missing space after a full stop into an indicator.
 *
 * <p><b>File names.</b> Some country codes and generic domains are also common file extensions
 * ({@code .sh}, {@code .py}, {@code .ps}, {@code .md}, {@code .rs}, {@code .so}, {@code .zip},
 * {@code .mov}, {@code .one}). A plain dotted word ending in one of {@link #FILE_EXTENSIONS} is a
 * file name, not a domain ({@code install.sh}, {@code libc.so}); it is a domain only when written
 * defanged ({@code transfer[.]sh}) or as the host of a URL or the domain of an e-mail address
 * ({@code https://transfer.sh/x}). {@code .pl} is deliberately not on the list: Polish domains are
 * more common in reports than Perl file names.
 */
final class DomainRules {
  private DomainRules() {}

  /** Generic and non-ISO country-code top-level domains accepted besides the ISO country codes. */
  private static final String GENERIC =
      "com net org info biz gov edu mil int arpa io co ai app dev xyz top online site shop store"
          + " tech club live cloud space website icu vip pro name mobi asia tel travel jobs aero"
          + " coop museum cat link click win bid loan work party date download stream racing"
          + " review science trade accountant cricket faith men gdn kim lol mom monster rest"
          + " cyou cfd sbs bond quest buzz fun fit life world today news email network services"
          + " solutions support systems tools zone agency digital studio media group company"
          + " center host press blog page one wiki chat social run ltd llc inc cam best"
          + " zip mov onion bit uk eu ac su";

  /** File extensions that turn a plain dotted word into a file name; see the class description. */
  static final Set<String> FILE_EXTENSIONS = Set.of(
      "exe", "dll", "sys", "scr", "msi", "bat", "cmd", "ps1", "psm1", "psd1", "vbs",
      "vbe", "js", "jse", "wsf", "hta", "lnk", "jar", "class", "py", "pyc", "sh", "bash", "rb",
      "php", "asp", "aspx", "jsp", "html", "htm", "xml", "json", "yaml", "yml", "ini", "cfg",
      "conf", "log", "txt", "csv", "md", "rtf", "doc", "docx", "docm", "xls", "xlsx", "xlsm",
      "ppt", "pptx", "pdf", "zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz", "iso", "img",
      "vhd", "vhdx", "dmg", "apk", "ipa", "elf", "bin", "so", "dylib", "dat", "tmp", "bak", "png",
      "jpg", "jpeg", "gif", "bmp", "ico", "svg", "mp3", "mp4", "avi", "mov", "wav", "c", "h",
      "cpp", "cs", "go", "rs", "java", "kt", "swift", "ts", "css", "lua", "ps", "eml", "msg",
      "one", "chm", "cab", "xll", "iqy", "slk", "pem", "key", "crt");

  /** Accepted top-level domains, lower case. */
  static final Set<String> TLDS = buildTlds();

  private static Set<String> buildTlds() {
    Set<String> tlds = new HashSet<>();
    for (String cc : Locale.getISOCountries()) {
      tlds.add(cc.toLowerCase(Locale.ROOT));
    }
    for (String g : GENERIC.split(" ")) {
      tlds.add(g);
    }
    return Set.copyOf(tlds);
  }

  /** Whether {@code s[start, end)}, compared ignoring ASCII case, is a known top-level domain. */
  static boolean isTld(char[] s, int start, int end) {
    int len = end - start;
    if (len < 2 || len > 10) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return TLDS.contains(lower(s, start, end));
  }

  /** Whether {@code s[start, end)} (already a known TLD) is also a common file extension. */
  static boolean isFileExtension(char[] s, int start, int end) {
    return FILE_EXTENSIONS.contains(lower(s, start, end));
  }

  private static String lower(char[] s, int start, int end) {
    char[] b = new char[end - start];
    for (int i = 0; i < b.length; i++) {
      char c = s[start + i];
      b[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(b);
  }
}
