package io.ascribe.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The indicator record's checks and its suppression helper. */
class IndicatorTest {
  @Test
  void constructor_unknownType_throwsListingTypes() {
    assertThatThrownBy(() -> new Indicator("ip", "1.2.3.4", 0, false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be one of [ipv4, ipv6, domain, url, email, md5, sha1, sha256, sha512, cve, attack_id], got 'ip'");
  }

  @Test
  void constructor_emptyValue_throws() {
    assertThatThrownBy(() -> new Indicator("ipv4", "", 0, false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be non-empty, got ''");
  }

  @Test
  void constructor_negativeOffset_throwsWithValue() {
    assertThatThrownBy(() -> new Indicator("ipv4", "1.2.3.4", -1, false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must be >= 0, got -1");
  }

  @Test
  void suppressed_listName_true() {
    Indicator plain = new Indicator("ipv4", "10.0.0.1", 3, false, null);

    assertThat(plain.suppressed()).isFalse();
    assertThat(plain.withSuppression("RFC 1918").suppressed()).isTrue();
    assertThat(plain.withSuppression("RFC 1918").suppressedBy()).isEqualTo("RFC 1918");
    assertThat(plain.withSuppression(null)).isSameAs(plain);
  }
}
