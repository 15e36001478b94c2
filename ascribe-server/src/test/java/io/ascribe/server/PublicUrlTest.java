package io.ascribe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PublicUrl}: the base of every absolute URL the server emits (issue 16, bug 5). */
class PublicUrlTest {
  @ParameterizedTest
  @CsvSource({
      "https://intel.example.org, https://intel.example.org",
      "https://intel.example.org/, https://intel.example.org",
      "HTTP://Intel.Example.ORG:8080/Ascribe/, http://intel.example.org:8080/Ascribe",
      "http://10.0.0.5:7070/a/b-c_d.e~f, http://10.0.0.5:7070/a/b-c_d.e~f",
      "http://[::1]:7070, http://[::1]:7070"})
  void new_validUrl_isKeptWithoutTrailingSlash(String given, String base) {
    assertThat(new PublicUrl(given).base()).isEqualTo(base);
    assertThat(new PublicUrl(given).resolve("/taxii2/api/")).isEqualTo(base + "/taxii2/api/");
  }

  @Test
  void of_hostAndPort_isHttpWithIpv6InBrackets() {
    assertThat(PublicUrl.of("127.0.0.1", 7070).base()).isEqualTo("http://127.0.0.1:7070");
    assertThat(PublicUrl.of("::1", 7070).base()).isEqualTo("http://[::1]:7070");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ftp://intel.example.org | must start with http:// or https://",
      "intel.example.org | must start with http:// or https://",
      "javascript:alert(1) | must start with http:// or https://",
      "https:///path | must name a host",
      "https://user:pw@intel.example.org | must name a host (and no user name or password)",
      "https://intel.example.org/?a=b | may not have a query (?) or a fragment (#)",
      "https://intel.example.org/#top | may not have a query (?) or a fragment (#)",
      "https://intel.example.org/a/../b | may have a base path of plain segments only",
      "https://intel.example.org//evil | may have a base path of plain segments only",
      "https://intel.example.org/a%2Fb | may have a base path of plain segments only",
      "https://intel example.org | is not a valid URL"})
  void new_invalidUrl_isRefusedSayingWhy(String given, String reason) {
    assertThatThrownBy(() -> new PublicUrl(given)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("public URL '" + given + "'").hasMessageContaining(reason);
  }
}
