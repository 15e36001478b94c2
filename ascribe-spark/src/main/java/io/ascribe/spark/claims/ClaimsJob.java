package io.ascribe.spark.claims;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.model.Tlp;
import io.ascribe.spark.dedupe.StoryGroups;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.spark.timing.PhaseTime;
import io.ascribe.spark.timing.PhaseTimer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

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

  /** Story ids of at most this many documents are broadcast to the tables' writes; more are joined by a shuffle. */
  private static final long BROADCAST_STORY_IDS = 2_000_000;

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
   * What one run read and wrote, and what each phase of it cost.
   *
   * @param records records read (documents and errors)
   * @param documents distinct documents (sha256) written
   * @param duplicates records whose bytes another record had already (same sha256)
   * @param errors records that gave no document
   * @param claims claims written
   * @param stories distinct stories among the documents
   * @param files input files read (one task each)
   * @param phases the phases in the order they ran: listing the inputs, extraction (with the shuffle
   *     by sha256 and the exact duplicates), stories, each table's write, the counts
   */
  public record Summary(long records, long documents, long duplicates, long errors, long claims, long stories,
      int files, List<PhaseTime> phases) {
    /** Defensive copy. */
    public Summary {
      phases = List.copyOf(phases);
    }
  }

  /**
   * Runs the job.
   *
   * @param inputs files, folders, globs or Hadoop URIs of WARC/WET (plain or gzip) and JSONL files
   * @param out the output folder (any Hadoop URI); its tables are replaced
   * @param tlp the marking of every document
   * @param partitions the number of files each table is written in
   * @throws UncheckedIOException when an input matches no file or cannot be listed
   */
  public Summary run(List<String> inputs, String out, Tlp tlp, int partitions) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive, got " + partitions);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    try (PhaseTimer timer = new PhaseTimer(spark.sparkContext())) {
      List<InputFiles.ListedFile> files = timer.phase("list inputs", () -> list(inputs));
      Broadcast<ExtractorSnapshot> shipped = jsc.broadcast(snapshot);
      Broadcast<SerializableConfiguration> conf = SerializableConfiguration.broadcast(spark.sparkContext());
      // one task per file; each record's row goes to the partition of its sha256, where the first
      // copy is kept (with the number of copies) and the errors stay as they are
      List<String> uris = files.stream().map(InputFiles.ListedFile::uri).toList();
      JavaRDD<Row> rows = jsc.parallelize(uris, uris.size()).flatMap(extraction(shipped, conf, tlp.name()));
      WindowSpec sameBytes = Window.partitionBy("sha256");
      Dataset<Row> keyed = spark.createDataFrame(rows, ExtractedRows.EXTRACTED)
          .repartition(partitions, col("sha256"))
          .withColumn("copies", count(lit(1)).over(sameBytes))
          .withColumn("copy", row_number().over(sameBytes.orderBy(col("source"), col("record_id"))))
          .filter(col("error").isNotNull().or(col("copy").equalTo(1))).drop("copy")
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        timer.phase("extract", () -> keyed.count());
        Dataset<Row> unique = keyed.filter(col("error").isNull()).drop("error");
        StoryGroups.Stories found = timer.phase("stories", () -> stories.group(unique.select("sha256", "text")));
        write(timer, keyed, unique, found, out, partitions);
        Row counts = timer.phase("count", () -> keyed.agg(
            sum(when(col("error").isNull(), lit(1L)).otherwise(lit(0L))),
            sum(when(col("error").isNull(), col("copies")).otherwise(lit(0L))),
            sum(when(col("error").isNull(), lit(0L)).otherwise(lit(1L))),
            sum(when(col("error").isNull(), size(col("claims")).cast("long")).otherwise(lit(0L)))).first());
        long documents = counts.isNullAt(0) ? 0 : counts.getLong(0);
        long copies = counts.isNullAt(1) ? 0 : counts.getLong(1);
        long errors = counts.isNullAt(2) ? 0 : counts.getLong(2);
        long claims = counts.isNullAt(3) ? 0 : counts.getLong(3);
        return new Summary(copies + errors, documents, copies - documents, errors, claims,
            documents - found.grouped() + found.stories(), files.size(), timer.times());
      } finally {
        keyed.unpersist();
        shipped.destroy();
        conf.destroy();
      }
    }
  }

  private List<InputFiles.ListedFile> list(List<String> inputs) {
    try {
      return InputFiles.list(spark.sparkContext().hadoopConfiguration(), inputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * Writes the tables from the kept rows, which are partitioned by sha256 into {@code partitions}
   * already: the document tables are only sorted within their partitions, the errors are shuffled
   * by their own key.
   */
  private static void write(PhaseTimer timer, Dataset<Row> kept, Dataset<Row> unique, StoryGroups.Stories found,
      String out, int partitions) {
    Dataset<Row> ids = found.grouped() <= BROADCAST_STORY_IDS ? broadcast(found.ids()) : found.ids();
    Dataset<Row> documents = unique.join(ids, "sha256", "left")
        .withColumn("story_id", coalesce(col("story_id"), col("sha256")));
    List<Column> documentColumns = new ArrayList<>();
    Arrays.stream(ExtractedRows.DOCUMENT.fieldNames()).forEach(name -> documentColumns.add(col(name)));
    documentColumns.add(col("copies"));
    documentColumns.add(col("story_id"));
    timer.phase("write documents", () -> writeSorted(documents.select(documentColumns.toArray(Column[]::new)), out,
        "documents", "sha256"));
    timer.phase("write claims", () -> writeSorted(children(documents, "claims", true), out, "claims", "sha256",
        "ordinal"));
    timer.phase("write indicators", () -> writeSorted(children(unique, "indicators", false), out, "indicators",
        "sha256", "ordinal"));
    timer.phase("write technique_mentions", () -> writeSorted(children(unique, "techniques", false), out,
        "technique_mentions", "sha256", "ordinal"));
    timer.phase("write entity_mentions", () -> writeSorted(children(unique, "entities", false), out,
        "entity_mentions", "sha256", "ordinal"));
    Dataset<Row> errors = kept.filter(col("error").isNotNull())
        .select(col("source"), col("url"), col("record_id"), col("record_date"), col("error").as("reason"));
    timer.phase("write errors", () -> {
      Column[] order = {col("source"), col("record_id"), col("reason")};
      errors.repartition(partitions, order[0]).sortWithinPartitions(order)
          .write().mode(SaveMode.Overwrite).parquet(out + "/errors");
    });
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

  /** Writes a table of the partitions it has (by sha256), each sorted by {@code key}, so a rerun writes the same files. */
  private static void writeSorted(Dataset<Row> table, String out, String name, String... key) {
    table.sortWithinPartitions(Arrays.stream(key).map(k -> col(k)).toArray(Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
  }

  /** Reads one input file into rows on an executor; static so that the function captures no job. */
  private static FlatMapFunction<String, Row> extraction(Broadcast<ExtractorSnapshot> shipped,
      Broadcast<SerializableConfiguration> conf, String tlp) {
    return uri -> {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = path.getFileSystem(conf.value().value());
      List<Row> rows = new ArrayList<>();
      new InputFile(new DocumentInputs(), shipped.value().extractor(), tlp)
          .read(uri, offset -> openAt(fs, path, offset), rows::add);
      return rows.iterator();
    };
  }

  private static InputStream openAt(FileSystem fs, org.apache.hadoop.fs.Path path, long offset) throws IOException {
    FSDataInputStream in = fs.open(path);
    try {
      in.seek(offset);
      return in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
