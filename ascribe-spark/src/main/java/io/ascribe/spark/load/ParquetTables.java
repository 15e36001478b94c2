package io.ascribe.spark.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.spark.claims.ClaimsJob;
import io.ascribe.spark.claims.ExtractedRows;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The tables one run of {@link ClaimsJob} wrote below a folder, read back as {@link
 * ExtractedDocument}s: each document row joined with its claims, indicators, technique mentions
 * and entity mentions (in the order extraction found them), streamed to the driver in sha256 order.
 */
public final class ParquetTables {
  private final SparkSession spark;
  private final String dir;

  /**
   * The tables below {@code dir}.
   *
   * @throws IOException naming the folder and the table when one of the job's tables is missing
   */
  public ParquetTables(SparkSession spark, String dir) throws IOException {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.dir = Objects.requireNonNull(dir, "dir");
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (String table : ClaimsJob.TABLES) {
      if (!fs.exists(new Path(root, table + "/_SUCCESS"))) {
        throw new IOException(dir + "/" + table + ": missing or incomplete table (expected the output folder of "
            + "'ascribe spark claims')");
      }
    }
  }

  /** The markings of the documents, lowest first. */
  public List<Tlp> markings() {
    List<Tlp> out = new ArrayList<>();
    for (Row r : table("documents").select("tlp").distinct().collectAsList()) {
      String name = r.getString(0);
      try {
        out.add(Tlp.valueOf(name));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(dir + "/documents: column tlp holds '" + name + "', not one of "
            + Arrays.toString(Tlp.values()), e);
      }
    }
    out.sort(null);
    return out;
  }

  /** How many documents are marked {@code tlp}. */
  public long count(Tlp tlp) {
    return documents(tlp).count();
  }

  /** The documents marked {@code tlp}, in sha256 order, streamed a partition at a time. */
  public Iterator<ExtractedDocument> read(Tlp tlp) {
    Dataset<Row> joined = documents(tlp)
        .join(grouped("claims", ExtractedRows.CLAIM), col("sha256").equalTo(col("claims_sha256")), "left")
        .join(grouped("indicators", ExtractedRows.INDICATOR), col("sha256").equalTo(col("indicators_sha256")), "left")
        .join(grouped("technique_mentions", ExtractedRows.TECHNIQUE),
            col("sha256").equalTo(col("technique_mentions_sha256")), "left")
        .join(grouped("entity_mentions", ExtractedRows.ENTITY), col("sha256").equalTo(col("entity_mentions_sha256")),
            "left")
        .orderBy("sha256");
    Iterator<Row> rows = joined.toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ExtractedDocument next() {
        Row r = rows.next();
        return ExtractedRows.toDocument(r, items(r, "claims"), items(r, "indicators"), items(r, "technique_mentions"),
            items(r, "entity_mentions"));
      }
    };
  }

  private Dataset<Row> documents(Tlp tlp) {
    return table("documents").filter(col("tlp").equalTo(tlp.name()));
  }

  /** {@code <table>_sha256} and {@code <table>}: the rows of each document, sorted by ordinal. */
  private Dataset<Row> grouped(String table, StructType item) {
    Column[] fields = Arrays.stream(item.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
    return table(table)
        .groupBy(col("sha256").as(table + "_sha256"))
        .agg(sort_array(collect_list(struct(col("ordinal"), struct(fields).as("item")))).as(table));
  }

  private static List<Row> items(Row r, String table) {
    int i = r.fieldIndex(table);
    if (r.isNullAt(i)) {
      return List.of();
    }
    List<Row> out = new ArrayList<>();
    for (Row pair : r.<Row>getList(i)) {
      out.add(pair.getStruct(1));
    }
    return out;
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(dir + "/" + name);
  }
}
