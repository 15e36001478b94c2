package io.ascribe.incident;

import java.time.Instant;

/**
 * One line of the append-only audit log: who did what to which object, when.
 *
 * @param action a verb such as {@code incident.create}, {@code incident.evidence.add}, {@code token.create}
 * @param target what it was done to ({@code INC-3}, a token name)
 * @param detail a short human-readable description of the change
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {}
