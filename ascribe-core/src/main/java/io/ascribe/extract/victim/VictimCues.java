package io.ascribe.extract.victim;

import io.ascribe.table.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cue table of {@code victim-cues.tsv}: target cues, sector words, demonyms and stop words. */
final class VictimCues {
  static final String RESOURCE = "victim-cues.tsv";

  /** A phrase the table knows, as lower-case words, with what it means. */
  record Phrase(List<String> words, String kind, String value) {}

  /** Phrases by their first word, longest first. */
  final Map<String, List<Phrase>> byFirstWord;
  final Set<String> stops;

  private VictimCues(Map<String, List<Phrase>> byFirstWord, Set<String> stops) {
    this.byFirstWord = byFirstWord;
    this.stops = stops;
  }

  /** The table shipped with the extractor. */
  static VictimCues shipped() {
    return of(TsvTable.resource(VictimCues.class, RESOURCE));
  }

  /** Reads a table; a malformed line is an error naming the source and line. */
  static VictimCues read(InputStream in, String source) throws IOException {
    return of(TsvTable.read(in, source));
  }

  private static VictimCues of(TsvTable table) {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    Set<String> stops = new HashSet<>();
    for (TsvTable.Row row : table.rows()) {
      if (row.size() != 3 || !Set.of("target", "sector", "demonym", "stop").contains(row.get(0)) || row.get(2).isBlank()) {
        throw row.error("expected kind<TAB>value<TAB>phrase with kind target, sector, demonym or stop, got '"
            + row.text() + "'");
      }
      if (row.get(0).equals("target") && !row.get(1).equals("after") && !row.get(1).equals("before")) {
        throw row.error("a target cue looks 'after' or 'before', got '" + row.get(1) + "'");
      }
      List<String> words = List.of(row.get(2).strip().toLowerCase(Locale.ROOT).split(" +"));
      if (row.get(0).equals("stop")) {
        stops.add(words.get(0));
        continue;
      }
      byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, row.get(0), row.get(1)));
    }
    byFirst.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    return new VictimCues(byFirst, stops);
  }

  /** The longest phrase of {@code kind} starting at word {@code i}, or null. */
  Phrase at(List<String> lower, int i, String kind) {
    for (Phrase p : byFirstWord.getOrDefault(lower.get(i), List.of())) {
      if (p.kind().equals(kind) && i + p.words().size() <= lower.size()
          && lower.subList(i, i + p.words().size()).equals(p.words())) {
        return p;
      }
    }
    return null;
  }
}
