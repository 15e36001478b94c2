package io.ascribe.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Indicator extraction: every type, defanged forms, look-alikes, robustness. */
class IndicatorExtractorTest {
  private final IndicatorExtractor extractor = new IndicatorExtractor(WarningLists.none());

  private List<Indicator> extract(String text) {
    return extractor.extract(text);
  }

  @Test
  void extract_everyType_foundWithValueAndOffset() {
    String text = "C2 185.220.101.4 and 2001:db8:85a3::8a2e:370:7334 resolve bad-domain.example.ru;"
        + " payload from https://cdn.evil.com:8443/a/b.php?id=7 sent by ops@phish.co.uk."
        + " MD5 D41D8CD98F00B204E9800998ECF8427E, SHA1 da39a3ee5e6b4b0d3255bfef95601890afd80709,"
        + " SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 (cve-2021-44228).";

    List<Indicator> found = extract(text);

    assertThat(found)
        .extracting(Indicator::type, Indicator::value, Indicator::offset, Indicator::defanged)
        .containsExactly(
            tuple("ipv4", "185.220.101.4", text.indexOf("185.220"), false),
            tuple("ipv6", "2001:db8:85a3::8a2e:370:7334", text.indexOf("2001:"), false),
            tuple("domain", "bad-domain.example.ru", text.indexOf("bad-domain"), false),
            tuple("url", "https://cdn.evil.com:8443/a/b.php?id=7", text.indexOf("https"), false),
            tuple("domain", "cdn.evil.com", text.indexOf("cdn.evil"), false),
            tuple("email", "ops@phish.co.uk", text.indexOf("ops@"), false),
            tuple("md5", "d41d8cd98f00b204e9800998ecf8427e", text.indexOf("D41D"), false),
            tuple("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", text.indexOf("da39"), false),
            tuple("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                text.indexOf("e3b0"), false),
            tuple("cve", "CVE-2021-44228", text.indexOf("cve-"), false));
    assertThat(found).allSatisfy(i -> assertThat(i.suppressedBy()).isNull());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "hxxp://evil.com/x             | url    | http://evil.com/x",
    "hXXps://evil.com/x            | url    | https://evil.com/x",
    "http[:]//evil.com/x           | url    | http://evil.com/x",
    "hxxps[://]evil.com/x          | url    | https://evil.com/x",
    "http://evil.com[:]8080/x      | url    | http://evil.com:8080/x",
    "http://evil.com/a[.]php       | url    | http://evil.com/a.php",
    "evil[.]com                    | domain | evil.com",
    "evil(.)com                    | domain | evil.com",
    "evil{.}com                    | domain | evil.com",
    "evil[dot]com                  | domain | evil.com",
    "evil(DOT)com                  | domain | evil.com",
    "203.0.113[.]9                 | ipv4   | 203.0.113.9",
    "203[.]0[.]113[.]9             | ipv4   | 203.0.113.9",
    "jane[@]evil.com               | email  | jane@evil.com",
    "jane[at]evil[.]com            | email  | jane@evil.com",
    "jane(at)evil.com              | email  | jane@evil.com",
    "jane(@)evil.com               | email  | jane@evil.com"
  })
  void extract_defangedForm_isRefangedAndFlagged(String text, String type, String value) {
    assertThat(extract("see " + text + " now"))
        .filteredOn(i -> i.type().equals(type))
        .extracting(Indicator::value, Indicator::offset, Indicator::defanged)
        .containsExactly(tuple(value, 4, true));
  }

  @Test
  void extract_defangedUrl_reportsHostSeparatelyWithItsOwnOffset() {
    String text = "beacon to hxxps://update.evil[.]net/gate ok";

    assertThat(extract(text))
        .extracting(Indicator::type, Indicator::value, Indicator::offset, Indicator::defanged)
        .containsExactly(
            tuple("url", "https://update.evil.net/gate", 10, true),
            tuple("domain", "update.evil.net", 18, true));
  }

  @Test
  void extract_plainHostOfDefangedScheme_hostNotFlagged() {
    assertThat(extract("hxxp://1.2.3.4/x"))
        .extracting(Indicator::type, Indicator::value, Indicator::defanged)
        .containsExactly(tuple("url", "http://1.2.3.4/x", true), tuple("ipv4", "1.2.3.4", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "update.exe", "report.pdf", "invoice.docx", "loader.dll", "stage.ps1", "run.bat", "install.sh",
    "script.py", "page.html", "shell.php", "notes.txt", "logo.png", "photo.jpg", "bundle.js",
    "archive.zip", "data.rar", "libc.so", "README.md", "1.2.3.4.5", "v2.0.1", "2.0.1", "3.14",
    "10.0.0", "1.2.3.256", "999.1.1.1", "e.g.", "i.e.", "U.S.", "Node.js", "0.0.0.0.0", "12:30:45",
    "00:1a:2b:3c:4d:5e", "std::vector", "dead::beef", "a_b.com", "-evil-.com_x", "CVE-2021-123",
    "CVE-21-44228"
  })
  void extract_fileNameVersionOrDottedNumber_findsNothing(String text) {
    assertThat(extract("the file " + text + " was seen")).isEmpty();
  }

  @Test
  void extract_fileNameDefangedOrInUrl_isDomain() {
    assertThat(extract("transfer[.]sh and https://paste.sh/raw and install.sh"))
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            tuple("domain", "transfer.sh"),
            tuple("url", "https://paste.sh/raw"),
            tuple("domain", "paste.sh"));
  }

  @Test
  void extract_hashInsideLongerHexRun_rejected() {
    String md5 = "d41d8cd98f00b204e9800998ecf8427e";
    String text = "a" + md5 + " " + md5 + "0 " + md5 + md5.substring(0, 10) + " x_" + md5 + " 0x" + md5
        + " " + md5.substring(1) + " " + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85";

    assertThat(extract(text)).isEmpty();
  }

  @Test
  void extract_hashBetweenNonWordChars_found() {
    String a = "0cc175b9c0f1b6a831c399e269772661";
    String b = "900150983cd24fb0d6963f7d28e17f72";
    String c = "d41d8cd98f00b204e9800998ecf8427e";
    String text = "(" + a + ") " + b.toUpperCase() + ".exe sample-" + c + ":";

    assertThat(extract(text))
        .extracting(Indicator::type, Indicator::value, Indicator::offset)
        .containsExactly(
            tuple("md5", a, 1), tuple("md5", b, text.indexOf(b.toUpperCase())), tuple("md5", c, text.indexOf(c)));
  }

  @Test
  void extract_sha512_found() {
    String sha512 = "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
        + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";
    String text = "Empty-input SHA-512: " + sha512.toUpperCase(java.util.Locale.ROOT) + ".";

    assertThat(extract(text)).extracting(Indicator::type, Indicator::value, Indicator::offset)
        .containsExactly(tuple("sha512", sha512, text.indexOf("CF83")));
  }

  @Test
  void extract_attackIds_foundAsWholeUpperCaseTokens() {
    String text = "APT41 (G0096) used T1059.001 and T1105 under TA0011, with S0154; C0024; M1036. "
        + "Not ids: t1059, T10590, T1059.01, T1059.001.002, XT1059, S0154x, TA001, G096, V1234.";

    assertThat(extract(text)).extracting(Indicator::type, Indicator::value, Indicator::offset)
        .containsExactly(
            tuple("attack_id", "G0096", text.indexOf("G0096")),
            tuple("attack_id", "T1059.001", text.indexOf("T1059.001")),
            tuple("attack_id", "T1105", text.indexOf("T1105")),
            tuple("attack_id", "TA0011", text.indexOf("TA0011")),
            tuple("attack_id", "S0154", text.indexOf("S0154")),
            tuple("attack_id", "C0024", text.indexOf("C0024")),
            tuple("attack_id", "M1036", text.indexOf("M1036")));
  }

  @Test
  void extract_repeatedValue_keepsFirstOffsetOnly() {
    String text = "EVIL.com then evil[.]com then evil.com and 1.2.3.4 and 1.2.3.4";

    assertThat(extract(text))
        .extracting(Indicator::type, Indicator::value, Indicator::offset, Indicator::defanged)
        .containsExactly(
            tuple("domain", "evil.com", 0, false), tuple("ipv4", "1.2.3.4", text.indexOf("1.2.3.4"), false));
  }

  @Test
  void extract_ipRangeAndPortAndLeadingZeros_normalised() {
    assertThat(extract("10.0.0.1-10.0.0.9 1.2.3.4:443 010.001.002.003"))
        .extracting(Indicator::value, Indicator::offset)
        .containsExactly(tuple("10.0.0.1", 0), tuple("10.0.0.9", 9), tuple("1.2.3.4", 18),
            tuple("10.1.2.3", 30));
  }

  @Test
  void extract_ipv6Forms_canonicalised() {
    String text = "::1, FE80::0:1%eth0 [2001:DB8:0:0:0:0:0:1] ::ffff:192.0.2.1 http://[2001:db8::7]:80/x";

    assertThat(extract(text))
        .extracting(Indicator::type, Indicator::value)
        .containsExactly(
            tuple("ipv6", "::1"), tuple("ipv6", "fe80::1"), tuple("ipv6", "2001:db8::1"),
            tuple("ipv6", "::ffff:192.0.2.1"), tuple("url", "http://[2001:db8::7]:80/x"),
            tuple("ipv6", "2001:db8::7"));
  }

  @Test
  void extract_urlTrailingPunctuationAndBrackets_trimmed() {
    String text = "(see http://evil.com/a_(b)), [https://evil.org/x]. Also http://evil.net/p?q=1.";

    assertThat(extract(text))
        .filteredOn(i -> i.type().equals("url"))
        .extracting(Indicator::value)
        .containsExactly("http://evil.com/a_(b)", "https://evil.org/x", "http://evil.net/p?q=1");
  }

  @Test
  void extract_urlWithoutValidHost_isNoUrl() {
    assertThat(extract("http://localhost:8080/x http:// hxxp://1.2.3/x")).isEmpty();
  }

  @Test
  void extract_emailWithPlusAndDots_domainNotReportedSeparately() {
    String text = "From: <John.Doe+ops@Mail.Evil-Corp.com>";

    assertThat(extract(text))
        .extracting(Indicator::type, Indicator::value, Indicator::offset)
        .containsExactly(tuple("email", "john.doe+ops@mail.evil-corp.com", 7));
  }

  @Test
  void extract_hashNamedFile_findsHash() {
    String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    assertThat(extract("dropped " + sha256 + ".exe"))
        .extracting(Indicator::type, Indicator::offset)
        .containsExactly(tuple("sha256", 8));
  }

  @Test
  void extract_withWarningLists_marksSuppressed(@TempDir Path dir) throws Exception {
    ListFixtures.list(dir, "rfc1918", "RFC 1918", "cidr", ListFixtures.IP, "10.0.0.0/8");
    ListFixtures.list(dir, "google", "Google", "hostname", ListFixtures.HOST, "google.com");
    IndicatorExtractor withLists = new IndicatorExtractor(WarningLists.load(dir));

    assertThat(withLists.extract("10.1.2.3 203.0.113.5 https://mail.google.com/x evil.com"))
        .extracting(Indicator::value, Indicator::suppressedBy)
        .containsExactly(
            tuple("10.1.2.3", "RFC 1918"),
            tuple("203.0.113.5", null),
            tuple("https://mail.google.com/x", "Google"),
            tuple("mail.google.com", "Google"),
            tuple("evil.com", null));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20240611})
  void extract_randomBytesAndChars_finishesWithoutThrowing(long seed) {
    Random r = new Random(seed);
    byte[] bytes = new byte[200_000];
    r.nextBytes(bytes);
    char[] asChars = new char[bytes.length];
    char[] anyChars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      asChars[i] = (char) (bytes[i] & 0xff);
      anyChars[i] = (char) r.nextInt(Character.MAX_VALUE + 1);
    }

    assertThatCode(() -> extract(new String(asChars))).as("bytes, seed %d", seed).doesNotThrowAnyException();
    assertThatCode(() -> extract(new String(anyChars))).as("chars, seed %d", seed).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20240611})
  void extract_randomIndicatorAlphabet_offsetsPointAtValues(long seed) {
    String alphabet = "0123456789abcdefxABCDEF.:-_/@[]()h tp:cvomrusx\n";
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(300_000);
    for (int i = 0; i < 300_000; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    String text = b.toString();

    List<Indicator> found = extract(text);

    Set<String> literal = Set.of("md5", "sha1", "sha256", "domain", "cve");
    assertThat(found).as("seed %d", seed).isSortedAccordingTo((x, y) -> Integer.compare(x.offset(), y.offset()));
    assertThat(found).as("seed %d", seed)
        .filteredOn(i -> literal.contains(i.type()) && !i.defanged())
        .allSatisfy(i -> assertThat(text.regionMatches(true, i.offset(), i.value(), 0, i.value().length()))
            .as("seed %d: %s", seed, i).isTrue());
  }

  @Test
  void extract_fiveMegabyteReport_finishes() {
    String text = Reports.synthetic(7, 5 * 1024 * 1024);

    List<Indicator> found = extract(text);

    assertThat(text).hasSize(5 * 1024 * 1024);
    assertThat(found).isNotEmpty();
    assertThat(found.get(found.size() - 1).offset()).isGreaterThan(4 * 1024 * 1024);
  }

  @Test
  void extract_longRunsWithoutSeparators_finishes() {
    String text = "a".repeat(1_000_000) + " " + "1.".repeat(500_000) + " " + "[.]".repeat(300_000)
        + " " + ":".repeat(500_000) + " http://" + "a.".repeat(300_000) + "com/" + "(".repeat(100_000);

    assertThatCode(() -> extract(text)).doesNotThrowAnyException();
  }

  @Test
  void extract_null_throwsWithMessage() {
    assertThatThrownBy(() -> extractor.extract(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void constructor_nullLists_throwsWithMessage() {
    assertThatThrownBy(() -> new IndicatorExtractor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lists must not be null (use WarningLists.none())");
  }
}
