package io.ascribe.spark.dedupe;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Groups documents whose texts are near-duplicates into stories. Each text becomes the set of its
 * {@value #SHINGLE_WORDS}-word shingles (lower-cased letters and digits; any script), hashed into a
 * sparse vector; {@code MinHashLSH} proposes pairs, and a pair whose shingle sets have a Jaccard
 * distance of at most {@code maxDistance} is linked. A story is a connected group of links; its id
 * is the smallest sha256 in it, so a document with no near-duplicate is a story of its own, and the
 * ids do not depend on the order of the input.
 */
public final class StoryGroups {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;
  /** The default largest Jaccard distance of two copies of one story (their shingle sets share at least 60%). */
  public static final double DEFAULT_MAX_DISTANCE = 0.4;
  private static final int HASH_TABLES = 8;
  private static final long SEED = 14L;
  private static final int MAX_ROUNDS = 64;

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
   * The story of every document.
   *
   * @param documents at least the columns {@code sha256} (unique) and {@code text}
   * @return {@code sha256, story_id} for every document
   */
  public Dataset<Row> assign(Dataset<Row> documents) {
    // the pairs are computed once: every round of the propagation below reads them again
    Dataset<Row> pairs = links(documents).localCheckpoint();
    Dataset<Row> edges = pairs.select(col("a").as("src"), col("b").as("dst"))
        .union(pairs.select(col("b").as("src"), col("a").as("dst")));
    Dataset<Row> labels = edges.select(col("src").as("id"), col("src").as("label")).distinct().localCheckpoint();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> proposed = edges.join(labels, edges.col("src").equalTo(labels.col("id")))
          .select(col("dst").as("id"), col("label"));
      Dataset<Row> next = labels.union(proposed).groupBy("id").agg(min("label").as("label")).localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "old"), "id")
          .filter(col("label").notEqual(col("old"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return documents.select("sha256").join(labels, col("sha256").equalTo(col("id")), "left")
        .select(col("sha256"), coalesce(col("label"), col("sha256")).as("story_id"));
  }

  /** Pairs {@code a < b} of documents at most {@code maxDistance} apart. */
  Dataset<Row> links(Dataset<Row> documents) {
    Dataset<Row> words = new RegexTokenizer().setInputCol("text").setOutputCol("words")
        .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true)
        .transform(documents.select(col("sha256"), coalesce(col("text"), lit(""))
            .as("text")));
    Dataset<Row> shingles = new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("shingles")
        .transform(words).filter(size(col("shingles")).gt(0));
    Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(1 << 20).setBinary(true).transform(shingles).select("sha256", "features");
    MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
        .setNumHashTables(HASH_TABLES).setSeed(SEED).fit(features);
    // hash each document once, then join the hashed set with itself
    Dataset<Row> hashed = model.transform(features).localCheckpoint();
    return model.approxSimilarityJoin(hashed, hashed, maxDistance, "distance")
        .select(col("datasetA.sha256").as("a"), col("datasetB.sha256").as("b"))
        .filter(col("a").lt(col("b")));
  }
}
