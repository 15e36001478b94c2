package io.ascribe.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A store that cannot be opened says why, and what to do, without a stack trace. */
class StoreOpenFailureTest {
  @Test
  void a_locked_embedded_database_points_at_the_running_server() {
    assertThat(Store.openFailure("/home/a/.ascribe", "The file is locked: /home/a/.ascribe/db/ascribe.mv.db", null))
        .hasMessageContaining("/home/a/.ascribe").hasMessageContaining("in use by another Ascribe process")
        .hasMessageContaining("ascribe serve").hasMessageContaining("--db");
  }

  @Test
  void other_failures_keep_their_cause_and_name_the_place() {
    assertThat(Store.openFailure("jdbc:postgresql://db/x?password=***", "Connection refused", null))
        .hasMessageContaining("jdbc:postgresql://db/x?password=***").hasMessageContaining("Connection refused");
    assertThat(Store.redact("jdbc:postgresql://db/x?user=u&password=s3cret")).doesNotContain("s3cret");
  }
}
