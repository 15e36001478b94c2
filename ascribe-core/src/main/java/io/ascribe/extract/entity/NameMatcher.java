package io.ascribe.extract.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many names in a text in one pass (an Aho–Corasick automaton), returning the longest
 * non-overlapping matches that stand as whole words. Matching is case-sensitive, so that an alias
 * such as "Gold" matches the name and not the metal; an all-capitals alias ("BRONZE SILHOUETTE")
 * also matches in title case.
 *
 * @param <T> what a name stands for
 */
public final class NameMatcher<T> {
  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private final List<Integer> fail = new ArrayList<>();
  private final List<List<Entry<T>>> output = new ArrayList<>();

  private record Entry<T>(String name, List<T> values) {}

  /** A match: the text span and everything the name stands for (several when ambiguous). */
  public record Match<T>(String text, int start, int end, List<T> values) {}

  /** Builds the automaton; names shorter than {@code minLength} characters are ignored. */
  public NameMatcher(Map<String, List<T>> names, int minLength) {
    newState();
    Map<String, List<T>> all = new HashMap<>();
    names.forEach((name, values) -> {
      if (name.length() >= minLength) {
        all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
        String title = titleCase(name);
        if (!title.equals(name) && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
          all.computeIfAbsent(title, k -> new ArrayList<>()).addAll(values);
        }
      }
    });
    all.forEach((name, values) -> {
      int state = 0;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        Integer to = next.get(state).get(c);
        if (to == null) {
          to = newState();
          next.get(state).put(c, to);
        }
        state = to;
      }
      output.get(state).add(new Entry<>(name, List.copyOf(values)));
    });
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : next.get(0).values()) {
      fail.set(child, 0);
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
        int child = e.getValue();
        int f = fail.get(state);
        while (f != 0 && !next.get(f).containsKey(e.getKey())) {
          f = fail.get(f);
        }
        Integer target = next.get(f).get(e.getKey());
        fail.set(child, target != null && target != child ? target : 0);
        output.get(child).addAll(output.get(fail.get(child)));
        queue.add(child);
      }
    }
  }

  private int newState() {
    next.add(new HashMap<>());
    fail.add(0);
    output.add(new ArrayList<>());
    return next.size() - 1;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return sb.toString();
  }

  /** Longest whole-word matches, left to right, not overlapping. */
  public List<Match<T>> find(CharSequence text) {
    List<Match<T>> raw = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      while (state != 0 && !next.get(state).containsKey(c)) {
        state = fail.get(state);
      }
      state = next.get(state).getOrDefault(c, 0);
      for (Entry<T> e : output.get(state)) {
        int start = i - e.name().length() + 1;
        if (isBoundary(text, start - 1) && isBoundary(text, i + 1)) {
          raw.add(new Match<>(e.name(), start, i + 1, e.values()));
        }
      }
    }
    raw.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    List<Match<T>> out = new ArrayList<>();
    int covered = -1;
    for (Match<T> m : raw) {
      if (m.start() >= covered) {
        out.add(m);
        covered = m.end();
      }
    }
    return out;
  }

  private static boolean isBoundary(CharSequence text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
