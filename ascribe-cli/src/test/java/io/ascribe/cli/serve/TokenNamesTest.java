package io.ascribe.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Role;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenNamesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 7, 9, 5, 1);

  @Test
  void generate_freeName_isRoleAndTime() {
    assertThat(TokenNames.generate(Role.VIEWER, NOW, Set.of())).isEqualTo("token-viewer-20260307-090501");
  }

  @Test
  void generate_nameTaken_addsTheFirstFreeNumber() {
    Set<String> taken = Set.of("token-admin-20260307-090501", "token-admin-20260307-090501-2");

    assertThat(TokenNames.generate(Role.ADMIN, NOW, taken)).isEqualTo("token-admin-20260307-090501-3");
  }
}
