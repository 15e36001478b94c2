package io.ascribe.store.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.incident.Incident;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, server bug 7: incidents were numbered INC-1, INC-2, ..., so a viewer who saw INC-3 and
 * INC-5 learned that a hidden INC-4 exists. New ids are random; old ones still resolve.
 */
class UnguessableIncidentIdsTest {
  @TempDir Path home;

  @Test
  void create_givesRandomIdsThatSayNothingAboutOtherIncidents() throws Exception {
    try (Store store = TestStores.open(home)) {
      IncidentStore incidents = new IncidentStore(store);
      String open = incidents.create("Open case", null, Tlp.CLEAR, "alice").id();
      incidents.create("Hidden case", null, Tlp.RED, "alice");
      String next = incidents.create("Next open case", null, Tlp.CLEAR, "alice").id();

      assertThat(List.of(open, next)).allSatisfy(id -> assertThat(id).matches("INC-[0-9A-HJKMNP-TV-Z]{8}")
          .doesNotMatch("INC-\\d+"));
      assertThat(incidents.list(Tlp.CLEAR)).extracting(Incident::id).containsExactly(next, open);
    }
  }

  @Test
  void find_legacySequentialId_stillResolvesAndNewIncidentsGetRandomIds() throws Exception {
    try (Store store = TestStores.open(home)) {
      store.jdbi().useHandle(h -> h.createUpdate("insert into incident (id, seq, title, tlp, version, created_at, "
              + "created_by, updated_at) values ('INC-3', 3, 'Made before', 'GREEN', 1, :now, 'alice', :now)")
          .bind("now", OffsetDateTime.now()).execute());
      IncidentStore incidents = new IncidentStore(store);

      String fresh = incidents.create("Made after", null, Tlp.GREEN, "bob").id();

      for (String typed : List.of("INC-3", "inc-3", " 3 ")) {
        assertThat(incidents.find(typed, Tlp.GREEN)).as(typed).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo("INC-3"));
      }
      assertThat(fresh).isNotEqualTo("INC-4").doesNotMatch("INC-\\d+");
      assertThat(incidents.find(fresh.toLowerCase(Locale.ROOT), Tlp.GREEN)).isPresent();
      assertThat(incidents.list(Tlp.GREEN)).extracting(Incident::id).containsExactly(fresh, "INC-3");
    }
  }

  @Test
  void next_overManyDraws_usesCrockfordBase32AndIsNeverAllDigits() {
    long seed = new Random().nextLong();
    IncidentIds ids = new IncidentIds(new Random(seed));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String id = ids.next();
      assertThat(id).as("seed %d", seed).matches("INC-[0-9A-HJKMNP-TV-Z]{8}").doesNotMatch("INC-\\d{8}");
      seen.add(id);
    }
    assertThat(seen).as("seed %d", seed).hasSize(20_000);
  }
}
