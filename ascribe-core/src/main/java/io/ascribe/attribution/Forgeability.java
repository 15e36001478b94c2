package io.ascribe.attribution;

import java.util.Locale;

/**
 * How cheaply an adversary can plant a piece of evidence to point at someone else. Each {@link
 * EvidenceKind} has one class; its {@link #discount} multiplies the evidence's weight.
 */
public enum Forgeability {
  /** Costly to fake: a custom implant, the victims actually hit, when the activity happened. */
  LOW(1.0),
  /** Imitable with effort: tradecraft, infrastructure that can be rented or hijacked. */
  MEDIUM(0.8),
  /** Cheap to plant: language strings, compile-time zones, working hours. */
  HIGH(0.3);

  private final double discount;
  private final String id;

  Forgeability(double discount) {
    this.discount = discount;
    this.id = name().toLowerCase(Locale.ROOT);
  }

  /** The factor applied to evidence of this class, in (0, 1]. */
  public double discount() {
    return discount;
  }

  /** Lower-case name for JSON. */
  public String id() {
    return id;
  }
}
