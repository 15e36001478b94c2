package io.ascribe.cli.model;

import io.ascribe.store.technique.TechniqueModels;

/** One line saying what bringing the technique model up to date did, for a person to read. */
public final class ModelSummary {
  private ModelSummary() {}

  /** The line for {@code refresh}. */
  public static String of(TechniqueModels.Refresh refresh) {
    TechniqueModels.Info i = refresh.info();
    return switch (refresh.kind()) {
      case TRAINED -> String.format("Technique model: trained in %.1f s on %d procedure examples%s; %d techniques.",
          i.seconds(), i.procedureExamples(), i.reports() > 0 ? " and " + i.reports() + " annotated reports" : "",
          i.techniques());
      case UP_TO_DATE -> "Technique model: up to date (" + i.techniques() + " techniques).";
      case KEPT -> "Technique model: kept (" + i.techniques() + " techniques); the procedure examples did not change.";
      case STALE -> "Technique model: kept though the knowledge base changed; its annotated reports " + i.tram()
          + " are gone (retrain: ascribe model train [--tram FILE]).";
      case NOTHING_TO_LEARN -> "Technique model: none; the knowledge base has no ATT&CK procedure examples "
          + "(import ATT&CK to get one).";
    };
  }
}
