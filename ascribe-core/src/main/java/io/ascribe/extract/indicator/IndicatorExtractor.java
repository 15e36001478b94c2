package io.ascribe.extract.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds indicators of compromise in free text (threat reports, advisories, chat logs): IPv4 and
 * IPv6 addresses, domains, http(s) URLs, e-mail addresses, MD5/SHA-1/SHA-256/SHA-512 hashes, CVE
 * ids and ATT&amp;CK ids, in plain and defanged form, and marks those on a MISP warning list.
 *
 * <p>The rules, in short (the package overview has them all):
 *
 * <ul>
 *   <li>Defanged forms are found and refanged: {@code hxxp(s)}, {@code [.]}, {@code (.)}, {@code
 *       {.}}, {@code [dot]}, {@code [:]} and {@code [://]} in the scheme, {@code [@]} and {@code
 *       [at]} in e-mail addresses; such indicators have {@code defanged == true}.
 *   <li>A domain needs a known top-level domain; a dotted word ending in a common file extension
 *       ({@code update.exe}, {@code install.sh}) is a file name unless it is defanged or the host of
 *       a URL. Version numbers ({@code v2.0.1}) and dotted numbers other than exactly four octets
 *       ({@code 1.2.3.4.5}) are nothing.
 *   <li>A URL is reported, and its host (domain or IP) is reported again as its own indicator at
 *       the host's offset, so that host-based lookups and blocking see it. Nothing else inside a
 *       URL is reported. The domain of an e-mail address is not reported separately.
 *   <li>Hashes are runs of exactly 32, 40, 64 or 128 hex digits between word boundaries.
 *   <li>ATT&amp;CK ids are whole upper-case tokens: {@code T1059}, {@code T1059.001}, {@code
 *       TA0001}, {@code G0096}, {@code S0154}, {@code C0024}, {@code M1036}.
 * </ul>
 *
 * <p>Results come in offset order, one per (type, value): the first occurrence. The extractor is
 * immutable and thread-safe; scanning is one linear pass over the text.
 */
public final class IndicatorExtractor {
  private final WarningLists lists;

  /**
   * An extractor that marks indicators found on {@code lists}.
   *
   * @param lists the warning lists; {@link WarningLists#none()} to mark nothing
   */
  public IndicatorExtractor(WarningLists lists) {
    this.lists = Objects.requireNonNull(lists, "lists must not be null (use WarningLists.none())");
  }

  /**
   * The indicators in {@code text}, in offset order, deduplicated by (type, value) keeping the
   * first offset, each with {@code suppressedBy} set when a warning list names it.
   *
   * @param text any text; binary junk is fine, it just yields few or no indicators
   * @return an unmodifiable list
   */
  public List<Indicator> extract(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    char[] chars = text instanceof String str ? str.toCharArray() : text.toString().toCharArray();
    List<Indicator> found = new ArrayList<>();
    new IndicatorScanner(chars, found).scan();
    found.sort(Comparator.comparingInt(Indicator::offset));
    Set<String> seen = new HashSet<>();
    List<Indicator> result = new ArrayList<>(found.size());
    for (Indicator indicator : found) {
      if (seen.add(indicator.type() + '\u0000' + indicator.value())) {
        result.add(indicator.withSuppression(lists.match(indicator.type(), indicator.value())));
      }
    }
    return Collections.unmodifiableList(result);
  }
}
