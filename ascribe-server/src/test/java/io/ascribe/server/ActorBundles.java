package io.ascribe.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;

/**
 * The mini ATT&amp;CK bundle with actors that overlap: Beta Bear and Gamma Bear also use KettleRAT
 * (so Alpha Panda shares it with two actors), and Beta Bear also uses Green Tea.
 */
public final class ActorBundles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static final String BETA = "intrusion-set--00000000-0000-4000-8000-000000000102";
  private static final String GAMMA = "intrusion-set--00000000-0000-4000-8000-000000000103";
  private static final String KETTLE = "malware--00000000-0000-4000-8000-000000000401";
  private static final String GREEN_TEA = "attack-pattern--00000000-0000-4000-8000-000000000302";

  private ActorBundles() {}

  /** Writes the overlapping bundle into {@code dir}. */
  public static Path overlapping(Path dir) throws Exception {
    ObjectNode bundle = (ObjectNode) MAPPER.readTree(Fixtures.text(Fixtures.MINI_ATTACK));
    ArrayNode objects = (ArrayNode) bundle.get("objects");
    objects.add(uses("relationship--00000000-0000-4000-8000-0000000006a1", BETA, KETTLE));
    objects.add(uses("relationship--00000000-0000-4000-8000-0000000006a2", GAMMA, KETTLE));
    objects.add(uses("relationship--00000000-0000-4000-8000-0000000006a3", BETA, GREEN_TEA));
    objects.forEach(o -> {
      if (ALPHA.equals(o.path("id").asText())) {
        ((ObjectNode) o).put("description", "Alpha Panda <b>brews</b> tea.");
        ((ArrayNode) o.withArray("external_references")).addObject().put("source_name", "Vendor blog")
            .put("url", "https://example.com/alpha-report").put("description", "Alpha report (2019)");
      }
    });
    return Fixtures.write(dir, "attack-overlapping.json", MAPPER.writeValueAsString(bundle));
  }

  private static ObjectNode uses(String id, String source, String target) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("type", "relationship").put("spec_version", "2.1").put("id", id)
        .put("created", "2020-01-01T00:00:00.000Z").put("modified", "2020-01-01T00:00:00.000Z")
        .put("relationship_type", "uses").put("source_ref", source).put("target_ref", target);
    return r;
  }
}
