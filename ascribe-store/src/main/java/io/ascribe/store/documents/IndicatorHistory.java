package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stored documents that contain an indicator: for an incident's IP, domain or hash, the earlier
 * reports it was seen in. A reader is shown only documents within their clearance, each the copy
 * of its bytes they see ({@link DocumentStore#CURRENT_COPY}), newest first.
 */
public final class IndicatorHistory {
  private final Store store;

  public IndicatorHistory(Store store) {
    this.store = store;
  }

  /**
   * One document that contains an indicator.
   *
   * @param published the document's date (ISO, possibly partial), or null
   */
  public record Seen(String sha256, String title, String source, String published, Tlp tlp, Instant ingestedAt) {}

  /**
   * The documents that contain each indicator.
   *
   * @param values indicator values, matched as given, in lower case and in upper case (so a hash
   *     or domain matches whichever case the document wrote it in)
   * @param maxTlp the reader's clearance
   * @return for each value asked for (as given), its documents, newest first (dated before
   *     undated, then the most recently ingested first); values seen nowhere map to an empty list
   */
  public Map<String, List<Seen>> documentsContaining(Collection<String> values, Tlp maxTlp) {
    Map<String, String> askedByLower = new LinkedHashMap<>();
    Set<String> forms = new LinkedHashSet<>();
    for (String v : values) {
      String s = v.strip();
      askedByLower.putIfAbsent(s.toLowerCase(Locale.ROOT), v);
      forms.add(s);
      forms.add(s.toLowerCase(Locale.ROOT));
      forms.add(s.toUpperCase(Locale.ROOT));
    }
    Map<String, List<Seen>> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(v, new ArrayList<>()));
    if (forms.isEmpty()) {
      return out;
    }
    Map<String, Set<String>> shown = new LinkedHashMap<>();
    store.jdbi().useHandle(h -> h.createQuery("select distinct i.indicator_value, d.sha256, d.title, d.source, d.published, "
            + "d.tlp, d.ingested_at, d.id from doc_indicator i join doc_document d on d.id = i.document_id "
            + "where i.indicator_value in (<forms>) and d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY
            + " order by d.published desc nulls last, d.id desc")
        .bindList("forms", List.copyOf(forms)).bindList("visible", DocumentStore.visible(maxTlp))
        .map((rs, ctx) -> {
          String asked = askedByLower.get(rs.getString(1).toLowerCase(Locale.ROOT));
          Seen seen = new Seen(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Tlp.valueOf(rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant());
          return Map.entry(asked == null ? "" : asked, seen);
        })
        .forEach(e -> {
          if (out.containsKey(e.getKey()) && shown.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
              .add(e.getValue().sha256())) {
            out.get(e.getKey()).add(e.getValue());
          }
        }));
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
