/**
 * Indicators of compromise in free text: {@link io.ascribe.extract.indicator.IndicatorExtractor}
 * finds IPv4/IPv6 addresses, domains, http(s) URLs, e-mail addresses, MD5/SHA-1/SHA-256/SHA-512
 * hashes, CVE ids and ATT&amp;CK ids, plain or defanged, as {@link io.ascribe.extract.indicator.Indicator}s, and marks those on
 * a MISP warning list ({@link io.ascribe.extract.indicator.WarningLists}).
 *
 * <p>The rules a reader of the output should know:
 *
 * <ul>
 *   <li><b>Defanged forms</b> are found, reported with {@code defanged = true} and refanged in the
 *       value: {@code hxxp}/{@code hxxps}; dots written {@code [.]}, {@code (.)}, {@code {.}},
 *       {@code [dot]}, {@code (dot)}; the scheme separator {@code [:]//}, {@code [://]} and a port
 *       written {@code [:]8080}; at signs {@code [@]}, {@code (@)}, {@code [at]}, {@code (at)} in
 *       e-mail addresses. Forms with spaces ({@code evil [.] com}, {@code user [at] host}) and
 *       defanged IPv6 colons are not recognised.
 *   <li><b>Domains</b> need a known top-level domain (a built-in set: the ISO country codes plus
 *       common generic ones, see {@code DomainRules}). A dotted word ending in a common file
 *       extension is a file name ({@code update.exe}, {@code install.sh}, {@code libc.so}) unless
 *       it is defanged, a URL host or an e-mail domain. Internationalised (non-ASCII) names are not
 *       found.
 *   <li><b>IPv4</b> addresses are exactly four dot-separated octets of 1-3 digits, each at most 255,
 *       not part of a longer dotted number run ({@code 1.2.3.4.5}, {@code v2.0.1} are nothing);
 *       leading zeros are dropped in the value. A range {@code 10.0.0.1-10.0.0.9} gives both ends.
 *       <b>IPv6</b> addresses need two colons and a decimal digit and are written RFC 5952 style.
 *   <li><b>Hashes</b> are runs of exactly 32, 40, 64 or 128 hex digits between word boundaries, so a
 *       hash inside a longer hex or word run is none; a hash followed by a file extension ({@code
 *       <sha256>.exe}) is found. <b>CVE</b> ids are {@code CVE-}, a four-digit year, {@code -} and
 *       four or more digits, in any case; the value is upper-cased. <b>ATT&amp;CK ids</b> are whole
 *       upper-case tokens: techniques {@code T1059} and sub-techniques {@code T1059.001}, tactics
 *       {@code TA0001}, groups {@code G0096}, software {@code S0154}, campaigns {@code C0024},
 *       mitigations {@code M1036} (lower-case look-alikes are too often part numbers).
 *   <li><b>URLs</b> are http/https/hxxp/hxxps with a domain, IPv4 or bracketed IPv6 host; other
 *       schemes and bare {@code www.} links are not URLs (the latter give a domain). A URL is
 *       reported <em>and</em> its host again, as its own indicator at the host's offset; nothing
 *       else inside a URL is reported. An e-mail address's domain is not reported separately.
 *   <li>Results are in offset order and deduplicated by (type, value), keeping the first
 *       occurrence.
 * </ul>
 */
package io.ascribe.extract.indicator;
