package io.ascribe.server.web;

import io.ascribe.access.Principal;
import io.ascribe.digest.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's browser sessions, in memory. A session id is 256 random bits, given to the browser
 * once and kept here only as its SHA-256, so a heap dump does not reveal live cookies. Sessions
 * expire after {@link #IDLE} without use and after {@link #MAX_AGE} in any case; a restart ends
 * them all.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofHours(2);
  static final Duration MAX_AGE = Duration.ofHours(12);
  private static final int MAX_SESSIONS = 10_000;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, WebSession> byHash = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** A new session for {@code principal}; returns the id to put in the cookie (the only copy). */
  String create(Principal principal) {
    Instant now = clock.instant();
    if (byHash.size() >= MAX_SESSIONS) {
      byHash.values().removeIf(s -> expired(s, now));
    }
    String id = token();
    byHash.put(hash(id), new WebSession(principal, token(), now.plus(IDLE), now.plus(MAX_AGE)));
    return id;
  }

  /** The live session behind a cookie value; using it extends its idle time. */
  Optional<WebSession> find(String id) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    String key = hash(id);
    Instant now = clock.instant();
    WebSession s = byHash.computeIfPresent(key, (k, old) -> expired(old, now) ? null
        : new WebSession(old.principal(), old.csrf(), min(now.plus(IDLE), old.endsAt()), old.endsAt()));
    return Optional.ofNullable(s);
  }

  /** Ends a session (logout). */
  void end(String id) {
    if (id != null) {
      byHash.remove(hash(id));
    }
  }

  /** Ends every session of the named token (when it is revoked). */
  void endAllOf(String principalName) {
    byHash.values().removeIf(s -> s.principal().name().equals(principalName));
  }

  private static boolean expired(WebSession s, Instant now) {
    return !now.isBefore(s.idleUntil()) || !now.isBefore(s.endsAt());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String id) {
    return Sha256.ofUtf8(id);
  }

  /** Constant-time comparison of two tokens. */
  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
