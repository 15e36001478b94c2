package io.ascribe.cli;

import io.ascribe.attribution.EvidenceException;
import io.ascribe.cli.attribution.AttributeCommand;
import io.ascribe.cli.bench.BenchCommand;
import io.ascribe.cli.export.ExportCommand;
import io.ascribe.cli.extract.ExtractCommand;
import io.ascribe.cli.incident.IncidentCommand;
import io.ascribe.cli.ingest.ClaimsCommand;
import io.ascribe.cli.ingest.DocumentsCommand;
import io.ascribe.cli.ingest.IngestCommand;
import io.ascribe.cli.kb.KbCommand;
import io.ascribe.cli.lookup.ActorCommand;
import io.ascribe.cli.lookup.SearchCommand;
import io.ascribe.cli.lookup.SoftwareCommand;
import io.ascribe.cli.lookup.TechniqueCommand;
import io.ascribe.cli.model.ModelCommand;
import io.ascribe.cli.serve.ServeCommand;
import io.ascribe.cli.serve.TokenCommand;
import io.ascribe.cli.taxii.TaxiiCommand;
import io.ascribe.store.incident.StaleIncidentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ascribe} command: evidence-based cyber-attack attribution from the command line. */
@Command(
    name = "ascribe",
    mixinStandardHelpOptions = true,
    version = "ascribe 0.1.0",
    description = {
      "Evidence-based cyber-attack attribution workbench.",
      "",
      "Start by importing a knowledge base (MITRE ATT&CK and MISP galaxies), then look up actors:",
      "  ascribe kb download                       # fetch the public files into ~/.ascribe/downloads",
      "  ascribe kb import ~/.ascribe/downloads    # or any STIX bundle / MISP cluster file, folder or URL",
      "  ascribe actor \"Vanguard Panda\"",
      "  ascribe attribute examples/attribution/case.json   # rank actors for an incident's evidence",
      "",
      "Data lives in ~/.ascribe, or in --home DIR / $ASCRIBE_HOME."
    },
    subcommands = {
      KbCommand.class,
      ActorCommand.class,
      TechniqueCommand.class,
      SoftwareCommand.class,
      SearchCommand.class,
      AttributeCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      ClaimsCommand.class,
      DocumentsCommand.class,
      IncidentCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      TaxiiCommand.class,
      TokenCommand.class,
      ModelCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:failed (bad input, not found, network error); the message names the file and place",
      "2:usage error",
      "3:the name is ambiguous; every candidate is listed"
    })
public final class AscribeCommand {

  /** Exit code for an ambiguous name. */
  public static final int AMBIGUOUS = 3;

  /** Columns of {@code --help}. */
  public static final int HELP_WIDTH = 110;

  /** Builds the command line with Ascribe's error handling; tests call this too. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AscribeCommand());
    // each description paragraph is one string that picocli wraps at this width; examples and lists
    // are laid out by hand to fit in it (HelpLayoutTest checks both)
    cl.setUsageHelpWidth(HELP_WIDTH);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
          if (e instanceof IOException || e instanceof IllegalArgumentException
              || e instanceof EvidenceException
              || e instanceof StaleIncidentException) {
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
          }
          throw ex;
        });
    return cl;
  }

  public static void main(String[] args) {
    // Libraries (Lucene) log through java.util.logging; a CLI's output is its own.
    java.util.logging.LogManager.getLogManager().reset();
    System.exit(commandLine().execute(args));
  }
}
