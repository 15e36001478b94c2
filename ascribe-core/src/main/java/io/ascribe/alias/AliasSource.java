package io.ascribe.alias;

import java.util.List;

/**
 * Where one alias claim comes from.
 *
 * @param source the knowledge source, e.g. {@code MITRE ATT&CK} or {@code MISP galaxy
 *     threat-actor}
 * @param file the file or URL it was imported from, or null
 * @param objectKey the object that carries the name (STIX id or MISP key)
 * @param objectName that object's own name
 * @param vendor the vendor who coined the name (from {@code name-attribution} / {@code origin:*}),
 *     or null when unknown
 * @param citations citations given for the alias (ATT&CK), possibly empty
 */
public record AliasSource(
    String source,
    String file,
    String objectKey,
    String objectName,
    String vendor,
    List<String> citations) {}
