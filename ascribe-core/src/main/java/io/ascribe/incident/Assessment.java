package io.ascribe.incident;

import io.ascribe.attribution.Attribution;
import java.time.Instant;

/**
 * One run of the attribution engine on an incident, kept as it was: the hypotheses and their
 * explanation, and the knowledge-base version they came from.
 *
 * @param number 1 for the incident's first run, then 2, 3, ...
 * @param kbFingerprint the knowledge base's fingerprint at the time
 * @param evidenceItems how many evidence items the incident had
 */
public record Assessment(
    String incidentId, int number, Instant at, String by, String kbFingerprint, int evidenceItems, Attribution result) {}
