package io.ascribe.model;

import java.util.List;
import java.util.Map;

/**
 * One MISP galaxy cluster value (a threat actor, a tool, a ransomware family, ...) with the meta
 * fields Ascribe uses. Names and claims keep which galaxy they came from.
 *
 * @param key store key, {@code misp:<galaxy type>:<uuid>}
 * @param galaxyType e.g. {@code threat-actor}, {@code microsoft-activity-group}
 * @param galaxyCategory e.g. {@code actor}, {@code tool}
 * @param nameVendors vendor behind a name, from {@code name-attribution} (resolved through
 *     {@code origin:*}) and {@code origin:*}; names without a known vendor are absent
 * @param country {@code meta.country} as given (ISO code or free text)
 * @param stateSponsor {@code cfr-suspected-state-sponsor}
 * @param attributionConfidence {@code attribution-confidence}, 0-100, or null
 * @param victims {@code cfr-suspected-victims} and {@code suspected-victims}
 * @param targetCategories {@code cfr-target-category}, {@code target-category}
 * @param sectors {@code targeted-sector}, {@code sector}
 */
public record MispCluster(
    String key,
    String galaxyType,
    String galaxyCategory,
    String uuid,
    String value,
    List<String> synonyms,
    String description,
    Map<String, String> nameVendors,
    String country,
    String stateSponsor,
    Integer attributionConfidence,
    List<String> victims,
    List<String> targetCategories,
    List<String> sectors,
    List<String> refs,
    List<Related> related) {

  /** A {@code related} entry: another cluster by uuid, with the relation type. */
  public record Related(String uuid, String type) {}

  /** The value followed by the synonyms. */
  public List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(value), synonyms.stream())
        .toList();
  }
}
