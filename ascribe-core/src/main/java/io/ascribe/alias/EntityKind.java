package io.ascribe.alias;

/** The kinds of canonical entity that names resolve to. */
public enum EntityKind {
  /** A threat actor (intrusion set, activity group). */
  ACTOR,
  /** Malware or a tool. */
  SOFTWARE,
  /** An ATT&CK technique or sub-technique. */
  TECHNIQUE;

  /** Lower-case name used in storage and JSON. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
