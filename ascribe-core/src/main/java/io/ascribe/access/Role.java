package io.ascribe.access;

import java.util.Locale;

/** What a token may do; each role may do everything the roles before it may. */
public enum Role {
  /** Reads: actors, incidents, claims, documents, exports, TAXII. */
  VIEWER,
  /** Also ingests documents and edits incidents. */
  ANALYST,
  /** Also manages tokens and the knowledge base. */
  ADMIN;

  /** True when this role includes {@code needed}. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** Lower-case name for JSON and the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code viewer}, {@code analyst} or {@code admin}. */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + text + "': use viewer, analyst or admin");
  }
}
