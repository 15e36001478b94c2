package io.ascribe.extract.technique;

import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ATT&CK techniques that a document cites by id ("T1059.001") or names ("spearphishing
 * attachment"), sentence by sentence.
 *
 * <p>This is the explicit-mention layer only. Techniques described in prose without their names
 * ("the attackers dumped LSASS memory") need the trained classifier the ingestion issue asks for,
 * which does not exist yet; a name that is a common word on its own ("Proxy", "Rootkit") is not
 * matched, to keep precision.
 */
public final class TechniqueMentions {
  private static final Pattern ID = Pattern.compile("\\bT\\d{4}(?:\\.\\d{3})?\\b");

  private final Map<String, String> names;
  private final NameMatcher<String> matcher;

  /** @param techniques ATT&CK id to technique name, for live techniques */
  public TechniqueMentions(Map<String, String> techniques) {
    this.names = Map.copyOf(techniques);
    Map<String, List<String>> byName = new LinkedHashMap<>();
    techniques.forEach((id, name) -> {
      if (name.contains(" ") || name.length() >= 8 || !name.equals(capitalised(name))) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id);
      }
    });
    this.matcher = new NameMatcher<>(byName, 5);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Techniques mentioned in the text, in order of first mention. */
  public List<TechniqueMention> find(String text) {
    return find(SentenceSplitter.STANDARD.split(text));
  }

  /** Techniques mentioned in a text already split into sentences, in order of first mention. */
  public List<TechniqueMention> find(List<String> sentences) {
    Map<String, Builder> found = new LinkedHashMap<>();
    for (String s : sentences) {
      Matcher m = ID.matcher(s);
      while (m.find()) {
        if (names.containsKey(m.group())) {
          found.computeIfAbsent(m.group(), id -> new Builder(id, names.get(id))).add(s, 1.0);
        }
      }
      for (NameMatcher.Match<String> match : matcher.find(s.toLowerCase(Locale.ROOT))) {
        for (String id : match.values()) {
          found.computeIfAbsent(id, k -> new Builder(k, names.get(k))).add(s, 0.6);
        }
      }
    }
    return found.values().stream().map(Builder::build).toList();
  }

  /**
   * Merges explicit mentions with the techniques a trained classifier found ({@link
   * TechniqueModel#classify}): one entry per technique, the mentions first in their order, then
   * the techniques only the classifier found in its order. A technique found by both keeps the
   * higher score and the mention's sentences before the classifier's (at most five).
   */
  public static List<TechniqueMention> merge(List<TechniqueMention> mentioned, List<TechniqueMention> classified) {
    Map<String, TechniqueMention> out = new LinkedHashMap<>();
    for (TechniqueMention m : mentioned) {
      out.merge(m.id(), m, TechniqueMentions::combine);
    }
    for (TechniqueMention m : classified) {
      out.merge(m.id(), m, TechniqueMentions::combine);
    }
    return List.copyOf(out.values());
  }

  private static TechniqueMention combine(TechniqueMention first, TechniqueMention second) {
    List<String> sentences = new ArrayList<>(first.sentences());
    for (String s : second.sentences()) {
      if (!sentences.contains(s) && sentences.size() < 5) {
        sentences.add(s);
      }
    }
    String name = first.name() == null || first.name().isEmpty() ? second.name() : first.name();
    return new TechniqueMention(first.id(), name, Math.max(first.score(), second.score()), List.copyOf(sentences));
  }

  private static final class Builder {
    final String id;
    final String name;
    double score;
    final List<String> sentences = new ArrayList<>();

    Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    void add(String sentence, double s) {
      score = Math.max(score, s);
      if (!sentences.contains(sentence) && sentences.size() < 5) {
        sentences.add(sentence);
      }
    }

    TechniqueMention build() {
      return new TechniqueMention(id, name, score, List.copyOf(sentences));
    }
  }
}
