package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.table.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parties that make claims without being states or state bodies, read from the resource table
 * {@code claimants.tsv}: state media, news outlets with their home country, and international
 * bodies with none (NATO, UN panels). Each is listed there once; {@link #find} marks their mentions
 * in a sentence. Immutable and thread-safe.
 */
final class ClaimantTable {
  /** The kinds of a row. */
  public enum Kind {
    STATE_MEDIA, OUTLET, INTERNATIONAL
  }

  /** One row: a name, its kind and its country (null for an international body). */
  public record Entry(Kind kind, String country, String name) {
    /** This entry as a party of a claim. */
    public Party party() {
      return new Party(name, country, kind == Kind.INTERNATIONAL ? Party.Kind.INTERNATIONAL : Party.Kind.OUTLET, null);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  /** Names by their first two characters, longest first. */
  private final Map<String, List<Entry>> byStart = new HashMap<>();

  /** The project's table. */
  public static ClaimantTable load() {
    return new ClaimantTable(TsvTable.resource(ClaimantTable.class, "claimants.tsv"));
  }

  /** A table from its lines (for tests). */
  static ClaimantTable of(List<String> lines) {
    return new ClaimantTable(TsvTable.of("claimants.tsv", lines));
  }

  private ClaimantTable(TsvTable table) {
    for (TsvTable.Row row : table.rows()) {
      row.expect(3, "kind<TAB>country<TAB>name");
      Kind kind;
      try {
        kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.get(0) + "'");
      }
      String country = row.get(1).equals("-") ? null : row.get(1);
      if (kind != Kind.INTERNATIONAL && country == null) {
        throw row.error("kind '" + row.get(0) + "' needs a country");
      }
      if (row.get(2).length() < 2) {
        throw row.error("name '" + row.get(2) + "' is shorter than two characters");
      }
      Entry e = new Entry(kind, country, row.get(2));
      entries.add(e);
      byStart.computeIfAbsent(e.name().substring(0, 2), k -> new ArrayList<>()).add(e);
    }
    byStart.values().forEach(l -> l.sort((x, y) -> y.name().length() - x.name().length()));
  }

  /** The rows of one kind, in table order. */
  public List<Entry> of(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** The state-media row named exactly {@code name}. */
  public Optional<Entry> stateMedia(String name) {
    return entries.stream().filter(e -> e.kind() == Kind.STATE_MEDIA && e.name().equals(name)).findFirst();
  }

  /** The outlets and international bodies a sentence names, in order (state media count as outlets). */
  public List<Mention> find(String sentence) {
    List<Mention> out = new ArrayList<>();
    int n = sentence.length();
    for (int i = 0; i + 1 < n; i++) {
      if (i > 0 && Character.isLetterOrDigit(sentence.charAt(i - 1)) || !Character.isLetterOrDigit(sentence.charAt(i))) {
        continue;
      }
      List<Entry> candidates = byStart.get(sentence.substring(i, i + 2));
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        int end = i + e.name().length();
        if (sentence.startsWith(e.name(), i) && (end == n || !Character.isLetterOrDigit(sentence.charAt(end)))) {
          out.add(new Mention(e.party(), i, end));
          i = end - 1;
          break;
        }
      }
    }
    return out;
  }
}
