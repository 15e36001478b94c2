package io.ascribe.jmh;

import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.Attributor;
import io.ascribe.attribution.EvidenceParser;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.ResolvedEvidence;
import io.ascribe.model.KnowledgeGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-case attribution latency, in process, against the full ATT&CK knowledge base: {@link
 * Attributor#attribute} with the top 5 hypotheses explained, on a rotating set of realistic
 * evidence (a living-off-the-land intrusion, a spear-phishing case with commodity tools and
 * forgeable artifacts, a custom-implant case, a case that fits nobody). Sample-time mode reports
 * the percentiles, p99 among them. Training and resolution are not timed.
 *
 * <p>Run from the project root:
 *
 * <pre>{@code
 * java -jar ascribe-jmh/target/ascribe-jmh.jar AttributionLatencyBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AttributionLatencyBenchmark {
  static final String[] CASES = {
    "{\"techniques\":[\"T1003.003\",\"T1047\",\"T1059.003\",\"T1090\",\"T1018\",\"T1049\"],"
        + "\"software\":[\"Impacket\",\"netsh\",\"FRP\"],\"victims\":{\"countries\":[\"US\"]}}",
    "{\"techniques\":[\"T1566.001\",\"T1059.001\",\"T1003.001\",\"T1071.001\"],\"software\":[\"Cobalt Strike\",\"Mimikatz\"],"
        + "\"artifacts\":{\"languages\":[\"ru\"],\"utc_offsets\":[3]},\"observed\":{\"from\":\"2023-01-01\",\"to\":\"2023-06-01\"}}",
    "{\"techniques\":[\"T1027\",\"T1055\",\"T1105\"],\"software\":[\"PlugX\",\"ShadowPad\"],"
        + "\"victims\":{\"countries\":[\"TW\",\"VN\"],\"sectors\":[\"Government\"]}}",
    "{\"techniques\":[\"T1480.002\",\"T1552.008\"],\"software\":[\"NoSuchImplant\"]}"
  };

  /** Data folder; empty means the {@value PublicData#DATA_PROPERTY} property, else {@value PublicData#DEFAULT_DATA_DIR}. */
  @Param({""})
  public String dataDir;

  private Attributor attributor;
  private List<ResolvedEvidence> evidence;
  private int cursor;

  /** Loads the knowledge base, learns the weights and resolves the cases; not timed. */
  @Setup(Level.Trial)
  public void train() throws Exception {
    Path dir = PublicData.resolveDataDir(dataDir);
    KnowledgeGraph graph = PublicData.graph(dir);
    EntityLinker linker = new EntityLinker(graph);
    Linking software = linker.linkSoftware();
    attributor = Attributor.train(AttributionCorpus.build(graph, linker.linkActors(), software));
    EvidenceResolver resolver = new EvidenceResolver(graph, software);
    EvidenceParser parser = new EvidenceParser();
    evidence = new ArrayList<>();
    for (int i = 0; i < CASES.length; i++) {
      evidence.add(resolver.resolve(parser.parse(CASES[i], "case " + i)));
    }
  }

  /** One attribution with explanations for the top 5. */
  @Benchmark
  public Attribution attribute() {
    ResolvedEvidence e = evidence.get(cursor);
    cursor = (cursor + 1) & (CASES.length - 1);
    return attributor.attribute(e, 5);
  }
}
