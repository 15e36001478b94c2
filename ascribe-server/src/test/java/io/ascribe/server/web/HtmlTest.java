package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The escaping HTML builder: nothing a caller passes becomes markup. */
class HtmlTest {
  @Test
  void text_and_attribute_values_are_escaped() {
    String html = new Html().el("p", "<b>\"it's\" & more</b>", "title", "\"><script>x</script>").toString();
    assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&quot;it&#39;s&quot; "
        + "&amp; more&lt;/b&gt;</p>");
  }

  @Test
  void event_handler_and_style_attributes_are_refused() {
    assertThatThrownBy(() -> new Html().open("div", "onclick", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'onclick' is not allowed");
    assertThatThrownBy(() -> new Html().open("div", "style", "x")).hasMessageContaining("'style' is not allowed");
    assertThatThrownBy(() -> new Html().open("div x=1")).hasMessageContaining("not a plain lowercase HTML name");
    assertThatThrownBy(() -> new Html().open("a", "href")).hasMessageContaining("name, value pairs");
  }

  @Test
  void urls_other_than_site_paths_and_http_become_a_hash() {
    assertThat(new Html().link("javascript:alert(1)", "x").toString()).isEqualTo("<a href=\"#\">x</a>");
    assertThat(Html.safeUrl(" JaVaScRiPt:alert(1)")).isEqualTo("#");
    assertThat(Html.safeUrl("data:text/html,<script>")).isEqualTo("#");
    assertThat(Html.safeUrl("//evil.example/")).isEqualTo("#");
    assertThat(Html.safeUrl("/\\evil.example/")).isEqualTo("#");
    assertThat(Html.safeUrl("/incidents/INC-1")).isEqualTo("/incidents/INC-1");
    assertThat(Html.safeUrl("https://attack.mitre.org/")).isEqualTo("https://attack.mitre.org/");
  }

  @Test
  void control_characters_are_replaced() {
    assertThat(new Html().text("a\u0000b\u001bc\nd").toString()).isEqualTo("a\uFFFDb\uFFFDc\nd");
  }

  @Test
  void path_segments_are_percent_encoded() {
    assertThat(Urls.segment("../x y/é")).isEqualTo("..%2Fx%20y%2F%C3%A9");
    assertThat(Urls.segment("..")).isEqualTo("%2E%2E");
    assertThat(Exports.safeFileName("../../etc/passwd\"; x")).isEqualTo("_.._etc_passwd___x");
  }

  @Test
  void search_snippets_mark_matches_and_drop_markdown_noise() {
    assertThat(SearchPage.snippet("[FatDuke](https://x/S0512) used by [«APT29»](https://x/G0016) (Citation: F-Secure)")
        .toString()).isEqualTo("<div class=\"snippet\">FatDuke used by <mark>APT29</mark></div>");
    assertThat(SearchPage.snippet("(Citation: FireEye «APT29»)").toString())
        .isEqualTo("<div class=\"snippet\">(Citation: FireEye <mark>APT29</mark>)</div>");
    assertThat(SearchPage.snippet("«<b>»").toString()).isEqualTo("<div class=\"snippet\"><mark>&lt;b&gt;</mark></div>");
  }
}
