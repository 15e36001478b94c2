package io.ascribe.cli.bench.eset;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.Indicator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How often a publication's indicators appear in another publication: of the same actor (the
 * infrastructure or sample re-use the indicator kind can carry) and of another actor (collisions,
 * which would mislead it). Counted by indicator type: hash, domain, IP, URL, e-mail. Indicators a
 * MISP warning list marks as benign are not counted.
 */
public final class InfrastructureRecurrence {
  /** The indicator types counted, in output order. */
  public static final List<String> TYPES = List.of("hash", "domain", "ip", "url", "email");

  /**
   * One actor's figures (or the total, actor "all").
   *
   * @param publications its publications
   * @param sameActor by type (and "any"), how many of its publications share one indicator of that
   *     type with another publication of the same actor
   * @param otherActor the same, with a publication of another actor
   */
  public record Row(String actor, int publications, Map<String, Integer> sameActor, Map<String, Integer> otherActor) {}

  private InfrastructureRecurrence() {}

  /**
   * The figures per actor (actors in first-seen order) and in total.
   *
   * @param docs extracted publications
   * @param actorOf each publication's actor name, same order
   */
  public static List<Row> of(List<ExtractedDocument> docs, List<String> actorOf) {
    List<Map<String, Set<String>>> values = new ArrayList<>();
    Map<String, Map<String, Integer>> owners = new HashMap<>(); // type|value -> actor -> publications
    for (int i = 0; i < docs.size(); i++) {
      Map<String, Set<String>> byType = byType(docs.get(i));
      values.add(byType);
      for (var e : byType.entrySet()) {
        for (String v : e.getValue()) {
          owners.computeIfAbsent(e.getKey() + "|" + v, k -> new HashMap<>()).merge(actorOf.get(i), 1, Integer::sum);
        }
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    Row total = row("all");
    for (int i = 0; i < docs.size(); i++) {
      String actor = actorOf.get(i);
      Row r = rows.computeIfAbsent(actor, InfrastructureRecurrence::row);
      boolean anySame = false;
      boolean anyOther = false;
      for (String type : TYPES) {
        boolean same = false;
        boolean other = false;
        for (String v : values.get(i).getOrDefault(type, Set.of())) {
          Map<String, Integer> o = owners.get(type + "|" + v);
          same |= o.getOrDefault(actor, 0) > 1;
          other |= o.keySet().stream().anyMatch(a -> !a.equals(actor));
        }
        count(r, total, type, same, other);
        anySame |= same;
        anyOther |= other;
      }
      count(r, total, "any", anySame, anyOther);
      rows.put(actor, new Row(actor, r.publications() + 1, r.sameActor(), r.otherActor()));
      total = new Row("all", total.publications() + 1, total.sameActor(), total.otherActor());
    }
    List<Row> out = new ArrayList<>(rows.values());
    out.add(total);
    return out;
  }

  private static Row row(String actor) {
    Map<String, Integer> same = new LinkedHashMap<>();
    Map<String, Integer> other = new LinkedHashMap<>();
    for (String t : TYPES) {
      same.put(t, 0);
      other.put(t, 0);
    }
    same.put("any", 0);
    other.put("any", 0);
    return new Row(actor, 0, same, other);
  }

  private static void count(Row r, Row total, String type, boolean same, boolean other) {
    if (same) {
      r.sameActor().merge(type, 1, Integer::sum);
      total.sameActor().merge(type, 1, Integer::sum);
    }
    if (other) {
      r.otherActor().merge(type, 1, Integer::sum);
      total.otherActor().merge(type, 1, Integer::sum);
    }
  }

  private static Map<String, Set<String>> byType(ExtractedDocument doc) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Indicator i : doc.indicators()) {
      String type = type(i.type());
      if (type != null && i.suppressedBy() == null) {
        out.computeIfAbsent(type, k -> new HashSet<>()).add(i.value().trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String type(String indicatorType) {
    return switch (indicatorType) {
      case Indicator.MD5, Indicator.SHA1, Indicator.SHA256, Indicator.SHA512 -> "hash";
      case Indicator.DOMAIN -> "domain";
      case Indicator.IPV4, Indicator.IPV6 -> "ip";
      case Indicator.URL -> "url";
      case Indicator.EMAIL -> "email";
      default -> null;
    };
  }
}
