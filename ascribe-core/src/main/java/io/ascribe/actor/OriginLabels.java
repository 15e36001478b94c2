package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import java.util.Locale;

/** How a page or a command names where an actor's fact comes from. */
public final class OriginLabels {
  private OriginLabels() {}

  /** A short readable name for an origin ("MITRE ATT&amp;CK", "MISP galaxies", "your corpus"). */
  public static String label(AttributionCorpus.Origin origin) {
    return switch (origin) {
      case DIRECT -> "MITRE ATT&CK";
      case CAMPAIGN -> "ATT&CK campaigns";
      case VIA_SOFTWARE -> "ATT&CK, via its software";
      case MISP -> "MISP galaxies";
      case INDICATOR -> "STIX indicators";
      case CORPUS -> "your corpus";
      default -> origin.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** The origin's name as JSON carries it ({@code misp}, {@code corpus}). */
  public static String id(AttributionCorpus.Origin origin) {
    return origin.name().toLowerCase(Locale.ROOT);
  }
}
