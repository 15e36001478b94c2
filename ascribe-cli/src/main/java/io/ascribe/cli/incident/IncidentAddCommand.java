package io.ascribe.cli.incident;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.StoredDocument;
import io.ascribe.store.incident.IncidentStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe incident add}: evidence typed in, or taken from an ingested document. */
@Command(
    name = "add",
    header = "Add evidence to an incident, typed in or taken from an ingested document.",
    mixinStandardHelpOptions = true,
    description = {
      "Add evidence to an incident. Items it already has are left as they are, so re-running is safe. With "
          + "--from-document alone, the document is attached and its techniques, software and indicators (except "
          + "warning-listed ones) become evidence with the document as their source; --only narrows that. With "
          + "--from-document and items (--technique ...), only those items are added, with the document as "
          + "source.",
      "",
      "Examples:",
      "  ascribe incident add INC-7KQ2M9XD --technique T1059.001 --software PlugX --victim-country US",
      "  ascribe incident add INC-7KQ2M9XD --language zh --utc-offset 8 --observed-from 2024-03-01",
      "  ascribe incident add INC-7KQ2M9XD --from-document 3f2a9c1e --only technique,software"
    })
public final class IncidentAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin IncidentRef incident;

  @Option(names = "--technique", paramLabel = "ID|NAME", description = "ATT&CK technique (repeatable).")
  List<String> techniques = new ArrayList<>();

  @Option(names = "--software", paramLabel = "ID|NAME", description = "Malware or tool (repeatable).")
  List<String> software = new ArrayList<>();

  @Option(names = "--indicator", paramLabel = "VALUE", description = "IP, domain, URL or hash (repeatable).")
  List<String> indicators = new ArrayList<>();

  @Option(names = "--victim-country", paramLabel = "CC", description = "ISO 3166 alpha-2 (repeatable).")
  List<String> countries = new ArrayList<>();

  @Option(names = "--sector", paramLabel = "SECTOR", description = "Victim sector (repeatable).")
  List<String> sectors = new ArrayList<>();

  @Option(names = "--language", paramLabel = "CODE", description = "Language found in artifacts, like zh (repeatable).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--utc-offset", paramLabel = "HOURS", description = "UTC offset of artifact timestamps (repeatable).")
  List<String> offsets = new ArrayList<>();

  @Option(names = "--observed-from", paramLabel = "DATE", description = "First activity seen (YYYY-MM-DD).")
  String observedFrom;

  @Option(names = "--observed-to", paramLabel = "DATE", description = "Last activity seen (YYYY-MM-DD).")
  String observedTo;

  @Option(names = "--from-document", paramLabel = "SHA256|SOURCE",
      description = "An ingested document: its SHA-256 (or a prefix of 8+ characters) or its source path/URL.")
  String document;

  @Option(names = "--only", split = ",", paramLabel = "KIND",
      description = "With --from-document: only these kinds (technique, software, indicator).")
  List<String> only = new ArrayList<>();

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    List<IncidentStore.NewItem> items = new ArrayList<>();
    add(items, ItemKind.TECHNIQUE, techniques);
    add(items, ItemKind.SOFTWARE, software);
    add(items, ItemKind.INDICATOR, indicators);
    add(items, ItemKind.VICTIM_COUNTRY, countries);
    add(items, ItemKind.VICTIM_SECTOR, sectors);
    add(items, ItemKind.LANGUAGE, languages);
    add(items, ItemKind.UTC_OFFSET, offsets);
    if (observedFrom != null) {
      add(items, ItemKind.OBSERVED_FROM, List.of(observedFrom));
    }
    if (observedTo != null) {
      add(items, ItemKind.OBSERVED_TO, List.of(observedTo));
    }
    if (items.isEmpty() && document == null) {
      throw new IllegalArgumentException("nothing to add: give --technique, --software, --indicator, --victim-country, "
          + "--sector, --language, --utc-offset, --observed-from/--observed-to or --from-document");
    }
    Set<ItemKind> kinds = EnumSet.of(ItemKind.TECHNIQUE, ItemKind.SOFTWARE, ItemKind.INDICATOR);
    if (!only.isEmpty()) {
      kinds.clear();
      for (String k : only) {
        ItemKind kind = ItemKind.of(k);
        if (!EnumSet.of(ItemKind.TECHNIQUE, ItemKind.SOFTWARE, ItemKind.INDICATOR).contains(kind)) {
          throw new IllegalArgumentException("--only: a document gives technique, software and indicator items, not " + k);
        }
        kinds.add(kind);
      }
    }
    Incident result;
    try (Store store = home.open()) {
      IncidentStore incidents = new IncidentStore(store);
      if (document == null) {
        result = incidents.addEvidence(incident.id, incident.expectVersion, items, Actor.current());
      } else {
        StoredDocument doc = new DocumentStore(store).document(document, Tlp.RED)
            .orElseThrow(() -> new IllegalArgumentException("no ingested document '" + document
                + "' (give its SHA-256 as `ascribe ingest` printed it, or its source)"));
        String source = EvidenceItem.fromDocument(doc.header().sha256());
        List<IncidentStore.NewItem> chosen = items.isEmpty() ? IncidentStore.itemsOf(doc, kinds)
            : items.stream().map(i -> new IncidentStore.NewItem(i.kind(), i.value(), source)).toList();
        result = incidents.addFromDocument(incident.id, incident.expectVersion, doc, chosen, Actor.current());
      }
    }
    if (json.requested()) {
      Json.print(spec.commandLine().getOut(), result);
    } else {
      spec.commandLine().getOut().printf("%s: %d evidence items, %d documents (version %d)%n", result.id(),
          result.evidence().size(), result.documents().size(), result.version());
    }
    return 0;
  }

  private static void add(List<IncidentStore.NewItem> items, ItemKind kind, List<String> values) {
    for (String v : values) {
      items.add(new IncidentStore.NewItem(kind, v, EvidenceItem.ANALYST));
    }
  }
}
