package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.indicator.WarningLists;
import org.junit.jupiter.api.Test;

/** How specific an indicator is, without warning lists (the built-in suffix table only). */
class IndicatorSpecificityTest {
  private final IndicatorSpecificity spec = new IndicatorSpecificity(WarningLists.none());

  @Test
  void of_fileHashAndDedicatedDomain_areFullySpecific() {
    assertThat(spec.of("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08").weight()).isEqualTo(1.0);
    assertThat(spec.of("d41d8cd98f00b204e9800998ecf8427e").type()).isEqualTo("md5");
    assertThat(spec.of("update-check.example").reason()).isEqualTo("dedicated domain");
    assertThat(spec.of("https://update-check.example/a.php").weight()).isEqualTo(1.0);
  }

  @Test
  void of_ipAddresses_weighLessThanDomains() {
    assertThat(spec.of("203.0.113.7").weight()).isEqualTo(IndicatorSpecificity.IP);
    assertThat(spec.of("2001:db8::1").type()).isEqualTo("ipv6");
    assertThat(spec.of("http://203.0.113.7/x").reason()).isEqualTo("URL on a bare IP address");
  }

  @Test
  void of_providerSubdomains_weighLittleAndSinkholesNothing() {
    assertThat(spec.of("evil.ddns.net").weight()).isEqualTo(IndicatorSpecificity.DYNAMIC_DNS);
    assertThat(spec.of("evil.ddns.net").reason()).isEqualTo("dynamic-DNS provider's subdomain (No-IP)");
    assertThat(spec.of("a.b.duckdns.org").weight()).isEqualTo(IndicatorSpecificity.DYNAMIC_DNS);
    assertThat(spec.of("https://attacker.github.io/payload").weight()).isEqualTo(IndicatorSpecificity.SHARED_HOSTING);
    assertThat(spec.of("x.sinkhole.shadowserver.org").weight()).isZero();
    assertThat(spec.of("ops@mail-service.example").weight()).isEqualTo(IndicatorSpecificity.EMAIL);
  }
}
