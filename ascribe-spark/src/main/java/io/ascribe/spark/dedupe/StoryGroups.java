package io.ascribe.spark.dedupe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Groups documents whose texts are near-duplicates into stories. Each text gets a {@link
 * MinHasher} signature of {@value #SIGNATURE} values over its {@value #SHINGLE_WORDS}-word
 * shingles; the signature is cut into {@value #BANDS} bands of {@value #ROWS} values, and documents
 * that agree on a whole band meet in that band's bucket (one shuffle: a row per band and document,
 * carrying the signature). Inside a bucket the members are compared on their whole signatures, and
 * a pair whose estimated Jaccard distance is at most {@code maxDistance} is linked ({@link Bucket}:
 * a spanning forest, not every pair). A story is a connected group of links, found in one pass on
 * the driver over the links, whose number is below the number of documents grouped; its id is the
 * smallest sha256 in it, so the ids do not depend on the order of the input.
 *
 * <p>Two texts with a Jaccard similarity {@code J} share at least one band with probability
 * {@code 1 - (1 - J^4)^32}: 0.99 at {@code J = 0.6}, 0.87 at 0.5, 0.03 at 0.2.
 */
public final class StoryGroups {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;
  /** The default largest Jaccard distance of two copies of one story (their shingle sets share at least 60%). */
  public static final double DEFAULT_MAX_DISTANCE = 0.4;
  static final int SIGNATURE = 128;
  static final int BANDS = 32;
  static final int ROWS = SIGNATURE / BANDS;
  /** The most distinct signatures of one bucket compared all against all. */
  static final int BUCKET_CAP = 256;
  private static final long SEED = 14L;
  /** Immutable, so one for every task of an executor. */
  private static final MinHasher HASHER = new MinHasher(SHINGLE_WORDS, SIGNATURE, SEED);
  private static final StructType IDS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("sha256", DataTypes.StringType, false),
      DataTypes.createStructField("story_id", DataTypes.StringType, false)));

  private final double maxDistance;

  /** Groups with {@link #DEFAULT_MAX_DISTANCE}. */
  public StoryGroups() {
    this(DEFAULT_MAX_DISTANCE);
  }

  /**
   * Groups copies at most {@code maxDistance} apart.
   *
   * @throws IllegalArgumentException unless {@code 0 <= maxDistance < 1}
   */
  public StoryGroups(double maxDistance) {
    if (!(maxDistance >= 0 && maxDistance < 1)) {
      throw new IllegalArgumentException("maxDistance must be in [0, 1), got " + maxDistance);
    }
    this.maxDistance = maxDistance;
  }

  /**
   * The stories of several documents.
   *
   * @param ids {@code sha256, story_id} of every document that shares its story with another (a
   *     document not in it is a story of its own, its id its sha256); small enough to broadcast
   *     while the documents grouped number a few million
   * @param grouped the documents in {@code ids}
   * @param stories the stories among them
   * @param compared pairs of signatures compared in buckets
   * @param cappedBuckets buckets with more than {@value #BUCKET_CAP} distinct signatures, compared in chunks
   */
  public record Stories(Dataset<Row> ids, long grouped, long stories, long compared, long cappedBuckets) {}

  /**
   * Groups {@code documents} into stories.
   *
   * @param documents at least the columns {@code sha256} (unique) and {@code text}
   */
  public Stories group(Dataset<Row> documents) {
    SparkSession spark = documents.sparkSession();
    LongAccumulator compared = spark.sparkContext().longAccumulator("story pairs compared");
    LongAccumulator capped = spark.sparkContext().longAccumulator("story buckets capped");
    double minSimilarity = 1 - maxDistance;
    JavaPairRDD<Long, Bucket.Member> bands = documents.select("sha256", "text").javaRDD()
        .flatMapToPair(StoryGroups::bandsOf);
    List<Tuple2<String, String>> links = bands.groupByKey(Math.max(1, bands.getNumPartitions()))
        .flatMap(bucket -> {
          List<Bucket.Member> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          List<Tuple2<String, String>> out = new ArrayList<>();
          Bucket.Counts counts = Bucket.link(members, minSimilarity, BUCKET_CAP, (a, b) -> out.add(new Tuple2<>(a, b)));
          compared.add(counts.compared());
          capped.add(counts.capped() ? 1 : 0);
          return out.iterator();
        })
        .distinct()
        .collect();
    Components components = new Components();
    links.forEach(l -> components.link(l._1(), l._2()));
    Map<String, String> roots = components.roots();
    List<Row> rows = new ArrayList<>(roots.size());
    roots.forEach((member, root) -> rows.add(RowFactory.create(member, root)));
    long stories = roots.values().stream().distinct().count();
    Dataset<Row> ids = spark.createDataFrame(rows, IDS);
    return new Stories(ids, roots.size(), stories, compared.value(), capped.value());
  }

  /** One row per band of a document's signature: the band's key and the document; none for a text too short. */
  private static Iterator<Tuple2<Long, Bucket.Member>> bandsOf(Row row) {
    String sha256 = row.getString(0);
    int[] signature = HASHER.signature(row.getString(1));
    if (signature == null) {
      return Collections.emptyIterator();
    }
    Bucket.Member member = new Bucket.Member(sha256, signature);
    List<Tuple2<Long, Bucket.Member>> out = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
        key = MinHasher.mix(key * 0x9E3779B97F4A7C15L + signature[i]);
      }
      out.add(new Tuple2<>(key, member));
    }
    return out.iterator();
  }
}
