package io.ascribe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.access.Principal;
import io.ascribe.access.Role;
import io.ascribe.model.Tlp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sessions expire when idle and in any case, and unknown or ended ids find nothing. */
class SessionsTest {
  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final Principal ALICE = new Principal("alice", Role.ANALYST, Tlp.AMBER);

  @Test
  void a_session_ends_after_two_idle_hours() {
    TestClock clock = new TestClock();
    Sessions sessions = new Sessions(clock);
    String id = sessions.create(ALICE);
    clock.now = clock.now.plus(Duration.ofMinutes(119));
    assertThat(sessions.find(id)).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(119));
    assertThat(sessions.find(id)).as("use extended it").isPresent();
    clock.now = clock.now.plus(Sessions.IDLE);
    assertThat(sessions.find(id)).isEmpty();
  }

  @Test
  void a_session_ends_after_twelve_hours_however_busy() {
    TestClock clock = new TestClock();
    Sessions sessions = new Sessions(clock);
    String id = sessions.create(ALICE);
    for (int i = 0; i < 12; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(59));
      assertThat(sessions.find(id)).isPresent();
    }
    clock.now = clock.now.plus(Duration.ofMinutes(13));
    assertThat(sessions.find(id)).isEmpty();
  }

  @Test
  void ids_are_random_and_ended_or_unknown_ids_find_nothing() {
    Sessions sessions = new Sessions(new TestClock());
    String a = sessions.create(ALICE);
    String b = sessions.create(ALICE);
    assertThat(a).isNotEqualTo(b).hasSize(43);
    assertThat(sessions.find(a).orElseThrow().csrf()).isNotEqualTo(sessions.find(b).orElseThrow().csrf());
    sessions.end(a);
    assertThat(sessions.find(a)).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
    assertThat(sessions.find("x".repeat(43))).isEmpty();
    sessions.endAllOf("alice");
    assertThat(sessions.find(b)).isEmpty();
  }
}
