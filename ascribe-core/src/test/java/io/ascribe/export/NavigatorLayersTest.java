package io.ascribe.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incident-against-actor Navigator layer (format 4.5). */
class NavigatorLayersTest {
  private static final NavigatorComparison COMPARISON = new NavigatorComparison(
      "Incident 2024-17 vs APT29", null, "18", "Incident 2024-17", "APT29 (G0016)",
      List.of(new LayerTechnique("T1566.001", "Spearphishing Attachment", "2 reports"),
          new LayerTechnique("T1078", "Valid Accounts", null)),
      List.of(new LayerTechnique("T1078", "Valid Accounts", "cited 12 times"),
          new LayerTechnique("T1027", "Obfuscated Files or Information", null)));

  private static Map<String, JsonNode> byId(JsonNode layer) {
    Map<String, JsonNode> m = new HashMap<>();
    layer.path("techniques").forEach(t -> m.put(t.path("techniqueID").asText(), t));
    return m;
  }

  @Test
  void comparison_header_layerFormat45EnterpriseDomain() {
    JsonNode layer = NavigatorLayers.comparison(COMPARISON);
    assertThat(layer.path("name").asText()).isEqualTo("Incident 2024-17 vs APT29");
    assertThat(layer.path("domain").asText()).isEqualTo("enterprise-attack");
    assertThat(layer.path("versions").path("layer").asText()).isEqualTo("4.5");
    assertThat(layer.path("versions").path("attack").asText()).isEqualTo("18");
    assertThat(layer.path("versions").has("navigator")).isTrue();
    assertThat(layer.path("gradient").path("colors")).hasSize(3);
    assertThat(layer.path("gradient").path("minValue").asInt()).isEqualTo(1);
    assertThat(layer.path("gradient").path("maxValue").asInt()).isEqualTo(3);
  }

  @Test
  void comparison_eachSide_scoreColourAndComment() {
    Map<String, JsonNode> t = byId(NavigatorLayers.comparison(COMPARISON));
    assertThat(t.get("T1566.001").path("score").asInt()).isEqualTo(NavigatorLayers.INCIDENT_ONLY);
    assertThat(t.get("T1027").path("score").asInt()).isEqualTo(NavigatorLayers.ACTOR_ONLY);
    assertThat(t.get("T1078").path("score").asInt()).isEqualTo(NavigatorLayers.BOTH);
    assertThat(t.get("T1078").path("comment").asText()).isEqualTo("Incident 2024-17 | APT29 (G0016): cited 12 times");
    assertThat(t.get("T1566.001").path("comment").asText()).isEqualTo("Incident 2024-17: 2 reports");
    assertThat(List.of(t.get("T1566.001"), t.get("T1027"), t.get("T1078")))
        .extracting(x -> x.path("color").asText()).doesNotHaveDuplicates();
  }

  @Test
  void comparison_legend_namesTheThreeColours() {
    JsonNode layer = NavigatorLayers.comparison(COMPARISON);
    Map<String, JsonNode> t = byId(layer);
    JsonNode legend = layer.path("legendItems");
    assertThat(legend).hasSize(3);
    assertThat(legend.get(0).path("label").asText()).isEqualTo("Only in Incident 2024-17");
    assertThat(legend.get(0).path("color").asText()).isEqualTo(t.get("T1566.001").path("color").asText());
    assertThat(legend.get(1).path("color").asText()).isEqualTo(t.get("T1027").path("color").asText());
    assertThat(legend.get(2).path("color").asText()).isEqualTo(t.get("T1078").path("color").asText());
  }

  @Test
  void comparison_subtechnique_parentListedUnscoredAndExpanded() {
    JsonNode parent = byId(NavigatorLayers.comparison(COMPARISON)).get("T1566");
    assertThat(parent.path("showSubtechniques").asBoolean()).isTrue();
    assertThat(parent.has("score")).isFalse();
    assertThat(parent.path("enabled").asBoolean()).isTrue();
  }

  @Test
  void comparison_sameInputTwice_sameJson() {
    assertThat(NavigatorLayers.comparison(COMPARISON).toString()).isEqualTo(NavigatorLayers.comparison(COMPARISON).toString());
  }

  @Test
  void layerTechnique_badId_rejectedWithMessage() {
    assertThatThrownBy(() -> new LayerTechnique("1059", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("techniqueId must look like T1059 or T1059.001, got '1059'");
    assertThatThrownBy(() -> new NavigatorComparison("x", null, " ", null, null, List.of(), List.of()))
        .hasMessage("navigator layer 'x': attackVersion is required, e.g. \"18\"");
  }
}
