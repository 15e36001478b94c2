package io.ascribe.kb;

import java.util.Objects;

/**
 * One object read from a knowledge source, kept whole as compact JSON so that nothing is dropped.
 *
 * <p>For STIX, {@code key} is the STIX id and {@code json} the object itself. For MISP, {@code key}
 * is {@code misp:<galaxy type>:<cluster uuid>} and {@code json} is
 * {@code {"galaxy":{type,category,name},"cluster":{...}}}, so the galaxy context travels with the
 * cluster.
 *
 * @param key stable identity across imports
 * @param format where it came from
 * @param type STIX type, or the MISP galaxy type
 * @param name display name, or null
 * @param modified STIX {@code modified} timestamp (ISO-8601), or null when the format has none
 * @param revoked STIX {@code revoked}
 * @param deprecated STIX {@code x_mitre_deprecated}
 * @param json compact JSON text of the object
 * @param contentHash SHA-256 (hex) of {@code json}
 * @param line line in the source file where the object starts (1-based), for error messages
 */
public record KbObject(
    String key,
    KbFormat format,
    String type,
    String name,
    String modified,
    boolean revoked,
    boolean deprecated,
    String json,
    String contentHash,
    long line) {

  public KbObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
