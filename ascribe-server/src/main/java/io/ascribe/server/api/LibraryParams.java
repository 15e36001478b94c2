package io.ascribe.server.api;

import io.ascribe.model.Tlp;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.LibraryQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The document library's request parameters (filters, order, paging), checked the same way for
 * {@code GET /api/documents} and the Documents page: a blank value means "any", a bad one is a 400
 * naming the parameter.
 */
public final class LibraryParams {
  /** Documents per page when no {@code limit} is given. */
  public static final int DEFAULT_LIMIT = 25;
  /** The largest {@code limit} accepted. */
  public static final int MAX_LIMIT = 500;
  /** The values of the {@code claims} filter: with claims, without. */
  public static final List<String> CLAIMS = List.of("yes", "no");
  /** The values of {@code sort}. */
  public static final List<String> SORTS = List.of("ingested", "published", "title");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?");
  private static final List<String> NAMES = List.of("tlp", "publisher", "language", "since", "until", "claims", "sort");

  private final QueryParams params;

  /** @param param a request's query parameter by name (null when absent) */
  public LibraryParams(Function<String, String> param) {
    this.params = new QueryParams(param);
  }

  /** The library query, at the reader's clearance. */
  public LibraryQuery query(Tlp maxTlp) {
    return new LibraryQuery(maxTlp, tlp(), publisher(), language(), params.date("since"), params.date("until"), claims(), sort());
  }

  private Tlp tlp() {
    String v = params.value("tlp");
    try {
      return v == null ? null : Tlp.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("tlp", "tlp must be a TLP level such as GREEN, got '" + v + "'");
    }
  }

  private String publisher() {
    String v = params.value("publisher");
    if (v != null && v.length() > 1000) {
      throw ApiException.badRequest("publisher", "publisher must be at most 1000 characters, got " + v.length());
    }
    return v;
  }

  private String language() {
    String v = params.value("language");
    if (v != null && !LANGUAGE.matcher(v).matches()) {
      throw ApiException.badRequest("language", "language must be a language code such as en, got '" + v + "'");
    }
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }


  private Boolean claims() {
    String v = params.value("claims");
    if (v != null && !CLAIMS.contains(v)) {
      throw ApiException.badRequest("claims", "claims must be yes or no, got '" + v + "'");
    }
    return v == null ? null : v.equals("yes");
  }

  private LibraryQuery.Sort sort() {
    String v = params.value("sort");
    if (v != null && !SORTS.contains(v)) {
      throw ApiException.badRequest("sort", "sort must be ingested, published or title, got '" + v + "'");
    }
    return v == null ? LibraryQuery.Sort.INGESTED : LibraryQuery.Sort.valueOf(v.toUpperCase(Locale.ROOT));
  }

  /** The given value of a parameter, stripped; null when absent or blank. */
  public String value(String name) {
    return params.value(name);
  }

  /** {@code limit}: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
  public int limit() {
    return params.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** {@code offset}: 0 or more, 0 when absent. */
  public int offset() {
    return params.number("offset", 0, 0, Integer.MAX_VALUE);
  }

  /** The filters and order given (blank ones left out), in a fixed order, for links to other pages. */
  public Map<String, String> filters() {
    return params.given(NAMES);
  }

}
