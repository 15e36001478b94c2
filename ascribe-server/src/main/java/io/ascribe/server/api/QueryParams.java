package io.ascribe.server.api;

import io.ascribe.server.http.ApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read the way every listing (the claims ledger, the document
 * library) reads them: a blank value means "any", and a bad one is a 400 naming the parameter.
 */
public final class QueryParams {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Function<String, String> param;

  /** @param param a request's query parameter by name (null when absent) */
  public QueryParams(Function<String, String> param) {
    this.param = param;
  }

  /** The given value of a parameter, stripped; null when absent or blank. */
  public String value(String name) {
    String v = param.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A {@code YYYY-MM-DD} parameter, or null. */
  public String date(String name) {
    String v = value(name);
    if (v != null && !DATE.matcher(v).matches()) {
      throw ApiException.badRequest(name, name + " must be a date like 2024-01-31, got '" + v + "'");
    }
    return v;
  }

  /** A whole-number parameter from {@code min} to {@code max}; {@code dflt} when absent. */
  public int number(String name, int dflt, int min, int max) {
    String v = value(name);
    if (v == null) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name, name + " must be from " + min + " to " + max + ", got " + n);
    }
    return n;
  }

  /** The given parameters among {@code names} (blank ones left out), in that order, for links to other pages. */
  public Map<String, String> given(List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) {
      String v = value(n);
      if (v != null) {
        out.put(n, v);
      }
    }
    return out;
  }

  /**
   * A link to one page of a listing: {@code path} with the filters, the limit (left out when it is
   * {@code defaultLimit}; pass 0 to always give it) and the offset.
   */
  public static String pageLink(String path, Map<String, String> filters, int offset, int limit, int defaultLimit) {
    Map<String, String> p = new LinkedHashMap<>(filters);
    if (limit != defaultLimit) {
      p.put("limit", Integer.toString(limit));
    }
    p.put("offset", Integer.toString(offset));
    return link(path, p);
  }

  /**
   * Where one page of an API listing stands, written beside its items (unwrapped): the
   * {@code total}, {@code offset}, {@code limit}, and links to the {@code next} and
   * {@code previous} pages (null at either end).
   */
  public record Paging(long total, int offset, int limit, String next, String previous) {}

  /** The paging of a page of {@code count} items of a listing at {@code path} with {@code filters}. */
  public static Paging paging(int count, long total, int offset, int limit, String path, Map<String, String> filters) {
    return new Paging(total, offset, limit,
        offset + count < total ? pageLink(path, filters, offset + limit, limit, 0) : null,
        offset == 0 ? null : pageLink(path, filters, Math.max(0, offset - limit), limit, 0));
  }

  /** {@code path} with {@code params} as its query string, every value percent-encoded. */
  public static String link(String path, Map<String, String> params) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }
}
