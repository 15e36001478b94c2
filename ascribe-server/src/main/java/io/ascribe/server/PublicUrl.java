package io.ascribe.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address clients reach the server at (behind a proxy, not necessarily where it listens):
 * http or https, a host, an optional port and an optional base path, nothing else. Every absolute
 * URL the server emits (TAXII discovery) is built from it, never from the request's {@code Host}
 * header, which the client chooses.
 *
 * @param base the URL without a trailing slash, e.g. {@code https://intel.example.org/ascribe}
 */
public record PublicUrl(String base) {
  public PublicUrl {
    base = check(base);
  }

  /** {@code http://HOST:PORT}, the default for a server listening there (IPv6 hosts in brackets). */
  public static PublicUrl of(String host, int port) {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return new PublicUrl("http://" + h + ":" + port);
  }

  /** The absolute URL of {@code path}, a path on this server starting with {@code /}. */
  public String resolve(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a server path starts with '/', got '" + path + "'");
    }
    return base + path;
  }

  private static String check(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("public URL: give an http(s) URL such as https://intel.example.org");
    }
    URI u;
    try {
      u = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("public URL '" + url + "' is not a valid URL: " + e.getReason());
    }
    String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("public URL '" + url + "' must start with http:// or https://");
    }
    if (u.getHost() == null || u.getRawUserInfo() != null) {
      throw new IllegalArgumentException("public URL '" + url + "' must name a host (and no user name or password)");
    }
    if (u.getRawQuery() != null || u.getRawFragment() != null) {
      throw new IllegalArgumentException("public URL '" + url + "' may not have a query (?) or a fragment (#)");
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    if (!path.isEmpty() && !path.matches("(/[A-Za-z0-9._~-]+)*/?") || path.contains("/./") || path.contains("/../")
        || path.endsWith("/.") || path.endsWith("/..")) {
      throw new IllegalArgumentException("public URL '" + url + "' may have a base path of plain segments only "
          + "(like /ascribe), got '" + path + "'");
    }
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return scheme + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + trimmed;
  }
}
