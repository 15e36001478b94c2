package io.ascribe.server.api;

import io.ascribe.model.Tlp;
import io.ascribe.server.http.ApiException;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.LedgerCursor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The claims ledger's request parameters (filters, dates, paging), checked the same way for the
 * API and the web pages: a blank value means "any", a bad one is a 400 naming the parameter.
 */
public final class LedgerParams {
  /** Claims per page when no {@code limit} is given. */
  public static final int DEFAULT_LIMIT = 100;
  /** The largest {@code limit} accepted. */
  public static final int MAX_LIMIT = 1000;
  /** The claim types a {@code type} filter may name. */
  public static final List<String> TYPES = List.of("attribution", "denial", "counter_accusation");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final List<String> NAMES = List.of("actor", "country", "claimant", "accused", "type", "since", "until");

  private final QueryParams params;

  /** @param param a request's query parameter by name (null when absent) */
  public LedgerParams(Function<String, String> param) {
    this.params = new QueryParams(param);
  }

  /** The ledger filters, at the reader's clearance. */
  public DocumentStore.LedgerQuery query(Tlp maxTlp) {
    String type = params.value("type");
    if (type != null && !TYPES.contains(type)) {
      throw ApiException.badRequest("type", "type must be attribution, denial or counter_accusation, got '" + type + "'");
    }
    return new DocumentStore.LedgerQuery(params.value("actor"), country("country"), country("claimant"), country("accused"), type,
        params.date("since"), params.date("until"), maxTlp);
  }

  /** An ISO alpha-2 country parameter, or null. */
  public String country(String name) {
    String v = params.value(name);
    if (v != null && !COUNTRY.matcher(v).matches()) {
      throw ApiException.badRequest(name, name + " must be an ISO 3166 alpha-2 code like US, got '" + v + "'");
    }
    return v;
  }

  /** A {@code YYYY-MM-DD} parameter, or null. */
  public String date(String name) {
    return params.date(name);
  }

  /** {@code limit}: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
  public int limit() {
    return params.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** {@code offset}: 0 or more, 0 when absent. */
  public int offset() {
    return params.number("offset", 0, 0, Integer.MAX_VALUE);
  }

  /**
   * True when the request pages by {@code offset} (the older links), false when by position
   * ({@code after} or {@code before}, or neither: the first page).
   *
   * @throws ApiException 400 when more than one of them is given
   */
  public boolean byOffset() {
    List<String> given = params.given(List.of("offset", "after", "before")).keySet().stream().toList();
    if (given.size() > 1) {
      throw ApiException.badRequest(given.get(0), given.get(0) + " must be the only one of offset, after and before, "
          + "got " + String.join(" and ", given));
    }
    return params.value("offset") != null;
  }

  /** A ledger position parameter ({@code after} or {@code before}), or null when absent. */
  public LedgerCursor cursor(String name) {
    String v = params.value(name);
    try {
      return v == null ? null : LedgerCursor.parse(v, name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(name, e.getMessage());
    }
  }

  /** The filters given (blank ones left out), in a fixed order, for links to other pages. */
  public Map<String, String> filters() {
    return params.given(NAMES);
  }
}
