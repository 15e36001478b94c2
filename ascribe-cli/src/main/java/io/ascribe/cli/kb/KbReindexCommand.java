package io.ascribe.cli.kb;

import io.ascribe.cli.HomeOption;
import io.ascribe.store.Store;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ReadModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascribe kb reindex}: rebuilds linking, profiles and the search index from the database. */
@Command(
    name = "reindex",
    header = "Rebuild alias linking, profiles and the search index from the stored objects.",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild alias linking, profiles and the Lucene search index from the stored objects.",
      "",
      "Example:",
      "  ascribe kb reindex --home /tmp/ascribe-home"
    })
public final class KbReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    ReadModel model;
    try (Store store = home.open()) {
      model = new DerivedIndexes(store).reindex();
    }
    spec.commandLine().getOut().printf(
        "Reindexed in %.1f s: %d actors (%d ambiguous names), %d software, %d techniques.%n",
        (System.nanoTime() - start) / 1e9, model.actors().size(), model.ambiguousActorNames(),
        model.software().size(), model.techniques().size());
    return 0;
  }
}
