package io.ascribe.export;

import java.util.List;

/**
 * What a comparison layer shows: an incident's techniques against one actor's.
 *
 * @param name the layer's name
 * @param description the layer's description, or null
 * @param attackVersion the ATT&amp;CK major version the ids come from ({@code "18"})
 * @param incidentLabel how the legend names the incident ("Incident 2024-17")
 * @param actorLabel how the legend names the actor ("APT29 (G0016)")
 * @param incident the incident's techniques
 * @param actor the actor's techniques
 */
public record NavigatorComparison(
    String name,
    String description,
    String attackVersion,
    String incidentLabel,
    String actorLabel,
    List<LayerTechnique> incident,
    List<LayerTechnique> actor) {

  /**
   * @throws IllegalArgumentException naming the missing field
   */
  public NavigatorComparison {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("navigator layer: name is required");
    }
    if (attackVersion == null || attackVersion.isBlank()) {
      throw new IllegalArgumentException("navigator layer '" + name + "': attackVersion is required, e.g. \"18\"");
    }
    incidentLabel = incidentLabel == null ? "incident" : incidentLabel;
    actorLabel = actorLabel == null ? "actor" : actorLabel;
    incident = List.copyOf(incident == null ? List.of() : incident);
    actor = List.copyOf(actor == null ? List.of() : actor);
  }
}
