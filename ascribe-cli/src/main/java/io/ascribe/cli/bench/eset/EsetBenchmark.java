package io.ascribe.cli.bench.eset;

import io.ascribe.alias.Linking;
import io.ascribe.attribution.AttributionBenchmark;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.Attributor;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.Evidence;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.Ranker;
import io.ascribe.attribution.Reliability;
import io.ascribe.attribution.ResolvedEvidence;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.corpus.CorpusFacts;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.KnowledgeGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave-one-publication-out on ESET's publications. Every publication of a mapped folder is
 * extracted once with the home's extractor and linked to its folder's actor as an analyst would
 * declare it ({@link CorpusLinker#links} with the actor). For every publication of an actor with at
 * least two, the corpus is every other publication's links ({@link CorpusFacts#byActor}, then
 * {@link AttributionCorpus#build}), the engine is that corpus with the one trained ranker ({@link
 * Attributor#withRanker}: the ranker's weights are learned from the knowledge base's reports, never
 * from document facts, so they hold for every fold), and the evidence is the held-out text with its
 * actor's names masked ({@link AliasMask}), read by the same {@link EvidenceResolver} path as
 * {@code ascribe attribute} with a {@code text}. Each {@link Arm} filters the evidence kinds and the
 * corpus link kinds; all arms rank the same cases in the same run.
 */
public final class EsetBenchmark {
  /** Progress of a long run. */
  public interface Progress {
    /** A phase starts ("extracting 120 publications"). */
    void phase(String name, int total);

    /** One more step of the phase is done. */
    void step();
  }

  /**
   * One held-out publication.
   *
   * @param ranks the truth's rank per arm (1 = first; the unknown actor counts as a hypothesis)
   * @param confidence the top hypothesis's probability per arm
   * @param items the held-out evidence's items per kind
   */
  public record CaseResult(String publication, String actor, Map<Arm, Integer> ranks, Map<Arm, Double> confidence,
      Map<String, Integer> items) {}

  /**
   * One arm's figures.
   *
   * @param reliability the top hypothesis's reliability table, with a bootstrap interval for the ECE
   */
  public record ArmResult(Arm arm, String label, AttributionBenchmark.Metrics metrics, Reliability reliability) {}

  /** Bootstrap resamples of the cases for the ECE interval (seeded, so a run replays). */
  static final int RESAMPLES = 2000;
  static final long BOOTSTRAP_SEED = 15L;

  /**
   * Everything measured.
   *
   * @param publications publications read
   * @param mappedPublications publications of mapped folders (the corpus)
   * @param actors actors with at least two publications (the cases' actors)
   */
  public record Report(
      int publications,
      int mappedPublications,
      int actors,
      int candidates,
      List<FolderMapper.Mapping> folders,
      List<ArmResult> arms,
      List<InfrastructureRecurrence.Row> recurrence,
      List<CaseResult> cases,
      Map<String, List<String>> masked,
      List<String> skipped,
      double seconds) {}

  private final KnowledgeGraph graph;
  private final Linking actors;
  private final Linking software;
  private final DocumentExtractor extractor;
  private final Ranker ranker;

  /**
   * @param ranker the trained ranker ({@code TrainedAttributor}'s), shared by every fold
   */
  public EsetBenchmark(KnowledgeGraph graph, Linking actors, Linking software, DocumentExtractor extractor,
      Ranker ranker) {
    this.graph = graph;
    this.actors = actors;
    this.software = software;
    this.extractor = extractor;
    this.ranker = ranker;
  }

  /** The publications of mapped folders, each with its actor, extracted document and corpus links. */
  private record Mapped(
      List<FolderMapper.Mapping> folders, List<Publication> pubs, List<String> keys, List<ExtractedDocument> docs,
      List<List<CorpusLink>> links) {}

  /** Runs every arm over every case of {@code reading}. */
  public Report run(EsetPublications.Reading reading, Progress progress) {
    long start = System.nanoTime();
    AttributionCorpus base = AttributionCorpus.build(graph, actors, software);
    EvidenceResolver plain = new EvidenceResolver(graph, software);
    CorpusLinker linker = new CorpusLinker(actors, plain);
    Mapped m = map(reading, new FolderMapper(actors, software, base), linker, progress);
    Map<String, Integer> perActor = new LinkedHashMap<>();
    m.keys().forEach(k -> perActor.merge(k, 1, Integer::sum));
    List<Integer> caseIndexes = new ArrayList<>();
    for (int i = 0; i < m.pubs().size(); i++) {
      if (perActor.get(m.keys().get(i)) >= 2) {
        caseIndexes.add(i);
      }
    }
    Attributor behaviourOnly = Attributor.withRanker(base, ranker);
    Map<Arm, AttributionBenchmark.Tally> tallies = new EnumMap<>(Arm.class);
    for (Arm a : Arm.values()) {
      tallies.put(a, new AttributionBenchmark.Tally());
    }
    Map<String, AliasMask> masks = new LinkedHashMap<>();
    List<CaseResult> cases = new ArrayList<>();
    progress.phase("ranking " + caseIndexes.size() + " held-out publications", caseIndexes.size());
    for (int i : caseIndexes) {
      String key = m.keys().get(i);
      AliasMask mask = masks.computeIfAbsent(key, k -> AliasMask.of(actors, k));
      List<ResolvedEvidence.Item> items = heldOut(m.pubs().get(i), key, mask, plain, linker);
      Map<Arm, Integer> ranks = new EnumMap<>(Arm.class);
      Map<Arm, Double> confidence = new EnumMap<>(Arm.class);
      for (Arm arm : Arm.values()) {
        List<CorpusLink> others = new ArrayList<>();
        for (int j = 0; j < m.pubs().size(); j++) {
          if (j != i) {
            m.links().get(j).stream().filter(l -> arm.corpus().contains(l.kind())).forEach(others::add);
          }
        }
        AttributionCorpus corpus = others.isEmpty() ? base
            : AttributionCorpus.build(graph, actors, software, CorpusFacts.byActor(others));
        Attributor engine = others.isEmpty() ? behaviourOnly : Attributor.withRanker(corpus, ranker);
        List<ResolvedEvidence.Item> kept = items.stream().filter(it -> arm.evidence().contains(it.kind())).toList();
        double[] p = engine.probabilities(new ResolvedEvidence(m.pubs().get(i).id(), kept, null, null, List.of(), List.of()));
        int truth = indexOf(corpus, key);
        tallies.get(arm).add(p, truth);
        ranks.put(arm, rank(p, truth));
        confidence.put(arm, Arrays.stream(p).max().orElse(0));
      }
      Map<String, Integer> kinds = new LinkedHashMap<>();
      items.forEach(it -> kinds.merge(it.kind().id(), 1, Integer::sum));
      cases.add(new CaseResult(m.pubs().get(i).id(), actors.entity(key).name(), ranks, confidence, kinds));
      progress.step();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<ArmResult> arms = new ArrayList<>();
    for (Arm a : Arm.values()) {
      AttributionBenchmark.Tally t = tallies.get(a);
      arms.add(new ArmResult(a, a.label(), t.metrics(caseIndexes.size() / Math.max(seconds, 1e-9)),
          t.reliability(RESAMPLES, BOOTSTRAP_SEED)));
    }
    List<String> actorNames = m.keys().stream().map(k -> actors.entity(k).name()).toList();
    Map<String, List<String>> masked = new LinkedHashMap<>();
    masks.forEach((k, mask) -> masked.put(actors.entity(k).name(), mask.names()));
    int caseActors = (int) perActor.values().stream().filter(n -> n >= 2).count();
    return new Report(reading.publications().size(), m.pubs().size(), caseActors, base.actors().size(), m.folders(),
        arms, InfrastructureRecurrence.of(m.docs(), actorNames), cases, masked, reading.skipped(), seconds);
  }

  /** Maps every folder, then extracts and links each publication of a mapped folder once. */
  private Mapped map(EsetPublications.Reading reading, FolderMapper mapper, CorpusLinker linker, Progress progress) {
    Map<String, List<Publication>> byFolder = new LinkedHashMap<>();
    for (Publication p : reading.publications()) {
      byFolder.computeIfAbsent(p.folder(), k -> new ArrayList<>()).add(p);
    }
    List<FolderMapper.Mapping> folders = new ArrayList<>();
    List<Publication> pubs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (var e : byFolder.entrySet()) {
      FolderMapper.Mapping m = mapper.map(e.getKey(), e.getValue().stream().map(Publication::title).toList());
      folders.add(m);
      if (m.mapped()) {
        for (Publication p : e.getValue()) {
          pubs.add(p);
          keys.add(m.actorKey());
        }
      }
    }
    progress.phase("extracting " + pubs.size() + " publications", pubs.size());
    List<ExtractedDocument> docs = new ArrayList<>();
    List<List<CorpusLink>> links = new ArrayList<>();
    for (int i = 0; i < pubs.size(); i++) {
      ExtractedDocument doc = extract(pubs.get(i));
      docs.add(doc);
      links.add(linker.links(doc, keys.get(i)));
      progress.step();
    }
    return new Mapped(folders, pubs, keys, docs, links);
  }

  /**
   * The held-out publication's evidence: its masked text read as {@code ascribe attribute} reads
   * an evidence file's {@code text}, plus the victims the corpus linker reads in it.
   */
  private List<ResolvedEvidence.Item> heldOut(
      Publication pub, String key, AliasMask mask, EvidenceResolver plain, CorpusLinker linker) {
    Reader reader = new Reader();
    ResolvedEvidence evidence = plain.withText(reader).resolve(textEvidence(pub.id(), mask.mask(pub.text())));
    List<ResolvedEvidence.Item> items = new ArrayList<>(evidence.items());
    for (CorpusLink l : reader.last == null ? List.<CorpusLink>of() : linker.links(reader.last, key)) {
      if (l.kind() == EvidenceKind.VICTIM_COUNTRY || l.kind() == EvidenceKind.VICTIM_SECTOR) {
        items.add(new ResolvedEvidence.Item(l.kind(), l.label(), l.feature(), l.label(), ""));
      }
    }
    return items;
  }

  /** A publication extracted as {@code ascribe attribute} reads a text, with its own title and date. */
  private ExtractedDocument extract(Publication p) {
    ExtractedDocument d = extractor.extractText(p.id(), p.text());
    return new ExtractedDocument(d.source(), d.sha256(), p.title(), p.date(), "ESET", d.language(), d.text(),
        d.boilerplateCharsRemoved(), d.indicators(), d.techniques(), d.entities(), d.claims(), d.mainText());
  }

  private static Evidence textEvidence(String id, String text) {
    return new Evidence(id, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), text);
  }

  private static int indexOf(AttributionCorpus corpus, String key) {
    for (int a = 0; a < corpus.actors().size(); a++) {
      if (corpus.actors().get(a).key().equals(key)) {
        return a;
      }
    }
    throw new IllegalStateException("actor " + key + " is not a candidate");
  }

  private static int rank(double[] p, int truth) {
    int rank = 1;
    for (double v : p) {
      rank += v > p[truth] ? 1 : 0;
    }
    return rank;
  }

  /**
   * The extractor's reading of a text, as {@link DocumentEvidence} gives it, keeping the extracted
   * document so that the victims the corpus linker reads in it can be added.
   */
  private final class Reader implements TextEvidence {
    ExtractedDocument last;

    @Override
    public List<Found> read(String text) {
      last = extractor.extractText("evidence text", text);
      return DocumentEvidence.of(last.techniques(), last.entities(), last.indicators(), last.text());
    }
  }
}
