package io.ascribe.cli.ingest;

import io.ascribe.alias.EntityKind;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe claims}: the ledger of public attributions, denials and counter-accusations. */
@Command(
    name = "claims",
    header = "List the claims found in ingested documents, newest first, with quotes and sources.",
    mixinStandardHelpOptions = true,
    description = {
      "List the claims found in ingested documents, newest first, each with its quote and source.",
      "",
      "Examples:",
      "  ascribe claims --country CN",
      "  ascribe claims --actor \"Volt Typhoon\" --type denial --json",
      "  ascribe claims --since 2024-01-01"
    })
public final class ClaimsCommand implements Callable<Integer> {
  private static final Set<String> TYPES = Set.of("attribution", "denial", "counter_accusation");

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--actor", paramLabel = "NAME", description = "Threat actor (any alias).")
  String actor;

  @Option(names = "--country", paramLabel = "CC", description = "Claimant or accused country (ISO alpha-2, or EU).")
  String country;

  @Option(names = "--type", paramLabel = "T", description = "attribution, denial or counter_accusation.")
  String type;

  @Option(names = "--since", paramLabel = "DATE", description = "Only claims on or after this date (YYYY-MM-DD).")
  String since;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--type must be attribution, denial or counter_accusation, got '" + type + "'");
    }
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException("--country must be a two-letter ISO code (or EU), got '" + country + "'");
    }
    if (since != null) {
      try {
        LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--since must be a date YYYY-MM-DD, got '" + since + "'");
      }
    }
    List<DocumentStore.LedgerEntry> entries;
    try (Store store = home.open()) {
      String actorName = actor;
      if (actor != null) {
        KnowledgeBase kb = new KnowledgeBase(store);
        var resolved = kb.lookup(EntityKind.ACTOR, actor).resolved();
        if (resolved.isPresent()) {
          actorName = kb.nameOf(EntityKind.ACTOR, resolved.get().entityKey()).map(n -> n[0]).orElse(actor);
        }
      }
      entries = new DocumentStore(store).claims(new DocumentStore.LedgerQuery(actorName, country,
          type == null ? null : type.toLowerCase(Locale.ROOT), since));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, entries);
      return 0;
    }
    if (entries.isEmpty()) {
      out.println("No claims match.");
      return 0;
    }
    for (DocumentStore.LedgerEntry e : entries) {
      out.printf("%s  %-19s %s (%s) -> %s (%s)  [%s]%s%n", e.date() == null ? "----------" : e.date(), e.type(),
          e.claimant(), e.claimantCountry(), e.accused(), e.accusedCountry() == null ? "no state" : e.accusedCountry(),
          e.form(), e.threatActor() == null ? "" : "  actor: " + e.threatActor());
      out.println("      \"" + e.evidence() + "\"");
      out.println("      source: " + (e.title() == null ? "" : e.title() + " — ") + e.source());
    }
    return 0;
  }
}
