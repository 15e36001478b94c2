package io.ascribe.incident;

import io.ascribe.attribution.Evidence;
import io.ascribe.model.Tlp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An incident (case): its evidence items, the documents attached to it, its TLP marking and the
 * analyst's conclusion.
 *
 * @param id a short readable id ({@code INC-7KQ2M9XD}; incidents made before random ids have {@code INC-12})
 * @param version increases with every change; edits name the version they were based on
 * @param documents SHA-256 of the ingested documents attached
 * @param conclusion the analyst's conclusion, or null
 * @param conclusionNote the analyst's note on it, or null
 */
public record Incident(
    String id,
    String title,
    String summary,
    Tlp tlp,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    List<EvidenceItem> evidence,
    List<String> documents,
    String conclusion,
    String conclusionNote) {

  public Incident {
    evidence = List.copyOf(evidence);
    documents = List.copyOf(documents);
  }

  /** The evidence in the attribution engine's terms; the latest of several observed dates wins. */
  public Evidence toEvidence() {
    List<String> techniques = new ArrayList<>();
    List<String> software = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    List<Double> offsets = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (EvidenceItem item : evidence) {
      String v = item.value();
      switch (item.kind()) {
        case TECHNIQUE -> techniques.add(v);
        case SOFTWARE -> software.add(v);
        case INDICATOR -> indicators.add(v);
        case VICTIM_COUNTRY -> countries.add(v);
        case VICTIM_SECTOR -> sectors.add(v);
        case LANGUAGE -> languages.add(v);
        case UTC_OFFSET -> offsets.add(Double.parseDouble(v));
        case OBSERVED_FROM -> from = LocalDate.parse(v);
        case OBSERVED_TO -> to = LocalDate.parse(v);
      }
    }
    return new Evidence(id, techniques, software, indicators, countries, sectors, from, to, languages, offsets, null);
  }
}
