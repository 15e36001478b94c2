package io.ascribe.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which packages of a source tree refer to which others (by import or inline name), and whether
 * they depend one way.
 *
 * @param edges each package to the packages it refers to, both sorted
 */
public record PackageGraph(Map<String, Set<String>> edges) {

  /** The graph of the packages under {@code prefix} in {@code sources}. */
  public static PackageGraph of(List<JavaSource> sources, String prefix) {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (JavaSource s : sources) {
      if (s.packageName().startsWith(prefix)) {
        edges.computeIfAbsent(s.packageName(), k -> new TreeSet<>()).addAll(s.referencedPackages(prefix));
      }
    }
    return new PackageGraph(edges);
  }

  /** A cycle of dependencies as the packages along it, first repeated last ({@code a, b, a}), if any. */
  public Optional<List<String>> cycle() {
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet()) {
      List<String> found = visit(start, new ArrayList<>(), new HashMap<>(), done);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private List<String> visit(String pkg, List<String> path, Map<String, Integer> onPath, Set<String> done) {
    Integer at = onPath.get(pkg);
    if (at != null) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(pkg);
      return cycle;
    }
    if (!done.add(pkg)) {
      return null;
    }
    onPath.put(pkg, path.size());
    path.add(pkg);
    for (String next : edges.getOrDefault(pkg, Set.of())) {
      List<String> found = visit(next, path, onPath, done);
      if (found != null) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(pkg);
    return null;
  }
}
