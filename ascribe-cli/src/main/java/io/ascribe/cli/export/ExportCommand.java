package io.ascribe.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.TlpConverter;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.export.Exports;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe export}: STIX 2.1 bundles of an actor, an incident or the claims ledger; Navigator layers. */
@Command(
    name = "export",
    header = "Export as STIX 2.1 or as an ATT&CK Navigator layer.",
    mixinStandardHelpOptions = true,
    description = {
      "Export as STIX 2.1 (bundles validate against the OASIS schemas) or as an ATT&CK Navigator layer. "
          + "Marked data needs --tlp: the highest marking the recipients may see; nothing above it is written, "
          + "and markings travel with the objects.",
      "",
      "Examples:",
      "  ascribe export actor \"Volt Typhoon\" --out volt-typhoon.json",
      "  ascribe export claims --country CN --tlp GREEN --out claims.json",
      "  ascribe export incident INC-7KQ2M9XD --tlp AMBER --out incident.json",
      "  ascribe export navigator INC-7KQ2M9XD --actor APT41 --tlp AMBER --out layer.json"
    },
    subcommands = {ExportCommand.Actor.class, ExportCommand.Claims.class, ExportCommand.IncidentBundle.class,
        ExportCommand.Navigator.class})
public final class ExportCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A supplier that asks its source once, on first use. */
  static final class Once<T> implements java.util.function.Supplier<T> {
    private final java.util.function.Supplier<T> source;
    private T value;

    Once(java.util.function.Supplier<T> source) {
      this.source = source;
    }

    @Override
    public T get() {
      if (value == null) {
        value = source.get();
      }
      return value;
    }
  }

  /** Options every export shares. */
  static class Output {
    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of standard output.")
    Path out;

    int write(Function<Exports, ObjectNode> what) throws IOException {
      ObjectNode result;
      try (Store store = home.open()) {
        result = what.apply(new Exports(store, new Once<>(new KnowledgeBase(store)::linked)));
      }
      String text = JSON.writeValueAsString(result);
      if (out == null) {
        spec.commandLine().getOut().println(text);
        return 0;
      }
      Path dir = out.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".export", ".tmp");
      Files.writeString(tmp, text + "\n");
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine().getErr().println("wrote " + out);
      return 0;
    }
  }

  /** {@code ascribe export actor}. */
  @Command(name = "actor",
      header = "Export an actor as a STIX intrusion set with aliases, techniques and software.",
      mixinStandardHelpOptions = true,
      description = {
        "An actor: intrusion set with sourced aliases, techniques, software and sponsor claims.",
        "",
        "Examples:",
        "  ascribe export actor \"Volt Typhoon\" --out volt-typhoon.json",
        "  ascribe export actor G0016"
      })
  static final class Actor extends Output implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Name, alias or ATT&CK id.")
    java.util.List<String> name;

    @Override
    public Integer call() throws Exception {
      return write(e -> e.actor(String.join(" ", name), Tlp.RED));
    }
  }

  /** {@code ascribe export claims}. */
  @Command(name = "claims",
      header = "Export the claims ledger as STIX.",
      mixinStandardHelpOptions = true,
      description = {
        "The claims ledger: attributions as attributed-to, denials as opinions, counter-accusations as notes.",
        "",
        "Examples:",
        "  ascribe export claims --country CN --tlp GREEN --out claims.json",
        "  ascribe export claims --actor APT28 --type denial --since 2024-01-01 --tlp CLEAR"
      })
  static final class Claims extends Output implements Callable<Integer> {
    @Option(names = "--tlp", required = true, paramLabel = "MAX", converter = TlpConverter.class,
        description = "Highest marking the recipients may see.")
    Tlp tlp;

    @Option(names = "--actor", description = "Only claims about this threat actor.")
    String actor;

    @Option(names = "--country", description = "Only claims by or against this country (ISO alpha-2).")
    String country;

    @Option(names = "--type", description = "attribution, denial or counter_accusation.")
    String type;

    @Option(names = "--since", paramLabel = "DATE", description = "Only claims dated on or after (YYYY-MM-DD).")
    String since;

    @Override
    public Integer call() throws Exception {
      return write(e -> e.claims(new DocumentStore.LedgerQuery(actor, country, type, since, tlp)));
    }
  }

  /** {@code ascribe export incident}. */
  @Command(name = "incident",
      header = "Export an incident's evidence and latest assessment as STIX.",
      mixinStandardHelpOptions = true,
      description = {
        "An incident: its evidence, the latest assessment's hypotheses (attributed-to with confidence) and a note.",
        "",
        "Example:",
        "  ascribe export incident INC-7KQ2M9XD --tlp AMBER --out incident.json"
      })
  static final class IncidentBundle extends Output implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
    String incident;

    @Option(names = "--tlp", required = true, paramLabel = "MAX", converter = TlpConverter.class,
        description = "Highest marking the recipients may see.")
    Tlp tlp;

    @Override
    public Integer call() throws Exception {
      return write(e -> e.incident(incident, tlp));
    }
  }

  /** {@code ascribe export navigator}. */
  @Command(name = "navigator",
      header = "Export an ATT&CK Navigator layer: an incident's techniques against an actor's.",
      mixinStandardHelpOptions = true,
      description = {
        "An ATT&CK Navigator layer: the incident's techniques against an actor's (open it in the Navigator).",
        "",
        "Example:",
        "  ascribe export navigator INC-7KQ2M9XD --actor APT41 --tlp AMBER --out layer.json"
      })
  static final class Navigator extends Output implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
    String incident;

    @Option(names = "--actor", required = true, description = "The actor to compare with (name, alias or ATT&CK id).")
    String actor;

    @Option(names = "--tlp", required = true, paramLabel = "MAX", converter = TlpConverter.class,
        description = "Highest marking the recipients may see (the incident must be within it).")
    Tlp tlp;

    @Override
    public Integer call() throws Exception {
      return write(e -> e.navigator(incident, actor, tlp));
    }
  }
}
