package io.ascribe.attribution;

/**
 * The kinds of evidence the engine weighs, each with its documented {@link Forgeability}:
 *
 * <ul>
 *   <li>{@link #TECHNIQUE}: ATT&CK techniques observed. Medium: tradecraft can be imitated (Olympic
 *       Destroyer copied Lazarus tradecraft), but imitation costs effort.
 *   <li>{@link #SOFTWARE}: malware and tools. Low: a custom implant is hard to obtain; public tools
 *       (Mimikatz, Cobalt Strike) are weak because many actors use them, which the model's
 *       specificity term already expresses.
 *   <li>{@link #INDICATOR}: IPs, domains, URLs, hashes seen before under an actor (the corpus,
 *       imported STIX indicators). Medium: infrastructure can be shared, sold, hijacked or
 *       borrowed on purpose (Olympic Destroyer reused infrastructure to point at others), so it is
 *       also {@linkplain #plantable() left out} in {@code false_flag_sensitivity}: the report shows
 *       how far an answer rests on infrastructure overlap. A file hash is harder to plant than a
 *       server, but an adversary can reuse leaked samples, so all indicators share one class.
 *   <li>{@link #VICTIM_COUNTRY}, {@link #VICTIM_SECTOR}: who was targeted. Low: an attacker does
 *       not choose victims to mislead.
 *   <li>{@link #ACTIVE_PERIOD}: when the activity happened against when the actor was reported
 *       active. Low.
 *   <li>{@link #LANGUAGE}, {@link #UTC_OFFSET}: language strings and time zones in artifacts. High:
 *       trivially planted, exactly what false-flag accusations are about.
 * </ul>
 *
 * <p>{@link #plantable()} kinds are the ones {@code false_flag_sensitivity} removes to show how
 * much the answer depends on them: the HIGH class, and indicators.
 */
public enum EvidenceKind {
  TECHNIQUE("technique", Forgeability.MEDIUM),
  SOFTWARE("software", Forgeability.LOW),
  INDICATOR("indicator", Forgeability.MEDIUM),
  VICTIM_COUNTRY("victim_country", Forgeability.LOW),
  VICTIM_SECTOR("victim_sector", Forgeability.LOW),
  ACTIVE_PERIOD("active_period", Forgeability.LOW),
  LANGUAGE("language", Forgeability.HIGH),
  UTC_OFFSET("utc_offset", Forgeability.HIGH);

  private final String id;
  private final Forgeability forgeability;

  EvidenceKind(String id, Forgeability forgeability) {
    this.id = id;
    this.forgeability = forgeability;
  }

  /** The name used in JSON. */
  public String id() {
    return id;
  }

  /** How cheaply this kind of evidence is planted. */
  public Forgeability forgeability() {
    return forgeability;
  }

  /**
   * Whether an adversary can plant or borrow this evidence to point at someone else, so that the
   * false-flag check recomputes the answer without it: artifacts (HIGH) and infrastructure.
   */
  public boolean plantable() {
    return forgeability == Forgeability.HIGH || this == INDICATOR;
  }
}
