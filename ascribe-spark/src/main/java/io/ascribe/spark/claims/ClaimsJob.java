package io.ascribe.spark.claims;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.model.Tlp;
import io.ascribe.spark.dedupe.StoryGroups;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The claims job: reads web archives (WARC, WET) and JSONL files, extracts every record with the
 * home's extractor (shipped to the executors as a broadcast {@link ExtractorSnapshot}), keeps each
 * sha256 once, groups near-duplicate copies into stories ({@link StoryGroups}), and writes Parquet
 * tables below the output folder:
 *
 * <ul>
 *   <li>{@code documents}: one row a sha256 ({@link ExtractedRows#DOCUMENT} columns, {@code copies}
 *       of the same bytes read, {@code story_id});
 *   <li>{@code claims}, {@code indicators}, {@code technique_mentions}, {@code entity_mentions}:
 *       {@code sha256}, {@code ordinal} (the order extraction found them), {@code story_id} on
 *       claims, and the fields of {@code extract --json};
 *   <li>{@code errors}: every record that gave no document ({@code source}, {@code record_id}, {@code
 *       reason}).
 * </ul>
 *
 * <p>Every table is overwritten whole and written sorted by its key into a fixed number of
 * partitions, so a second run over the same input gives the same rows in the same files; a task
 * Spark retries writes through Spark's commit protocol, so a retried partition is not written twice.
 */
public final class ClaimsJob {
  /** The tables the job writes, as folder names below the output. */
  public static final List<String> TABLES =
      List.of("documents", "claims", "indicators", "technique_mentions", "entity_mentions", "errors");

  private final SparkSession spark;
  private final ExtractorSnapshot snapshot;
  private final StoryGroups stories;

  /** A job over {@code spark}, extracting with {@code snapshot}'s extractor and grouping stories with {@code stories}. */
  public ClaimsJob(SparkSession spark, ExtractorSnapshot snapshot, StoryGroups stories) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.stories = Objects.requireNonNull(stories, "stories");
  }

  /**
   * What one run read and wrote.
   *
   * @param records records read (documents and errors)
   * @param documents distinct documents (sha256) written
   * @param duplicates records whose bytes another record had already (same sha256)
   * @param errors records that gave no document
   * @param claims claims written
   * @param stories distinct stories among the documents
   */
  public record Summary(long records, long documents, long duplicates, long errors, long claims, long stories) {}

  /**
   * Runs the job.
   *
   * @param inputs files, folders, globs or Hadoop URIs of WARC/WET (plain or gzip) and JSONL files
   * @param out the output folder (any Hadoop URI); its tables are replaced
   * @param tlp the marking of every document
   * @param partitions the number of files each table is written in
   */
  public Summary run(List<String> inputs, String out, Tlp tlp, int partitions) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive, got " + partitions);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ExtractorSnapshot> shipped = jsc.broadcast(snapshot);
    try {
      JavaPairRDD<String, PortableDataStream> files =
          jsc.binaryFiles(String.join(",", inputs), jsc.defaultParallelism());
      JavaRDD<Row> rows = files.flatMap(extraction(shipped, tlp.name()));
      Dataset<Row> extracted = spark.createDataFrame(rows, ExtractedRows.EXTRACTED)
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        return write(extracted, out, partitions);
      } finally {
        extracted.unpersist();
      }
    } finally {
      shipped.destroy();
    }
  }

  private Summary write(Dataset<Row> extracted, String out, int partitions) {
    WindowSpec sameBytes = Window.partitionBy("sha256").orderBy(col("source"), col("record_id"));
    Dataset<Row> unique = extracted.filter(col("error").isNull())
        .withColumn("copies", count(lit(1)).over(Window.partitionBy("sha256")))
        .withColumn("copy", row_number().over(sameBytes))
        .filter(col("copy").equalTo(1)).drop("copy", "error")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> storyIds = stories.assign(unique.select("sha256", "text"));
      Dataset<Row> documents = unique.join(storyIds, "sha256").persist(StorageLevel.MEMORY_AND_DISK());
      try {
        List<Column> documentColumns = new ArrayList<>();
        Arrays.stream(ExtractedRows.DOCUMENT.fieldNames()).forEach(name -> documentColumns.add(col(name)));
        documentColumns.add(col("copies"));
        documentColumns.add(col("story_id"));
        writeTable(documents.select(documentColumns.toArray(Column[]::new)), out, "documents", partitions,
            "sha256");
        writeTable(children(documents, "claims", true), out, "claims", partitions, "sha256", "ordinal");
        writeTable(children(documents, "indicators", false), out, "indicators", partitions, "sha256", "ordinal");
        writeTable(children(documents, "techniques", false), out, "technique_mentions", partitions, "sha256",
            "ordinal");
        writeTable(children(documents, "entities", false), out, "entity_mentions", partitions, "sha256", "ordinal");
        Dataset<Row> errors = extracted.filter(col("error").isNotNull())
            .select(col("source"), col("url"), col("record_id"), col("record_date"), col("error").as("reason"));
        writeTable(errors, out, "errors", partitions, "source", "record_id", "reason");

        Row counts = spark.read().parquet(out + "/documents")
            .agg(count(lit(1)), sum("copies"),
                countDistinct("story_id"))
            .first();
        long documentCount = counts.getLong(0);
        long copies = counts.isNullAt(1) ? 0 : counts.getLong(1);
        long errorCount = spark.read().parquet(out + "/errors").count();
        long claimCount = spark.read().parquet(out + "/claims").count();
        return new Summary(copies + errorCount, documentCount, copies - documentCount, errorCount, claimCount,
            counts.getLong(2));
      } finally {
        documents.unpersist();
      }
    } finally {
      unique.unpersist();
    }
  }

  /** One row per element of the array column {@code list}: sha256, ordinal, (story_id,) the element's fields. */
  private static Dataset<Row> children(Dataset<Row> documents, String list, boolean withStory) {
    List<Column> keys = new ArrayList<>(List.of(col("sha256")));
    if (withStory) {
      keys.add(col("story_id"));
    }
    keys.add(posexplode(col(list)).as(new String[] {"ordinal", "item"}));
    Dataset<Row> exploded = documents.select(keys.toArray(Column[]::new));
    List<Column> flat = new ArrayList<>(List.of(col("sha256"), col("ordinal")));
    if (withStory) {
      flat.add(col("story_id"));
    }
    flat.add(col("item.*"));
    return exploded.select(flat.toArray(Column[]::new));
  }

  private static void writeTable(Dataset<Row> table, String out, String name, int partitions, String... key) {
    Column[] order = Arrays.stream(key).map(k -> col(k)).toArray(Column[]::new);
    table.repartition(partitions, order[0]).sortWithinPartitions(order)
        .write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
  }

  /** Reads one input file into rows on an executor; static so that the function captures no job. */
  private static FlatMapFunction<Tuple2<String, PortableDataStream>, Row> extraction(
      Broadcast<ExtractorSnapshot> shipped, String tlp) {
    return file -> {
      List<Row> rows = new ArrayList<>();
      new InputFile(new DocumentInputs(), shipped.value().extractor(), tlp)
          .read(file._1(), offset -> openAt(file._2(), offset), rows::add);
      return rows.iterator();
    };
  }

  private static InputStream openAt(PortableDataStream file, long offset) throws IOException {
    InputStream in = file.open();
    try {
      in.skipNBytes(offset);
      return in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
