package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe ingest}, {@code claims} and document search, on the seed pages. */
class IngestCommandTest {
  @TempDir Path tmp;

  @Test
  void ingest_seeds_storesClaimsOnceAndTheLedgerFiltersThem() throws Exception {
    Path seeds = SharedData.seed("000_4e465635380c1327.txt").getParent();
    Path home = tmp.resolve("home");
    Path junk = Files.write(tmp.resolve("junk.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
    CliRun first = CliRun.run("ingest", "--home", home.toString(), seeds.toString(), junk.toString(), "--json");
    assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
    JsonNode outcomes = first.json();
    int stored = 0;
    for (JsonNode o : outcomes) {
      stored += o.path("status").asText().equals("stored") ? 1 : 0;
    }
    assertThat(stored).isGreaterThanOrEqualTo(2);

    CliRun again = CliRun.run("ingest", "--home", home.toString(), seeds.toString(), "--json");
    for (JsonNode o : again.json()) {
      assertThat(o.path("status").asText()).as(o.toString()).isEqualTo("unchanged");
    }

    JsonNode all = CliRun.run("claims", "--home", home.toString(), "--json").json();
    assertThat(all.size()).isGreaterThanOrEqualTo(7);
    assertThat(all.get(0).path("date").asText()).isGreaterThanOrEqualTo(all.get(all.size() - 1).path("date").asText());
    JsonNode denials = CliRun.run("claims", "--home", home.toString(), "--type", "denial", "--country", "CN", "--json").json();
    assertThat(denials.size()).isEqualTo(2);
    for (JsonNode d : denials) {
      assertThat(d.path("evidence").asText()).isNotBlank();
      assertThat(d.path("source").asText()).contains("seeds");
    }
    JsonNode since = CliRun.run("claims", "--home", home.toString(), "--since", "2024-01-01", "--json").json();
    for (JsonNode c : since) {
      assertThat(c.path("date").asText()).startsWith("2024");
    }
    CliRun text = CliRun.run("claims", "--home", home.toString(), "--type", "counter_accusation");
    assertThat(text.out()).contains("counter_accusation", "source:");

    CliRun search = CliRun.run("search", "--home", home.toString(), "Equifax", "--kind", "document");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.out()).contains("document", "«Equifax»");
  }

  @Test
  void claims_badFilters_failWithClearMessages() {
    Path home = tmp.resolve("home");
    assertThat(CliRun.run("claims", "--home", home.toString(), "--type", "rumour").err())
        .contains("--type must be attribution, denial or counter_accusation, got 'rumour'");
    assertThat(CliRun.run("claims", "--home", home.toString(), "--since", "last week").err())
        .contains("--since must be a date YYYY-MM-DD, got 'last week'");
    assertThat(CliRun.run("claims", "--home", home.toString(), "--country", "China").err())
        .contains("--country must be a two-letter ISO code");
  }
}
