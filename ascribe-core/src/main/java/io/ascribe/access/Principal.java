package io.ascribe.access;

import io.ascribe.model.Tlp;

/**
 * Who a request acts as: the token's name (shown in the audit log), its role and the highest TLP
 * marking it may see.
 */
public record Principal(String name, Role role, Tlp maxTlp) {
  /** True when this principal may do what {@code needed} may. */
  public boolean may(Role needed) {
    return role.includes(needed);
  }

  /** True when this principal may see what carries {@code marking}. */
  public boolean mayRead(Tlp marking) {
    return marking.visibleUpTo(maxTlp);
  }
}
