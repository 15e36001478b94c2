package io.ascribe.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.testkit.SharedData;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MISP warning lists: every supported list type, list order, bad files, and the real lists. */
class WarningListsTest {
  @TempDir Path dir;

  @Test
  void match_stringList_exactValueOnlyAnyCase() throws IOException {
    ListFixtures.list(dir, "hashes", "Known hashes", "string", ListFixtures.HASH,
        "D41D8CD98F00B204E9800998ECF8427E");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("md5", "d41d8cd98f00b204e9800998ecf8427e")).isEqualTo("Known hashes");
    assertThat(lists.match("md5", "D41D8CD98F00B204E9800998ECF8427E")).isEqualTo("Known hashes");
    assertThat(lists.match("md5", "d41d8cd98f00b204e9800998ecf8427f")).isNull();
    assertThat(lists.match("domain", "d41d8cd98f00b204e9800998ecf8427e")).as("not a domain list").isNull();
  }

  @Test
  void match_hostnameList_domainAndSubdomainsButNotLookAlikes() throws IOException {
    ListFixtures.list(dir, "dyn", "Dynamic DNS", "hostname", ListFixtures.HOST,
        ".dyndns.org", "Example.NET.");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("domain", "dyndns.org")).isEqualTo("Dynamic DNS");
    assertThat(lists.match("domain", "a.b.dyndns.org")).isEqualTo("Dynamic DNS");
    assertThat(lists.match("domain", "www.example.net")).isEqualTo("Dynamic DNS");
    assertThat(lists.match("domain", "notexample.net")).isNull();
    assertThat(lists.match("domain", "example.net.evil.com")).isNull();
    assertThat(lists.match("url", "https://x.example.net:8443/a?b=c")).isEqualTo("Dynamic DNS");
    assertThat(lists.match("url", "https://example.org/x.example.net")).isNull();
  }

  @Test
  void match_stringListEntryWithLeadingDot_coversSubdomains() throws IOException {
    ListFixtures.list(dir, "google", "Google", "string", ListFixtures.HOST, ".google.com", "g.co");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("domain", "mail.google.com")).isEqualTo("Google");
    assertThat(lists.match("domain", "g.co")).isEqualTo("Google");
    assertThat(lists.match("domain", "x.g.co")).as("plain string entries are exact").isNull();
  }

  @Test
  void match_cidrList_ipv4AndIpv6BlocksAndSingleAddresses() throws IOException {
    ListFixtures.list(dir, "nets", "Nets", "cidr", ListFixtures.IP,
        "10.0.0.0/8", "192.168.1.7", "2001:DB8::/32", "2a00:1450:4001:80b::200e", "172.16.5.9/12");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("ipv4", "10.255.0.1")).isEqualTo("Nets");
    assertThat(lists.match("ipv4", "11.0.0.1")).isNull();
    assertThat(lists.match("ipv4", "192.168.1.7")).isEqualTo("Nets");
    assertThat(lists.match("ipv4", "192.168.1.8")).isNull();
    assertThat(lists.match("ipv4", "172.31.255.255")).as("host bits of 172.16.5.9/12 ignored").isEqualTo("Nets");
    assertThat(lists.match("ipv6", "2001:db8:1::5")).isEqualTo("Nets");
    assertThat(lists.match("ipv6", "2001:db9::1")).isNull();
    assertThat(lists.match("ipv6", "2a00:1450:4001:080b:0000:0000:0000:200e")).isEqualTo("Nets");
    assertThat(lists.match("ipv6", "2a00:1450:4001:80b::200f")).isNull();
  }

  @Test
  void match_nestedCidrs_longestPrefixWinsThenFolderOrder() throws IOException {
    ListFixtures.list(dir, "b-wide", "Wide", "cidr", ListFixtures.IP, "10.0.0.0/8");
    ListFixtures.list(dir, "c-narrow", "Narrow", "cidr", ListFixtures.IP, "10.1.0.0/16");
    ListFixtures.list(dir, "a-same", "Same as wide, earlier folder", "cidr", ListFixtures.IP, "10.0.0.0/8");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.names()).containsExactly("Same as wide, earlier folder", "Wide", "Narrow");
    assertThat(lists.match("ipv4", "10.1.2.3")).isEqualTo("Narrow");
    assertThat(lists.match("ipv4", "10.2.0.0")).isEqualTo("Same as wide, earlier folder");
  }

  @Test
  void match_substringList_valueContainsEntry() throws IOException {
    ListFixtures.list(dir, "disposable", "Disposable e-mail", "substring", ListFixtures.EMAIL,
        "mailinator.", "guerrillamail");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("email", "x@mailinator.com")).isEqualTo("Disposable e-mail");
    assertThat(lists.match("email", "y@sharklasers.guerrillamail.org")).isEqualTo("Disposable e-mail");
    assertThat(lists.match("email", "z@gmail.com")).isNull();
    assertThat(lists.match("domain", "mailinator.com")).as("list is for e-mail only").isNull();
  }

  @Test
  void match_listWithoutMatchingAttributes_appliesToEveryType() throws IOException {
    ListFixtures.list(dir, "any", "Anything", "string", List.of(), "1.2.3.4", "evil.com");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("ipv4", "1.2.3.4")).isEqualTo("Anything");
    assertThat(lists.match("domain", "evil.com")).isEqualTo("Anything");
  }

  @Test
  void match_emailDomainOnHostnameListForEmail_matches() throws IOException {
    ListFixtures.list(dir, "free", "Free mail", "hostname", ListFixtures.EMAIL, "gmail.com");
    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("email", "someone@googlemail.gmail.com")).isEqualTo("Free mail");
    assertThat(lists.match("email", "someone@evil.com")).isNull();
  }

  @Test
  void load_brokenAndUnsupportedFiles_skippedAndReportedOthersLoaded() throws IOException {
    ListFixtures.list(dir, "good", "Good", "string", List.of(), "evil.com");
    Path broken = ListFixtures.raw(dir, "broken", "{\"name\": \"Broken\", \"list\": [\"a\", ");
    Path noName = ListFixtures.raw(dir, "no-name", "{\"type\": \"string\", \"list\": []}");
    Path notArray = ListFixtures.raw(dir, "not-array", "{\"name\": \"N\", \"type\": \"string\", \"list\": \"x\"}");
    Path regex = ListFixtures.list(dir, "regex", "Regex", "regex", List.of(), "/^x$/");
    Path badCidr = ListFixtures.list(dir, "some-bad", "Some bad", "cidr", ListFixtures.IP,
        "10.0.0.0/8", "10.0.0.0/33", "not-an-ip", "2001:db8::/129");
    Files.createDirectories(dir.resolve("empty-folder"));
    Files.writeString(dir.resolve("stray.json"), "{}");

    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.names()).containsExactly("Good", "Some bad");
    assertThat(lists.match("domain", "evil.com")).isEqualTo("Good");
    assertThat(lists.match("ipv4", "10.9.9.9")).isEqualTo("Some bad");
    assertThat(lists.problems()).containsExactly(
        broken + ": malformed JSON at line 1, column 34: Unexpected end-of-input within/between Array"
            + " entries; list skipped",
        noName + ": has no 'name' string; list skipped",
        notArray + ": 'list' must be an array, got a JSON string; list skipped",
        regex + ": type 'regex' is not supported (supported: cidr, hostname, string, substring);"
            + " list skipped",
        badCidr + ": skipped 3 of 4 entries that are not IP addresses or CIDR blocks (first:"
            + " '10.0.0.0/33')");
  }

  @Test
  void load_missingFolder_throwsNamingIt() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> WarningLists.load(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing + ": warning-list folder does not exist");
  }

  @Test
  void load_fileInsteadOfFolder_throwsNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("list.json"), "{}");

    assertThatThrownBy(() -> WarningLists.load(file))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessage(file + " (expected the folder holding <name>/list.json)");
  }

  @Test
  void match_unknownType_throwsListingTypes() {
    assertThatThrownBy(() -> WarningLists.none().match("ip", "1.2.3.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator type must be one of [ipv4, ipv6, domain, url, email, md5, sha1, sha256, sha512, cve, attack_id],"
            + " got 'ip'");
  }

  @Test
  void none_matchesNothingAndHasNoProblems() {
    assertThat(WarningLists.none().match("ipv4", "10.0.0.1")).isNull();
    assertThat(WarningLists.none().problems()).isEmpty();
    assertThat(WarningLists.none().names()).isEmpty();
  }

  @Test
  void load_realMispLists_suppressesPublicDnsAndRfc1918AndReportsBrokenFile() throws IOException {
    Path real = SharedData.require("misp-warninglists/lists");
    int folders = 0;
    try (DirectoryStream<Path> lists = Files.newDirectoryStream(real)) {
      for (Path list : lists) {
        if (Files.isRegularFile(list.resolve("list.json"))) {
          Files.createSymbolicLink(dir.resolve(list.getFileName().toString()), list);
          folders++;
        }
      }
    }
    Path broken = ListFixtures.raw(dir, "0-broken", "{\"name\": \"Broken\", \"type\": \"cidr\", \"list\": [");

    WarningLists lists = WarningLists.load(dir);

    assertThat(lists.match("ipv4", "8.8.8.8")).containsIgnoringCase("public DNS");
    assertThat(lists.match("ipv4", "10.1.2.3")).contains("RFC 1918");
    assertThat(lists.match("ipv4", "203.0.113.77")).as("TEST-NET-3").isNotNull();
    assertThat(lists.problems()).anySatisfy(p -> assertThat(p).startsWith(broken + ": malformed JSON at line 1"));
    assertThat(lists.names()).hasSizeGreaterThan(folders / 2).doesNotContain("Broken");
    IndicatorExtractor extractor = new IndicatorExtractor(lists);
    assertThat(extractor.extract("resolver 8.8.8.8, beacon 10.1.2.3, C2 hxxp://bad-actor-c2-9f3k[.]xyz/gate"))
        .extracting(Indicator::value, i -> i.suppressedBy() != null)
        .containsExactly(
            tuple("8.8.8.8", true), tuple("10.1.2.3", true),
            tuple("http://bad-actor-c2-9f3k.xyz/gate", false), tuple("bad-actor-c2-9f3k.xyz", false));
  }
}
