package io.ascribe.extract.victim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = VictimCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table; a malformed line is an error naming the source and line. */
  static VictimCues read(InputStream in, String source) throws IOException {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    Set<String> stops = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !Set.of("target", "sector", "demonym", "stop").contains(f[0]) || f[2].isBlank()) {
        throw new IllegalArgumentException(source + ":" + n + ": expected kind<TAB>value<TAB>phrase with kind target, "
            + "sector, demonym or stop, got '" + line + "'");
      }
      if (f[0].equals("target") && !f[1].equals("after") && !f[1].equals("before")) {
        throw new IllegalArgumentException(source + ":" + n + ": a target cue looks 'after' or 'before', got '" + f[1] + "'");
      }
      List<String> words = List.of(f[2].strip().toLowerCase(Locale.ROOT).split(" +"));
      if (f[0].equals("stop")) {
        stops.add(words.get(0));
        continue;
      }
      byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, f[0], f[1]));
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
