package io.ascribe.attribution;

import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints everything the engine computes for {@code bench attribution --corpus-docs N}'s cases, so
 * that two builds can be shown to give byte-identical results (issue 15's throughput work must not
 * change any answer): the leave-one-report-out cases' similarity features under their adjusted
 * profiles, their random twins' features, and, for the batch (the engine trained on the knowledge
 * base plus {@link SyntheticCorpus} with seed 15, each case with the bench's context items), every
 * actor's probability and the explained top-5 answer. Uses only API that the builds share, so it
 * runs against an older jar too.
 *
 * <pre>{@code
 * java -cp ascribe-cli/target/ascribe.jar:ascribe-cli/target/test-classes \
 *     io.ascribe.attribution.ThroughputDumpMain /tmp/h-thru 10000 /tmp/dump-after.txt
 * cmp /tmp/dump-before.txt /tmp/dump-after.txt
 * }</pre>
 */
public final class ThroughputDumpMain {

  private ThroughputDumpMain() {}

  /** Arguments: the home, the synthetic documents, the output file. */
  public static void main(String[] args) throws Exception {
    AttributionCorpus corpus = benchCorpus(Path.of(args[0]), Integer.parseInt(args[1]));
    AttributionCorpus kb = corpus.withoutDocuments();
    SimilarityModel model = new SimilarityModel(kb);
    List<TrainingCases.Case> loro = TrainingCases.leaveOneReportOut(kb);
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2])); PrintWriter out = new PrintWriter(w)) {
      List<double[][]> x = TrainingCases.features(model, loro);
      List<double[][]> twins = TrainingCases.randomTwins(model, loro);
      for (int i = 0; i < loro.size(); i++) {
        out.println("loro " + i + " " + loro.get(i).label());
        print(out, "  x ", x.get(i));
        print(out, "  twin ", twins.get(i));
      }
      Attributor attributor = Attributor.train(corpus);
      List<ResolvedEvidence> batch = AttributionBenchmark.batchEvidence(corpus, loro);
      for (ResolvedEvidence e : batch) {
        double[] p = attributor.probabilities(e);
        out.println("batch " + e.id());
        StringBuilder sb = new StringBuilder("  p");
        for (double v : p) {
          sb.append(' ').append(v);
        }
        out.println(sb);
        out.println("  " + attributor.attribute(e, 5));
      }
    }
  }

  /** The bench's corpus: the home's knowledge base plus {@code documents} synthetic documents (seed 15). */
  static AttributionCorpus benchCorpus(Path home, int documents) throws Exception {
    KnowledgeBase.Linked linked;
    try (Store store = Store.open(home)) {
      linked = new KnowledgeBase(store).linked();
    }
    AttributionCorpus corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software());
    if (documents > 0) {
      corpus = AttributionCorpus.build(linked.graph(), linked.actors(), linked.software(),
          SyntheticCorpus.facts(corpus, documents, 15));
    }
    return corpus;
  }

  private static void print(PrintWriter out, String prefix, double[][] x) {
    for (double[] row : x) {
      StringBuilder sb = new StringBuilder(prefix);
      for (double v : row) {
        sb.append(' ').append(v);
      }
      out.println(sb);
    }
  }
}
