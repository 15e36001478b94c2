package io.ascribe.store.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the claims ledger, which runs newest first: a claim's date (null for an undated
 * claim, which come after every dated one) and its id (newest first among claims of one date).
 * Its {@link #token()} ({@code 2024-03-01.18273}, or {@code -.18273} when undated) goes in links.
 */
public record LedgerCursor(String date, long id) {
  private static final Pattern TOKEN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|-)\\.(\\d{1,18})");

  /** The cursor as text for a link. */
  public String token() {
    return (date == null ? "-" : date) + "." + id;
  }

  /**
   * The cursor a {@link #token()} stands for.
   *
   * @param name the parameter it came in, for the message
   * @throws IllegalArgumentException naming the parameter when the token is malformed
   */
  public static LedgerCursor parse(String token, String name) {
    Matcher m = TOKEN.matcher(token == null ? "" : token);
    if (!m.matches()) {
      throw new IllegalArgumentException(name + " must be a ledger position like 2024-03-01.1234 (from a 'next' or "
          + "'previous' link), got '" + token + "'");
    }
    return new LedgerCursor(m.group(1).equals("-") ? null : m.group(1), Long.parseLong(m.group(2)));
  }
}
