package io.ascribe.server.taxii;

import io.ascribe.model.Tlp;
import io.ascribe.store.taxii.TaxiiQuery;
import io.ascribe.store.taxii.VersionMatch;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads TAXII's query parameters into a {@link TaxiiQuery}: {@code limit} (default {@value
 * #DEFAULT_LIMIT}, larger values are cut to {@value #MAX_LIMIT}), {@code next}, {@code added_after},
 * {@code match[type]}, {@code match[id]}, {@code match[version]} (default {@code last}) and {@code
 * match[spec_version]}. Each rejected value is a 400 naming the parameter and the value.
 */
final class TaxiiFilters {
  static final int DEFAULT_LIMIT = 1_000;
  static final int MAX_LIMIT = 10_000;
  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,249}");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,249}--[0-9a-fA-F-]{36}");
  private static final Pattern SPEC = Pattern.compile("2\\.[01]");

  private TaxiiFilters() {}

  /** The query of an objects or manifest request. */
  static TaxiiQuery objects(Context ctx, Tlp collection, boolean withBodies) {
    List<String> ids = list(ctx, "match[id]", ID, "a STIX id like indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
    return query(ctx, collection, ids, versions(ctx, VersionMatch.latest()), withBodies);
  }

  /** The query of a request about one object: its versions by {@code versions}, unless {@code match[version]} says. */
  static TaxiiQuery object(Context ctx, Tlp collection, String id, VersionMatch versions, boolean withBodies) {
    if (!ID.matcher(id).matches()) {
      throw TaxiiException.notFound("no object '" + id + "': not a STIX id");
    }
    return query(ctx, collection, List.of(id), versions(ctx, versions), withBodies);
  }

  private static TaxiiQuery query(Context ctx, Tlp collection, List<String> ids, VersionMatch versions,
      boolean withBodies) {
    List<String> types = list(ctx, "match[type]", TYPE, "a STIX type like indicator");
    List<String> specs = list(ctx, "match[spec_version]", SPEC, "2.0 or 2.1");
    String next = ctx.queryParam("next");
    return new TaxiiQuery(collection, addedAfter(ctx), types, ids, versions, specs, limit(ctx), next == null ? null
        : TaxiiCursor.decode(next), withBodies);
  }

  private static VersionMatch versions(Context ctx, VersionMatch dflt) {
    String v = joined(ctx, "match[version]");
    if (v == null) {
      return dflt;
    }
    try {
      return VersionMatch.parse(v);
    } catch (IllegalArgumentException e) {
      throw TaxiiException.badRequest("match[version]", e.getMessage());
    }
  }

  private static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1) {
        return Math.min(n, MAX_LIMIT);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw TaxiiException.badRequest("limit", "limit must be a positive integer, got '" + text + "'");
  }

  private static Instant addedAfter(Context ctx) {
    String text = ctx.queryParam("added_after");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw TaxiiException.badRequest("added_after",
          "added_after must be a timestamp like 2024-01-31T12:00:00.000Z, got '" + text + "'");
    }
  }

  private static List<String> list(Context ctx, String name, Pattern valid, String expected) {
    String text = joined(ctx, name);
    if (text == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      if (!valid.matcher(p).matches()) {
        throw TaxiiException.badRequest(name, name + " takes a comma-separated list of " + expected + ", got '" + p + "'");
      }
      out.add(p);
    }
    return out;
  }

  /** Every value of a repeated parameter, comma-joined; null when absent. */
  private static String joined(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    return values.isEmpty() ? null : String.join(",", values);
  }
}
