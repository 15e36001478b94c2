package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, server bug 4: {@code POST /login} with {@code next=/%09/evil.com} answered
 * {@code Location: /\t/evil.com}, which browsers read as {@code //evil.com}. Only plain paths on
 * this site pass {@link NextPath}; anything else goes home.
 */
class NextPathTest {
  @ParameterizedTest
  @ValueSource(strings = {"/", "/claims", "/claims?actor=APT41&since=2024-01-01", "/search?q=%E4%B8%AD%E5%9B%BD",
      "/documents/" + "ab12cd34ab12cd34", "/incidents/INC-7KQ2M9XD#evidence", "/loginfo"})
  void of_pathOnThisSite_isKept(String next) {
    assertThat(NextPath.of(next)).isEqualTo(next);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/\t/evil.com", "/\n/evil.com", "/\r/evil.com", "/\u0000/evil.com", "/\u007f/evil.com",
      "/%09/evil.com", "/%0a/evil.com", "/%0D%0A/evil.com", "/%7f", "/%C2%85/evil.com", "//evil.com", "///evil.com",
      "/%2F/evil.com", "/%2f%2fevil.com", "/\\evil.com", "\\/evil.com", "/%5Cevil.com", "/a\\b",
      "https://evil.com/", "javascript:alert(1)", "evil.com", " /claims", "/ /evil.com", "/\u3000/evil.com",
      "/%", "/%zz", "/%4", "", "/login", "/login?next=/", "/login/x"})
  void of_anythingElse_goesHome(String next) {
    assertThat(NextPath.of(next)).as("%s", next.chars().mapToObj(Integer::toHexString).toList()).isEqualTo("/");
  }

  @Test
  void of_nullOrOverlong_goesHome() {
    assertThat(NextPath.of(null)).isEqualTo("/");
    assertThat(NextPath.of("/" + "a".repeat(2000))).isEqualTo("/");
  }
}
