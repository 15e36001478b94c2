package io.ascribe.jmh;

import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Throughput of indicator extraction, {@link IndicatorExtractor#extract}, on one core, in MB of
 * text per second; and, separately, the time {@link WarningLists#load} takes on the real MISP
 * warning lists.
 *
 * <p>The text is {@value #CORPUS_CHARS} ASCII chars (1 MiB, so chars = bytes), built once per trial
 * from seed {@value #SEED}: report-like prose with, about one word in twelve, an indicator (IPv4,
 * IPv6, domain, URL, e-mail, MD5/SHA-1/SHA-256, CVE), a defanged indicator, or a look-alike that
 * must not be one (file names such as {@code update.exe}, version numbers such as {@code v2.0.1}
 * and {@code 1.2.3.4.5}, times, long hex runs). The setup prints what the extractor finds in it.
 *
 * <p>{@link #scan} runs with {@code warningLists=none} (scanning alone) and {@code =misp} (every
 * unique indicator also looked up in the real lists). Its score is operations (whole texts) per
 * second; the auxiliary counter {@code scan:bytes} is the same throughput in bytes per second, so
 * MB/s = {@code scan:bytes} / 1,000,000 = ops/s &times; 1.048576. {@link #loadWarningLists} is
 * single-shot: every iteration is one full load of {@code misp-warninglists/lists}; its first
 * (warm-up) iteration is the cold load a command sees.
 *
 * <p>Run from the project root ({@code /work/main}) after {@code mvn -q install -DskipTests -pl
 * ascribe-core && mvn -q package -pl ascribe-jmh}:
 *
 * <pre>{@code
 * java -jar ascribe-jmh/target/ascribe-jmh.jar IndicatorScanBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * }</pre>
 *
 * <p>The data folder (for {@code misp} and the load benchmark) is the {@code dataDir} parameter,
 * else the system property {@value PublicData#DATA_PROPERTY}, else {@value
 * PublicData#DEFAULT_DATA_DIR}; {@code -p warningLists=none} runs without it (then also exclude
 * the load benchmark: {@code IndicatorScanBenchmark.scan}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndicatorScanBenchmark {
  /** Size of the scanned text in chars (and bytes: it is ASCII). */
  static final int CORPUS_CHARS = 1 << 20;
  /** Seed of the text generator. */
  static final long SEED = 20240611L;

  /** Where the shared data is. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Data folder; empty means the {@value PublicData#DATA_PROPERTY} property, else {@value PublicData#DEFAULT_DATA_DIR}. */
    @Param({""})
    public String dataDir;

    Path lists() {
      return PublicData.resolveDataDir(dataDir).resolve("misp-warninglists/lists");
    }
  }

  /** The text and the extractor. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** {@code none}: no warning lists; {@code misp}: the real MISP warning lists. */
    @Param({"none", "misp"})
    public String warningLists;

    String text;
    IndicatorExtractor extractor;

    /** Builds the text and loads the lists; not timed. Prints what the extractor finds. */
    @Setup(Level.Trial)
    public void setUp(Data data) throws IOException {
      WarningLists lists = switch (warningLists) {
        case "none" -> WarningLists.none();
        case "misp" -> WarningLists.load(data.lists());
        default -> throw new IllegalArgumentException(
            "warningLists must be 'none' or 'misp', got '" + warningLists + "'");
      };
      text = corpus(SEED, CORPUS_CHARS);
      extractor = new IndicatorExtractor(lists);
      List<Indicator> found = extractor.extract(text);
      Map<String, Integer> byType = new TreeMap<>();
      int defanged = 0;
      int suppressed = 0;
      for (Indicator i : found) {
        byType.merge(i.type(), 1, Integer::sum);
        defanged += i.defanged() ? 1 : 0;
        suppressed += i.suppressed() ? 1 : 0;
      }
      System.out.println(System.lineSeparator() + "text: " + text.length() + " chars; "
          + found.size() + " unique indicators " + byType + ", " + defanged + " defanged, "
          + suppressed + " suppressed (" + lists.names().size() + " warning lists)");
    }
  }

  /** Counts scanned bytes, reported by JMH as a rate next to the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes scanned in this iteration. */
    public long bytes;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** One extraction over the whole text. */
  @Benchmark
  public List<Indicator> scan(Corpus corpus, Bytes counter) {
    counter.bytes += corpus.text.length();
    return corpus.extractor.extract(corpus.text);
  }

  /** One full load of the MISP warning lists, in milliseconds. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WarningLists loadWarningLists(Data data) throws IOException {
    return WarningLists.load(data.lists());
  }

  private static final String[] WORDS = (
      "the a an of to in and or for with on by from as at is was were be been has have had it its"
          + " this that these those which who actor actors group campaign operators attacker"
          + " malware loader backdoor implant payload dropper stage server servers infrastructure"
          + " command-and-control beacon connects connected traffic observed analysis report"
          + " researchers identified used uses deployed delivered via spear-phishing emails"
          + " attachment document macro victims government sector organisations networks access"
          + " credentials lateral movement persistence scheduled task registry key service"
          + " exfiltration data archive encrypted HTTPS TLS DNS tunnelling PowerShell script"
          + " Windows Linux version update patch vulnerability exploited exploit initial"
          + " e.g. i.e. U.S. etc. Node.js Figure Table see below above (see also) [1] [2]")
      .split(" ");
  private static final String[] TLDS = {
    "com", "net", "org", "ru", "cn", "io", "info", "xyz", "top", "de", "co.uk"
  };
  private static final String[] EXTENSIONS = {
    "exe", "dll", "pdf", "docx", "js", "zip", "ps1", "bat", "sh", "py", "txt", "png"
  };

  /** Report-like text of exactly {@code chars} ASCII chars, the same for the same seed. */
  static String corpus(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(chars + 256);
    int inSentence = 0;
    while (b.length() < chars) {
      if (r.nextInt(12) == 0) {
        b.append(item(r));
      } else {
        b.append(WORDS[r.nextInt(WORDS.length)]);
      }
      if (++inSentence > 8 + r.nextInt(14)) {
        b.append(r.nextInt(6) == 0 ? ".\n" : ". ");
        inSentence = 0;
      } else {
        b.append(r.nextInt(10) == 0 ? ", " : " ");
      }
    }
    b.setLength(chars);
    return b.toString();
  }

  private static String item(Random r) {
    return switch (r.nextInt(16)) {
      case 0 -> ipv4(r);
      case 1 -> ipv4(r).replace(".", "[.]");
      case 2 -> domain(r);
      case 3 -> domain(r).replace(".", "[.]");
      case 4 -> "https://" + domain(r) + "/" + label(r) + "/" + label(r) + ".php?id=" + r.nextInt(1000);
      case 5 -> "hxxp://" + domain(r).replace(".", "[.]") + "/" + label(r);
      case 6 -> label(r) + "@" + domain(r);
      case 7 -> hex(r, 32);
      case 8 -> hex(r, 40);
      case 9 -> hex(r, 64);
      case 10 -> "CVE-20" + (10 + r.nextInt(15)) + "-" + (1000 + r.nextInt(50000));
      case 11 -> String.format("2001:db8:%x::%x", r.nextInt(0xffff), 1 + r.nextInt(0xfff));
      case 12 -> label(r) + "." + EXTENSIONS[r.nextInt(EXTENSIONS.length)];
      case 13 -> "v" + r.nextInt(10) + "." + r.nextInt(20) + "." + r.nextInt(30);
      case 14 -> r.nextInt(10) + "." + r.nextInt(10) + "." + r.nextInt(10) + "." + r.nextInt(10) + "." + r.nextInt(10);
      default -> r.nextInt(24) + ":" + (10 + r.nextInt(50)) + ":" + (10 + r.nextInt(50)) + " " + hex(r, 48);
    };
  }

  private static String ipv4(Random r) {
    return (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
  }

  private static String domain(Random r) {
    return (r.nextBoolean() ? "" : label(r) + ".") + label(r) + "." + TLDS[r.nextInt(TLDS.length)];
  }

  private static String label(Random r) {
    int len = 3 + r.nextInt(9);
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String hex(Random r, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(Character.forDigit(r.nextInt(16), 16));
    }
    return b.toString();
  }
}
