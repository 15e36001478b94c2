package io.ascribe.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which hosts a fetch may reach. By default only public addresses: loopback, private (RFC 1918,
 * unique-local), link-local, carrier-grade NAT and wildcard addresses are refused, so that a URL in
 * a document cannot be used to probe the analyst's own network.
 *
 * @param allowPrivate true to also allow loopback and private addresses (local mirrors, tests)
 */
public record NetworkPolicy(boolean allowPrivate) {
  /** Public addresses only. */
  public static final NetworkPolicy PUBLIC_ONLY = new NetworkPolicy(false);
  /** Any address, including loopback and private networks. */
  public static final NetworkPolicy ALLOW_PRIVATE = new NetworkPolicy(true);

  /** True when this policy lets a connection go to {@code address}. */
  public boolean permits(InetAddress address) {
    return allowPrivate || !isPrivate(address);
  }

  /** True for loopback, private, link-local, CGNAT, multicast and wildcard addresses. */
  public static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) // CGNAT 100.64/10
          || (first == 169 && second == 254);
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    return false;
  }
}
