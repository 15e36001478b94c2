package io.ascribe.attribution;

/**
 * Features are scored in groups, each with its own background distribution, so that, say, the
 * number of techniques an actor has does not dilute its software.
 */
enum FeatureGroup {
  TECHNIQUE("t:"),
  FAMILY("f:"),
  SOFTWARE("s:"),
  INDICATOR("i:"),
  VICTIM_COUNTRY("vc:"),
  VICTIM_SECTOR("vs:");

  final String prefix;

  FeatureGroup(String prefix) {
    this.prefix = prefix;
  }

  static FeatureGroup of(String feature) {
    for (FeatureGroup g : values()) {
      if (feature.startsWith(g.prefix)) {
        return g;
      }
    }
    throw new IllegalArgumentException("feature has no known group: " + feature);
  }
}
