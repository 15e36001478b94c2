package io.ascribe.cli.ingest;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.search.SearchIndex;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe documents delete}: removes documents and everything derived from them. */
@Command(
    name = "delete",
    header = "Delete ingested documents and everything extracted from them.",
    mixinStandardHelpOptions = true,
    description = {
      "Delete ingested documents and everything extracted from them: indicators, techniques, entities, "
          + "claims, what they tied to actors (so actor profiles and attribution forget them) and their search "
          + "index entries. Each deletion is one transaction with an audit entry.",
      "",
      "Examples:",
      "  ascribe documents delete 3f2a9c1b77e0",
      "  ascribe documents delete report.pdf"
    })
public final class DocumentsDeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "ID",
      description = "A document's SHA-256 (or a unique prefix of at least 8 characters) or its source.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int missing = 0;
    try (Store store = home.open(); SearchIndex index = new SearchIndex(store.indexDir())) {
      DocumentStore documents = new DocumentStore(store);
      for (String id : ids) {
        Optional<DocumentStore.Deleted> gone;
        try {
          gone = documents.delete(id, Tlp.RED, Actor.current());
        } catch (IllegalArgumentException e) {
          err.println(id + ": " + e.getMessage());
          missing++;
          continue;
        }
        if (gone.isEmpty()) {
          err.println(id + ": no such document");
          missing++;
          continue;
        }
        index.remove(gone.get().ids());
        out.printf("  deleted  %s%s (%d corpus link(s))%n", gone.get().sha256().substring(0, 12),
            gone.get().title() == null ? "" : " " + gone.get().title(), gone.get().links());
      }
    }
    return missing == 0 ? 0 : 1;
  }
}
