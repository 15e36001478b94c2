package io.ascribe.jmh;

import io.ascribe.alias.AliasIndex;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Names;
import java.io.IOException;
import java.nio.file.Path;
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
 * Measures the hot path of alias lookup: {@link AliasIndex#lookup(String)}, which normalises the
 * query with {@link Names#normalize} and then does one hash lookup in the index, as average time
 * per call in nanoseconds. A second method, {@link #normalize()}, times {@link Names#normalize}
 * alone, so the hash lookup's share is the difference between the two.
 *
 * <p>The index is the real one, built once per trial from the public data: ATT&amp;CK Enterprise
 * ({@code attack/enterprise-attack-18.1.json}) and the MISP galaxies {@code threat-actor}, {@code
 * microsoft-activity-group} and {@code 360net} (under {@code misp-galaxy/clusters/}), read with
 * {@link PublicData#graph}, and linked with {@link
 * EntityLinker#linkActors()}. Reading and linking are not timed.
 *
 * <p>Each invocation takes the next of a fixed set of realistic queries (a vendor name, spacing and
 * case variants, a Microsoft Storm name, an ambiguous name, an ATT&amp;CK id, an unknown name),
 * cycling through them with an index kept in the state, so the JIT cannot constant-fold the query;
 * the result is returned to JMH's blackhole.
 *
 * <p>Run from the project root ({@code /work/main}) after {@code mvn install -pl
 * ascribe-core,ascribe-jmh -am}:
 *
 * <pre>{@code
 * java -jar ascribe-jmh/target/ascribe-jmh.jar AliasLookupBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -p dataDir=../shared/data
 * }</pre>
 *
 * <p>The data folder is the {@code dataDir} parameter; when that is empty (the default), it is the
 * system property {@code ascribe.sharedData} (pass it to the forked JVM with {@code -jvmArgsAppend
 * -Dascribe.sharedData=DIR}), else {@code ../shared/data}. A relative folder is resolved against
 * the working directory; a missing folder or file fails the trial with a message naming it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AliasLookupBenchmark {
  /**
   * Queries cycled by the benchmarks. The length is a power of two so the cursor wraps with a
   * mask.
   */
  static final String[] QUERIES = {
    "Vanguard Panda", // CrowdStrike name, an alias of Volt Typhoon
    "APT 29", // spacing variant of APT29
    "cozy bear", // case variant of Cozy Bear
    "Storm-0391", // Microsoft Storm name
    "Grizzly Steppe", // claimed for more than one actor
    "G0016", // ATT&CK group id
    "no such actor", // miss
    "BRONZE SILHOUETTE", // Secureworks name, upper case
  };

  /** Data folder; empty means the {@value PublicData#DATA_PROPERTY} property, else {@value PublicData#DEFAULT_DATA_DIR}. */
  @Param({""})
  public String dataDir;

  private AliasIndex index;
  private String[] queries;
  private int cursor;

  /** Builds the alias index from the public data; not timed. */
  @Setup(Level.Trial)
  public void buildIndex() throws IOException {
    Path dir = PublicData.resolveDataDir(dataDir);
    index = new EntityLinker(PublicData.graph(dir)).linkActors().index();
    queries = QUERIES.clone();
    cursor = 0;
    StringBuilder report = new StringBuilder();
    report.append(System.lineSeparator()).append("alias index: ").append(index.size())
        .append(" distinct names from ").append(dir);
    for (String q : queries) {
      AliasLookup r = index.lookup(q);
      report.append(System.lineSeparator()).append("  '").append(q).append("' -> ")
          .append(r.candidates().size()).append(" candidate(s)")
          .append(r.isAmbiguous() ? ", ambiguous" : "");
    }
    System.out.println(report);
  }

  private String nextQuery() {
    String q = queries[cursor];
    cursor = (cursor + 1) & (queries.length - 1);
    return q;
  }

  /** One {@link AliasIndex#lookup(String)}: normalisation plus the hash lookup. */
  @Benchmark
  public AliasLookup lookup() {
    return index.lookup(nextQuery());
  }

  /** {@link Names#normalize} alone, on the same queries. */
  @Benchmark
  public String normalize() {
    return Names.normalize(nextQuery());
  }
}
