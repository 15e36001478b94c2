package io.ascribe.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv4/IPv6 parsing without the network, and RFC 5952 formatting. */
class IpAddressesTest {
  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0.0.0.0",
    "255.255.255.255, 255.255.255.255",
    "010.001.2.3, 10.1.2.3"
  })
  void parseIpv4_valid_roundTrips(String text, String formatted) {
    long v = IpAddresses.parseIpv4(text, 0, text.length());

    assertThat(IpAddresses.formatIpv4(v)).isEqualTo(formatted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.0004", "1..2.3", "a.b.c.d", "1.2.3.4 "})
  void parseIpv4_invalid_returnsMinusOne(String text) {
    assertThat(IpAddresses.parseIpv4(text, 0, text.length())).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource({
    "::, ::",
    "::1, ::1",
    "1::, 1::",
    "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
    "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
    "1:0:3:4:5:6:7:8, 1:0:3:4:5:6:7:8",
    "::ffff:192.0.2.1, ::ffff:192.0.2.1",
    "::ffff:c000:201, ::ffff:192.0.2.1",
    "64:ff9b::192.0.2.33, 64:ff9b::c000:221"
  })
  void parseIpv6_valid_formatsRfc5952(String text, String formatted) {
    long[] v = new long[2];

    assertThat(IpAddresses.parseIpv6(text, 0, text.length(), v)).isTrue();
    assertThat(IpAddresses.formatIpv6(v[0], v[1])).isEqualTo(formatted);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", ":", ":1", "1:", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "12345::1", "g::1",
    "1:2:3:4:5:6:7::8:9", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "::ffff:1.2.3.256", "１::1"
  })
  void parseIpv6_invalid_returnsFalse(String text) {
    assertThat(IpAddresses.parseIpv6(text, 0, text.length(), new long[2])).isFalse();
  }
}
