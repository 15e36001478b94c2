package io.ascribe.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.access.Role;
import io.ascribe.incident.AuditEntry;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.audit.AuditLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, server bug 8: a revoked token's name could not be given to a new token (a unique
 * constraint on the name), which blocked rotating a person's token under the same name.
 */
class TokenNameReuseTest {
  @TempDir Path home;

  @Test
  void create_nameOfRevokedToken_isAllowedAndTheAuditLogTellsTheTwoApart() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store);
      TokenStore.NewToken first = tokens.create("alice", Role.ANALYST, Tlp.AMBER, "admin");
      assertThat(tokens.revoke("alice", "admin")).isTrue();

      TokenStore.NewToken second = tokens.create("alice", Role.ANALYST, Tlp.AMBER, "admin");

      assertThat(second.info().id()).isNotEqualTo(first.info().id());
      assertThat(tokens.authenticate(first.secret())).isEmpty();
      assertThat(tokens.authenticate(second.secret())).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("alice"));
      assertThat(tokens.list()).extracting(TokenStore.TokenInfo::name).containsExactly("alice", "alice");
      List<AuditEntry> log = store.jdbi().withHandle(h -> AuditLog.entries(h, null));
      assertThat(log).extracting(AuditEntry::action, AuditEntry::target).containsExactly(
          tuple("token.create", TokenStore.target(first.info().id())),
          tuple("token.revoke", TokenStore.target(first.info().id())),
          tuple("token.create", TokenStore.target(second.info().id())));
      assertThat(log.get(2).detail()).contains("'alice'", "id " + second.info().id());
    }
  }

  @Test
  void create_nameOfLiveToken_isRefusedWithAClearMessage() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store);
      tokens.create("bob", Role.VIEWER, Tlp.GREEN, "admin");

      assertThatThrownBy(() -> tokens.create(" bob ", Role.VIEWER, Tlp.GREEN, "admin"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name: a live token named 'bob' exists already; revoke it first or choose another name");
      assertThat(tokens.list()).hasSize(1);
    }
  }

  @Test
  void revoke_afterRotation_revokesOnlyTheLiveToken() throws Exception {
    try (Store store = TestStores.open(home)) {
      TokenStore tokens = new TokenStore(store);
      tokens.create("carol", Role.VIEWER, Tlp.GREEN, "admin");
      tokens.revoke("carol", "admin");
      TokenStore.NewToken live = tokens.create("carol", Role.VIEWER, Tlp.GREEN, "admin");

      assertThat(tokens.revoke("carol", "admin")).isTrue();
      assertThat(tokens.revoke("carol", "admin")).as("nothing live is left to revoke").isFalse();
      assertThat(tokens.authenticate(live.secret())).isEmpty();
      assertThat(tokens.list()).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
    }
  }
}
