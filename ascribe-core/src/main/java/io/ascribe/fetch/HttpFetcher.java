package io.ascribe.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches http(s) URLs as streams, following redirects itself so that every hop is checked
 * against the {@link NetworkPolicy}. Errors name the URL and what went wrong.
 */
public final class HttpFetcher {
  private static final int MAX_REDIRECTS = 5;

  private final NetworkPolicy policy;
  private final Duration timeout;
  private final HttpClient client;

  /**
   * @param policy which addresses may be reached
   * @param timeout connect timeout, and the longest wait for response headers
   */
  public HttpFetcher(NetworkPolicy policy, Duration timeout) {
    this.policy = policy;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** True when {@code location} looks like an http or https URL. */
  public static boolean isUrl(String location) {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** Opens {@code url} for reading; the caller closes the stream. */
  public InputStream open(String url) throws FetchException {
    URI uri = parse(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkHost(url, uri);
      HttpResponse<InputStream> response = send(url, uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        String next = response.headers().firstValue("location").orElse(null);
        close(response);
        if (next == null) {
          throw new FetchException(url + ": HTTP " + status + " redirect without a Location");
        }
        uri = uri.resolve(next);
        continue;
      }
      if (status != 200) {
        close(response);
        throw new FetchException(url + ": HTTP " + status + " (expected 200)");
      }
      return response.body();
    }
    throw new FetchException(url + ": more than " + MAX_REDIRECTS + " redirects");
  }

  private static URI parse(String url) throws FetchException {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null || !isUrl(url)) {
        throw new FetchException(url + ": not an http(s) URL with a host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new FetchException(url + ": malformed URL (" + e.getMessage() + ")", e);
    }
  }

  private void checkHost(String url, URI uri) throws FetchException {
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new FetchException(url + ": redirected to unsupported scheme " + uri.getScheme());
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (!policy.permits(a)) {
          throw new FetchException(
              url
                  + ": refused to connect to private or loopback address "
                  + a.getHostAddress()
                  + " ("
                  + uri.getHost()
                  + "); pass --allow-private-network to allow it");
        }
      }
    } catch (UnknownHostException e) {
      throw new FetchException(url + ": unknown host " + uri.getHost(), e);
    }
  }

  private HttpResponse<InputStream> send(String url, URI uri) throws FetchException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "ascribe/0.1 (+https://github.com/ascribe)")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException(url + ": connection timed out after " + timeout.toSeconds() + " s", e);
    } catch (HttpTimeoutException e) {
      throw new FetchException(url + ": no response within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new FetchException(url + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url + ": interrupted", e);
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing useful to do; the response is being discarded
    }
  }
}
