package io.ascribe.store.audit;

import io.ascribe.incident.AuditEntry;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The append-only audit log. Entries are written in the transaction of the change they describe,
 * so a change and its entry are stored together or not at all; nothing updates or deletes them.
 */
public final class AuditLog {
  private static final int MAX_DETAIL = 4000;

  private AuditLog() {}

  /** Appends an entry inside the caller's transaction. */
  public static void append(Handle h, String actor, String action, String target, String detail) {
    h.createUpdate("insert into audit_log (at, actor, action, target, detail) values (:at, :actor, :action, :target, :detail)")
        .bind("at", OffsetDateTime.now())
        .bind("actor", actor)
        .bind("action", action)
        .bind("target", target)
        .bind("detail", detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…")
        .execute();
  }

  /** The entries about {@code target} (every entry when null), oldest first. */
  public static List<AuditEntry> entries(Handle h, String target) {
    return h.createQuery("select id, at, actor, action, target, detail from audit_log"
            + (target == null ? "" : " where target = :target") + " order by id")
        .bindMap(target == null ? java.util.Map.of() : java.util.Map.of("target", target))
        .map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
        .list();
  }
}
