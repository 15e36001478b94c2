package io.ascribe.store.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TokenStore} remembers live tokens for {@link TokenStore#RECHECK}, and never a revoked one it revoked. */
class RecentTokensTest {
  @TempDir Path home;

  @Test
  void authenticate_revokedThroughTheSameStore_isRefusedAtOnce() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store);
      String secret = tokens.create("carol", Role.VIEWER, Tlp.GREEN, "admin").secret();
      assertThat(tokens.authenticate(secret)).isPresent();
      assertThat(tokens.authenticate(secret)).isPresent(); // remembered

      tokens.revoke("carol", "admin");

      assertThat(tokens.authenticate(secret)).isEmpty();
    }
  }

  @Test
  void authenticate_revokedByAnotherStore_isRefusedOnceTheRecheckIsDue() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore server = new TokenStore(store);
      String secret = server.create("dave", Role.VIEWER, Tlp.GREEN, "admin").secret();
      assertThat(server.authenticate(secret)).isPresent();

      new TokenStore(store).revoke("dave", "admin"); // as `ascribe token revoke` in another process
      Thread.sleep(TokenStore.RECHECK.toMillis() + 100);

      assertThat(server.authenticate(secret)).isEmpty();
    }
  }

  @Test
  void authenticate_unknownSecret_isRefusedAndNotRemembered() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store);
      assertThat(tokens.authenticate("asc_not-a-token")).isEmpty();
      assertThat(tokens.authenticate("asc_not-a-token")).isEmpty();
    }
  }
}
