package io.ascribe.attribution;

import java.time.LocalDate;
import java.util.List;

/**
 * What was observed in an incident, as the analyst gives it (names, ids, aliases), before it is
 * resolved against the knowledge base. Every list may be empty; dates may be null.
 */
public record Evidence(
    String id,
    List<String> techniques,
    List<String> software,
    List<String> indicators,
    List<String> victimCountries,
    List<String> victimSectors,
    LocalDate observedFrom,
    LocalDate observedTo,
    List<String> languages,
    List<Double> utcOffsets,
    String text) {}
