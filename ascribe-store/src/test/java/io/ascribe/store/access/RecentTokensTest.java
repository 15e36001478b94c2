package io.ascribe.store.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TokenStore} remembers live tokens for {@link TokenStore#RECHECK}, and never one it revoked itself. */
class RecentTokensTest {
  @TempDir Path home;
  private final AtomicLong now = new AtomicLong();

  @Test
  void authenticate_revokedThroughTheSameStore_isRefusedAtOnce() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store, now::get);
      String secret = tokens.create("carol", Role.VIEWER, Tlp.GREEN, "admin").secret();
      assertThat(tokens.authenticate(secret)).isPresent();

      tokens.revoke("carol", "admin");

      assertThat(tokens.authenticate(secret)).isEmpty();
    }
  }

  @Test
  void authenticate_revokedByAnotherStore_isBelievedLiveUntilTheRecheckIsDue() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore server = new TokenStore(store, now::get);
      String secret = server.create("dave", Role.VIEWER, Tlp.GREEN, "admin").secret();
      assertThat(server.authenticate(secret)).isPresent();

      new TokenStore(store).revoke("dave", "admin"); // as `ascribe token revoke` in another process

      now.addAndGet(TokenStore.RECHECK.toNanos() - 1);
      assertThat(server.authenticate(secret)).as("remembered, not asked again").isPresent();
      now.addAndGet(1);
      assertThat(server.authenticate(secret)).as("asked again once the recheck is due").isEmpty();
    }
  }
}
