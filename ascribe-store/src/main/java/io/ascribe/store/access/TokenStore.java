package io.ascribe.store.access;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.digest.Sha256;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.audit.AuditLog;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * API tokens. A token is 32 random bytes, shown once when created; only its SHA-256 is stored (a
 * slow password hash buys nothing for a 256-bit random secret), so a copy of the database gives
 * no usable token. Creating and revoking tokens is audited; the entries name the token by its id
 * ({@code token:<id>}), because a name is unique among live tokens only: once a token is revoked,
 * its name may be given to a new one (rotation).
 *
 * <p>A store remembers the tokens it found live for {@link #RECHECK} (a server authenticates every
 * request, and the database query was a tenth of a search's cost). Revoking through this store
 * forgets them at once; a token revoked by another process ({@code ascribe token revoke} beside a running
 * server) stops working within {@link #RECHECK}.
 */
public final class TokenStore {
  private static final String PREFIX = "asc_";
  private final Store store;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Recent> recent = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;

  /** How long a token found live is believed live without asking the database again. */
  public static final Duration RECHECK = Duration.ofSeconds(1);
  private static final int MAX_RECENT = 10_000;

  /** A token found live, and until when that is believed. */
  private record Recent(Principal principal, long untilNanos) {}

  /** A stored token, without its secret. */
  public record TokenInfo(long id, String name, Role role, Tlp maxTlp, Instant createdAt, String createdBy,
      Instant revokedAt) {}

  /** A new token: the secret, shown once, and what it may do. */
  public record NewToken(String secret, TokenInfo info) {}

  public TokenStore(Store store) {
    this(store, System::nanoTime);
  }

  /** A store whose {@link #RECHECK} runs on {@code nanoTime} (tests give their own clock). */
  TokenStore(Store store, LongSupplier nanoTime) {
    this.store = store;
    this.nanoTime = nanoTime;
  }

  /** Creates a token; no live token may have {@code name} (a revoked one may). */
  public NewToken create(String name, Role role, Tlp maxTlp, String createdBy) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 200) {
      throw new IllegalArgumentException("name: give a token name of 1 to 200 characters");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return store.jdbi().inTransaction(h -> {
      boolean taken = h.createQuery("select count(*) from api_token where active_name = :name").bind("name", n)
          .mapTo(Long.class).one() > 0;
      if (taken) {
        throw new IllegalArgumentException("name: a live token named '" + n + "' exists already; revoke it first "
            + "or choose another name");
      }
      long id = h.createUpdate("insert into api_token (name, active_name, token_hash, role, tlp_max, created_at, "
              + "created_by) values (:name, :name, :hash, :role, :tlp, :at, :by)")
          .bind("name", n).bind("hash", hash(secret)).bind("role", role.name()).bind("tlp", maxTlp.name())
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("by", createdBy)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditLog.append(h, createdBy, "token.create", target(id), "created token '" + n + "' (id " + id + ") with role "
          + role.id() + " up to " + maxTlp.label());
      return new NewToken(secret, info(h, id).orElseThrow());
    });
  }

  /** The principal of a presented secret, when it is a live token. */
  public Optional<Principal> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(secret);
    long now = nanoTime.getAsLong();
    Recent known = recent.get(hash);
    if (known != null && now - known.untilNanos() < 0) {
      return Optional.of(known.principal());
    }
    Optional<Principal> p = store.jdbi().withHandle(h -> h.createQuery("select name, role, tlp_max from api_token "
            + "where token_hash = :hash and revoked_at is null")
        .bind("hash", hash)
        .map((rs, ctx) -> new Principal(rs.getString(1), Role.valueOf(rs.getString(2)), Tlp.valueOf(rs.getString(3))))
        .findOne());
    if (p.isPresent()) {
      if (recent.size() >= MAX_RECENT) {
        recent.clear();
      }
      recent.put(hash, new Recent(p.get(), now + RECHECK.toNanos()));
    } else {
      recent.remove(hash);
    }
    return p;
  }

  /** Every token, revoked ones too. */
  public List<TokenInfo> list() {
    return store.jdbi().withHandle(h -> h.createQuery(SELECT + " order by id").map(TokenStore::row).list());
  }

  /** True when no token was ever created (a fresh server prints its first admin token). */
  public boolean none() {
    return store.jdbi().withHandle(h -> h.createQuery("select count(*) from api_token").mapTo(Long.class).one() == 0);
  }

  /** Revokes the live token of that name; returns false when there is none. */
  public boolean revoke(String name, String by) {
    boolean revoked = store.jdbi().inTransaction(h -> {
      Optional<Long> id = h.createQuery("select id from api_token where active_name = :name for update")
          .bind("name", name).mapTo(Long.class).findOne();
      id.ifPresent(i -> {
        h.createUpdate("update api_token set revoked_at = :at, active_name = null where id = :id")
            .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("id", i).execute();
        AuditLog.append(h, by, "token.revoke", target(i), "revoked token '" + name + "' (id " + i + ")");
      });
      return id.isPresent();
    });
    recent.clear();
    return revoked;
  }

  /** The audit-log target of the token with this id: {@code token:<id>}. */
  public static String target(long id) {
    return "token:" + id;
  }

  private static final String SELECT = "select id, name, role, tlp_max, created_at, created_by, revoked_at from api_token";

  private static Optional<TokenInfo> info(org.jdbi.v3.core.Handle h, long id) {
    return h.createQuery(SELECT + " where id = :id").bind("id", id).map(TokenStore::row).findOne();
  }

  private static TokenInfo row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    OffsetDateTime revoked = rs.getObject(7, OffsetDateTime.class);
    return new TokenInfo(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), Tlp.valueOf(rs.getString(4)),
        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), revoked == null ? null : revoked.toInstant());
  }

  static String hash(String secret) {
    return Sha256.ofUtf8(secret);
  }
}
