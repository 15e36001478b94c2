package io.ascribe.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a fetch may reach: private, loopback, link-local and metadata addresses are refused. */
class NetworkPolicyTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
      "0.0.0.0", "::1", "fd00::1", "fe80::1", "224.0.0.1"})
  void isPrivate_internalAddresses_areRefusedByDefault(String address) throws Exception {
    InetAddress a = InetAddress.getByName(address);
    assertThat(NetworkPolicy.isPrivate(a)).isTrue();
    assertThat(NetworkPolicy.PUBLIC_ONLY.permits(a)).isFalse();
    assertThat(NetworkPolicy.ALLOW_PRIVATE.permits(a)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "203.0.113.7", "2001:4860:4860::8888"})
  void isPrivate_publicAddresses_arePermitted(String address) throws Exception {
    assertThat(NetworkPolicy.PUBLIC_ONLY.permits(InetAddress.getByName(address))).isTrue();
  }

  @Test
  void open_metadataAddress_isRefusedBeforeConnecting() {
    HttpFetcher fetcher = new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1));
    assertThatThrownBy(() -> fetcher.open("http://169.254.169.254/latest/meta-data/"))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("refused to connect to private or loopback address 169.254.169.254");
  }

  @Test
  void open_notHttp_isRefused() {
    HttpFetcher fetcher = new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1));
    assertThatThrownBy(() -> fetcher.open("file:///etc/passwd")).isInstanceOf(FetchException.class)
        .hasMessageContaining("not an http(s) URL");
  }
}
