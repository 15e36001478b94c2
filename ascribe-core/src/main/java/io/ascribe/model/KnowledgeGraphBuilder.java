package io.ascribe.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.kb.KbFormat;
import io.ascribe.kb.KbObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link KnowledgeGraph} from stored {@link KbObject}s. Objects of types the graph does
 * not use are ignored here (they stay in the store).
 *
 * <p>MISP vendor names are resolved at {@link #build()}: {@code name-attribution} entries carry a
 * vendor uuid, and {@code origin:NAME} entries name the vendor; pairing the two across the whole
 * galaxy teaches which uuid is which vendor.
 */
public final class KnowledgeGraphBuilder {
  /** STIX types the graph keeps; {@link #wants(String)} lets the store pre-filter. */
  public static final Set<String> STIX_TYPES =
      Set.of("intrusion-set", "threat-actor", "campaign", "attack-pattern", "malware", "tool", "relationship",
          "indicator");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, StixEntity> stix = new LinkedHashMap<>();
  private final Map<String, Relationship> relationships = new LinkedHashMap<>();
  private final Map<String, PendingCluster> clusters = new LinkedHashMap<>();
  private final Map<String, String> vendorByUuid = new HashMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private static final java.util.regex.Pattern PATTERN_LITERAL =
      java.util.regex.Pattern.compile("=\\s*'((?:[^'\\\\]|\\\\.)*)'");

  /** True when objects of this STIX type or MISP galaxy are used by the graph. */
  public static boolean wants(KbFormat format, String type) {
    return format == KbFormat.MISP || STIX_TYPES.contains(type);
  }

  /**
   * Adds one object, parsing its JSON; objects the graph does not use are ignored. Adding an object
   * with a key already added replaces it.
   *
   * @param origin the file or URL the object was imported from, kept for alias provenance
   */
  public KnowledgeGraphBuilder add(KbObject o, String origin) {
    if (!wants(o.format(), o.type())) {
      return this;
    }
    try {
      return add(o, mapper.readTree(o.json()), origin);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored object " + o.key() + " is not valid JSON", e);
    }
  }

  /** Adds one object whose JSON the caller has already parsed into {@code n}. */
  public KnowledgeGraphBuilder add(KbObject o, JsonNode n, String origin) {
    if (!wants(o.format(), o.type())) {
      return this;
    }
    if (origin != null) {
      origins.put(o.key(), origin);
    }
    if (o.format() == KbFormat.MISP) {
      addCluster(o.key(), n);
    } else if (o.type().equals("indicator")) {
      String pattern = n.path("pattern").asText("");
      List<String> values = new ArrayList<>();
      java.util.regex.Matcher m = PATTERN_LITERAL.matcher(pattern);
      while (m.find()) {
        values.add(m.group(1).replace("\\'", "'").toLowerCase(Locale.ROOT));
      }
      indicators.put(o.key(), new Indicator(o.key(), pattern, List.copyOf(values)));
    } else if (o.type().equals("relationship")) {
      relationships.put(
          o.key(),
          new Relationship(
              o.key(),
              n.path("relationship_type").asText(),
              n.path("source_ref").asText(),
              n.path("target_ref").asText(),
              references(n),
              o.revoked(),
              o.deprecated()));
    } else {
      addEntity(o, n);
    }
    return this;
  }

  private void addEntity(KbObject o, JsonNode n) {
    List<ExternalReference> refs = references(n);
    String attackId = null;
    for (ExternalReference r : refs) {
      if ("mitre-attack".equals(r.sourceName()) && r.externalId() != null) {
        attackId = r.externalId();
        break;
      }
    }
    List<String> aliases = new ArrayList<>();
    for (String field : List.of("aliases", "x_mitre_aliases")) {
      for (JsonNode a : n.path(field)) {
        String alias = a.asText();
        if (!alias.equals(o.name()) && !aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
    }
    List<String> tactics = new ArrayList<>();
    for (JsonNode k : n.path("kill_chain_phases")) {
      tactics.add(k.path("phase_name").asText());
    }
    stix.put(
        o.key(),
        new StixEntity(
            o.key(),
            o.type(),
            o.name(),
            attackId,
            List.copyOf(aliases),
            n.path("description").asText(null),
            o.revoked(),
            o.deprecated(),
            refs,
            List.copyOf(tactics),
            texts(n.path("x_mitre_platforms")),
            n.path("first_seen").asText(null),
            n.path("last_seen").asText(null),
            o.modified()));
  }

  private static List<ExternalReference> references(JsonNode n) {
    List<ExternalReference> refs = new ArrayList<>();
    for (JsonNode r : n.path("external_references")) {
      refs.add(
          new ExternalReference(
              r.path("source_name").asText(null),
              r.path("url").asText(null),
              r.path("external_id").asText(null),
              r.path("description").asText(null)));
    }
    return List.copyOf(refs);
  }

  private void addCluster(String key, JsonNode n) {
    JsonNode galaxy = n.path("galaxy");
    JsonNode c = n.path("cluster");
    JsonNode meta = c.path("meta");
    Map<String, String> nameUuid = new LinkedHashMap<>();
    for (JsonNode na : meta.path("name-attribution")) {
      String s = na.asText();
      int colon = s.lastIndexOf(':');
      if (colon > 0) {
        nameUuid.put(s.substring(0, colon), s.substring(colon + 1));
      }
    }
    Map<String, String> origins = new LinkedHashMap<>();
    meta.fields()
        .forEachRemaining(
            f -> {
              if (f.getKey().startsWith("origin:") && f.getValue().isTextual()) {
                String name = f.getKey().substring("origin:".length());
                origins.put(name, f.getValue().asText());
                String uuid = nameUuid.get(name);
                if (uuid != null) {
                  vendorByUuid.putIfAbsent(uuid, f.getValue().asText());
                }
              }
            });
    List<MispCluster.Related> related = new ArrayList<>();
    for (JsonNode r : c.path("related")) {
      related.add(new MispCluster.Related(r.path("dest-uuid").asText(), r.path("type").asText().trim()));
    }
    Integer confidence = null;
    String conf = meta.path("attribution-confidence").asText(null);
    if (conf != null) {
      try {
        confidence = Integer.valueOf(conf.trim());
      } catch (NumberFormatException e) {
        confidence = null;
      }
    }
    List<String> victims = new ArrayList<>(texts(meta.path("cfr-suspected-victims")));
    victims.addAll(texts(meta.path("suspected-victims")));
    List<String> categories = new ArrayList<>(texts(meta.path("cfr-target-category")));
    categories.addAll(texts(meta.path("target-category")));
    List<String> sectors = new ArrayList<>(texts(meta.path("targeted-sector")));
    sectors.addAll(texts(meta.path("sector")));
    String country = meta.path("country").asText(null);
    if (country == null && meta.has("microsoft-origin-threat")) {
      country = meta.path("microsoft-origin-threat").asText(null);
    }
    clusters.put(
        key,
        new PendingCluster(
            key,
            galaxy.path("type").asText(),
            galaxy.path("category").asText(null),
            c.path("uuid").asText().toLowerCase(Locale.ROOT),
            c.path("value").asText(),
            texts(meta.path("synonyms")),
            c.path("description").asText(null),
            nameUuid,
            origins,
            country,
            meta.path("cfr-suspected-state-sponsor").asText(null),
            confidence,
            List.copyOf(victims),
            List.copyOf(categories),
            List.copyOf(sectors),
            texts(meta.path("refs")),
            List.copyOf(related)));
  }

  /** Text values of an array node, or of a single text node; empty for anything else. */
  private static List<String> texts(JsonNode n) {
    if (n.isTextual()) {
      return List.of(n.asText());
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) {
      if (x.isTextual() && !x.asText().isBlank()) {
        out.add(x.asText().trim());
      }
    }
    return List.copyOf(out);
  }

  /** Freezes what was added into a graph. */
  public KnowledgeGraph build() {
    List<MispCluster> misp = new ArrayList<>(clusters.size());
    for (PendingCluster p : clusters.values()) {
      Map<String, String> vendors = new LinkedHashMap<>();
      p.nameUuid.forEach(
          (name, uuid) -> {
            String v = vendorByUuid.get(uuid);
            if (v != null) {
              vendors.put(name, v);
            }
          });
      vendors.putAll(p.origins);
      misp.add(
          new MispCluster(
              p.key, p.galaxyType, p.category, p.uuid, p.value, p.synonyms, p.description,
              Map.copyOf(vendors), p.country, p.sponsor, p.confidence, p.victims, p.categories,
              p.sectors, p.refs, p.related));
    }
    return new KnowledgeGraph(stix, List.copyOf(relationships.values()), misp, origins, indicators);
  }

  private record PendingCluster(
      String key,
      String galaxyType,
      String category,
      String uuid,
      String value,
      List<String> synonyms,
      String description,
      Map<String, String> nameUuid,
      Map<String, String> origins,
      String country,
      String sponsor,
      Integer confidence,
      List<String> victims,
      List<String> categories,
      List<String> sectors,
      List<String> refs,
      List<MispCluster.Related> related) {}
}
