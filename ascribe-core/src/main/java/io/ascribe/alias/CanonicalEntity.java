package io.ascribe.alias;

import java.util.List;

/**
 * One real-world actor or piece of software after linking: the objects from every source that
 * describe it, under one key.
 *
 * @param key the key of the founding object (an ATT&CK STIX id when ATT&CK knows it)
 * @param name canonical display name
 * @param attackId ATT&CK id, or null
 * @param stixId the founding STIX id, or null when founded by a MISP cluster
 * @param members keys of every object linked to it, founding object first
 * @param deprecated the founding object is revoked or deprecated
 */
public record CanonicalEntity(
    String key,
    EntityKind kind,
    String name,
    String attackId,
    String stixId,
    List<String> members,
    boolean deprecated) {}
