package io.ascribe.server.web;

import io.ascribe.access.Principal;
import java.time.Instant;

/**
 * A signed-in browser: who it acts as, its CSRF token, and when it expires.
 *
 * @param principal the API token's principal (name, role, TLP clearance) at sign-in
 * @param csrf the token every POST of this session must carry
 * @param idleUntil when it expires unless used again
 * @param endsAt when it expires in any case
 */
record WebSession(Principal principal, String csrf, Instant idleUntil, Instant endsAt) {}
