package io.ascribe.store.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.attribution.ResolvedEvidence;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.kb.KnowledgeBase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what the corpus costs the batch path: the calling thread's CPU time per attribution
 * (top 5, explained), for the knowledge base's engine alone and for the engine with every corpus
 * link of a home (an operator's clearance), on the same resolved cases. CPU time is what a busy
 * shared machine does not inflate.
 *
 * <pre>{@code
 * CP=ascribe-store/target/test-classes
 * java -cp ascribe-cli/target/ascribe.jar:$CP io.ascribe.store.attribution.CorpusAttributionCostMain \
 *     /tmp/h-corpus cases.jsonl
 * }</pre>
 *
 * <p>Arguments: the home, and a file of evidence objects, one a line (as {@code attribute --batch}
 * reads), run once to warm up and once measured for each engine.
 */
public final class CorpusAttributionCostMain {
  private CorpusAttributionCostMain() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (Store store = Store.open(Path.of(args[0]))) {
      TrainedAttributor kbOnly = TrainedAttributor.loadWithText(store, TextEvidence.NONE);
      long start = cpu.getCurrentThreadCpuTime();
      TrainedAttributor withCorpus = TrainedAttributor.loadWithText(store, TextEvidence.NONE)
          .withCorpus(new KnowledgeBase(store).linked(),
              new CorpusLinkStore(store).visible(Tlp.RED));
      double buildSeconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      EvidenceParser parser = new EvidenceParser();
      ObjectMapper json = new ObjectMapper();
      List<String> lines = Files.readAllLines(Path.of(args[1]));
      List<ResolvedEvidence> cases = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        cases.add(kbOnly.resolver().resolve(parser.parse(json.readTree(lines.get(i)), args[1] + ":" + (i + 1))));
      }
      int links = new CorpusLinkStore(store).visible(Tlp.RED).size();
      System.out.printf("%d cases, %d corpus links; building the engine with the corpus: %.2f s CPU%n", cases.size(),
          links, buildSeconds);
      for (String name : List.of("knowledge base only", "with the corpus")) {
        TrainedAttributor engine = name.startsWith("with") ? withCorpus : kbOnly;
        for (int round = 0; round < 2; round++) {
          long t0 = cpu.getCurrentThreadCpuTime();
          for (ResolvedEvidence c : cases) {
            engine.attributor().attribute(c, 5);
          }
          double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
          if (round == 1) {
            System.out.printf("%-22s %8.0f cases/s of CPU%n", name, cases.size() / s);
          }
        }
      }
    }
  }
}
