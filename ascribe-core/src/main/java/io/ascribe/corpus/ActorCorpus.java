package io.ascribe.corpus;

import io.ascribe.attribution.EvidenceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyst's corpus says about one actor, as its page shows it: the documents about the
 * actor, newest first, and the facts they contribute, each with the documents it was seen in.
 *
 * @param documents each document once, with the provenance of its tie to the actor, newest first
 *     (undated last)
 * @param facts each fact once, in kind order (indicators, software, techniques, victims), most
 *     documents first
 */
public record ActorCorpus(List<Provenance> documents, List<Fact> facts) {

  /**
   * One fact the corpus ties to the actor.
   *
   * @param sources the documents it was seen in (SHA-256), in the order of {@link #documents()}
   * @param sentence the first sentence that names it, or null
   */
  public record Fact(EvidenceKind kind, String feature, String label, String sentence, List<String> sources) {}

  /** Kinds in the order a page lists them. */
  private static final List<EvidenceKind> ORDER = List.of(EvidenceKind.INDICATOR, EvidenceKind.SOFTWARE,
      EvidenceKind.TECHNIQUE, EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR);

  /** Groups one actor's links (any order) by document and by fact. */
  public static ActorCorpus of(List<CorpusLink> links) {
    Map<String, Provenance> documents = new LinkedHashMap<>();
    for (CorpusLink l : links) {
      documents.putIfAbsent(l.provenance().document(), l.provenance());
    }
    List<Provenance> byDate = new ArrayList<>(documents.values());
    byDate.sort(Comparator.comparing(Provenance::date, Comparator.nullsLast(Comparator.reverseOrder())));
    Map<String, Integer> rank = new LinkedHashMap<>();
    byDate.forEach(p -> rank.put(p.document(), rank.size()));

    Map<String, List<CorpusLink>> byFeature = new LinkedHashMap<>();
    for (CorpusLink l : links) {
      byFeature.computeIfAbsent(l.kind() + "|" + l.feature(), k -> new ArrayList<>()).add(l);
    }
    List<Fact> facts = new ArrayList<>();
    for (List<CorpusLink> same : byFeature.values()) {
      List<String> sources = same.stream().map(l -> l.provenance().document()).distinct()
          .sorted(Comparator.comparing(rank::get)).toList();
      CorpusLink first = same.stream().filter(l -> l.sentence() != null).findFirst().orElse(same.get(0));
      facts.add(new Fact(first.kind(), first.feature(), first.label(), first.sentence(), sources));
    }
    facts.sort(Comparator.comparing((Fact f) -> ORDER.indexOf(f.kind()) < 0 ? ORDER.size() : ORDER.indexOf(f.kind()))
        .thenComparing(f -> -f.sources().size()));
    return new ActorCorpus(List.copyOf(byDate), List.copyOf(facts));
  }

  /** True when no document is about the actor. */
  public boolean isEmpty() {
    return documents.isEmpty();
  }
}
