package io.ascribe.spark.claims;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.text.MainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * An {@link ExtractedDocument} as one Spark row and back: the document's fields as columns (named
 * as {@code extract --json} names them), its claims, indicators, techniques and entities as arrays
 * of structs. The job writes the arrays out as tables of their own; {@code ingest --parquet} reads
 * them back into this shape.
 */
public final class ExtractedRows {
  /** A claim: every field of {@code extract --json}'s claims. */
  public static final StructType CLAIM = struct(
      field("type"), field("form"), field("claimant"), field("claimant_country"), field("accused"),
      field("accused_country"), field("threat_actor"), field("target"), field("date"), field("evidence"));
  /** An indicator. */
  public static final StructType INDICATOR = struct(
      field("type"), field("value"), field("offset", DataTypes.IntegerType), field("defanged", DataTypes.BooleanType),
      field("suppressed_by"));
  /** A technique mention, with the sentences that gave it. */
  public static final StructType TECHNIQUE = struct(
      field("id"), field("name"), field("score", DataTypes.DoubleType),
      field("sentences", DataTypes.createArrayType(DataTypes.StringType, true)));
  /** A named entity. */
  public static final StructType ENTITY = struct(
      field("kind"), field("name"), field("attack_id"), field("mentions", DataTypes.IntegerType), field("role"),
      field("country"), field("code"), field("ambiguous_alias"));

  /** The document columns (the {@code documents} table holds these, plus {@code story_id}). */
  public static final StructType DOCUMENT = struct(
      field("sha256"), field("source"), field("url"), field("record_id"), field("record_date"), field("title"),
      field("published"), field("publisher"), field("language"), field("text_length", DataTypes.IntegerType),
      field("tlp"), field("text"), field("boilerplate_chars_removed", DataTypes.IntegerType), field("main_text"));

  /** One record's outcome: the document columns, its four lists, or an error. */
  public static final StructType EXTRACTED = DOCUMENT
      .add("claims", DataTypes.createArrayType(CLAIM, true))
      .add("indicators", DataTypes.createArrayType(INDICATOR, true))
      .add("techniques", DataTypes.createArrayType(TECHNIQUE, true))
      .add("entities", DataTypes.createArrayType(ENTITY, true))
      .add("error", DataTypes.StringType);

  private ExtractedRows() {}

  /** Where a record came from: its name, its page's URL, its WARC record id and date (each may be null). */
  public record Origin(String source, String url, String recordId, String recordDate) {}

  /** The row of a document extracted from the record at {@code origin}, marked {@code tlp}. */
  public static Row document(Origin origin, ExtractedDocument d, String tlp) {
    List<Row> claims = new ArrayList<>();
    for (Claim c : d.claims()) {
      claims.add(RowFactory.create(c.type() == null ? null : c.type().id(), c.form() == null ? null : c.form().id(),
          c.claimant(), c.claimantCountry(), c.accused(), c.accusedCountry(), c.threatActor(), c.target(), c.date(),
          c.evidence()));
    }
    List<Row> indicators = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      indicators.add(RowFactory.create(i.type(), i.value(), i.offset(), i.defanged(), i.suppressedBy()));
    }
    List<Row> techniques = new ArrayList<>();
    for (TechniqueMention t : d.techniques()) {
      techniques.add(RowFactory.create(t.id(), t.name(), t.score(), seq(t.sentences())));
    }
    List<Row> entities = new ArrayList<>();
    for (ExtractedDocument.Entity e : d.entities()) {
      entities.add(RowFactory.create(e.kind(), e.name(), e.attackId(), e.mentions(), e.role(), e.country(), e.code(),
          e.ambiguousAlias()));
    }
    return RowFactory.create(d.sha256(), d.source(), origin.url(), origin.recordId(), origin.recordDate(), d.title(),
        d.published(), d.publisher(), d.language(), d.text() == null ? 0 : d.text().length(), tlp, d.text(),
        d.boilerplateCharsRemoved(), d.mainText().wire(), seq(claims), seq(indicators), seq(techniques), seq(entities),
        null);
  }

  /** The row of a record that gave no document, and why. */
  public static Row error(Origin origin, String reason) {
    return RowFactory.create(null, origin.source(), origin.url(), origin.recordId(), origin.recordDate(), null, null,
        null, null, null, null, null, null, null, null, null, null, null, reason);
  }

  /**
   * The extracted document a row of {@link #DOCUMENT} columns holds, with the lists given as
   * arrays of the structs above (in the order extraction found them).
   */
  public static ExtractedDocument toDocument(Row doc, List<Row> claims, List<Row> indicators, List<Row> techniques,
      List<Row> entities) {
    List<Claim> c = new ArrayList<>();
    for (Row r : claims) {
      c.add(new Claim(enumOf(ClaimType.class, r.getString(0)), enumOf(ClaimForm.class, r.getString(1)), r.getString(2),
          r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
          r.getString(9)));
    }
    List<Indicator> i = new ArrayList<>();
    for (Row r : indicators) {
      i.add(new Indicator(r.getString(0), r.getString(1), r.getInt(2), r.getBoolean(3), r.getString(4)));
    }
    List<TechniqueMention> t = new ArrayList<>();
    for (Row r : techniques) {
      t.add(new TechniqueMention(r.getString(0), r.getString(1), r.getDouble(2), List.copyOf(r.getList(3))));
    }
    List<ExtractedDocument.Entity> e = new ArrayList<>();
    for (Row r : entities) {
      e.add(new ExtractedDocument.Entity(r.getString(0), r.getString(1), r.getString(2),
          r.isNullAt(3) ? null : r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
    }
    String sha = doc.getAs("sha256");
    return new ExtractedDocument(doc.getAs("source"), sha, doc.getAs("title"), doc.getAs("published"),
        doc.getAs("publisher"), doc.getAs("language"), doc.getAs("text"),
        doc.<Integer>getAs("boilerplate_chars_removed"), i, t, e, c, mainText(doc.getAs("main_text"), sha));
  }

  /** Spark's rows hold arrays as Scala sequences. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  private static MainText mainText(String wire, String sha256) {
    for (MainText m : MainText.values()) {
      if (m.wire().equals(wire)) {
        return m;
      }
    }
    throw new IllegalArgumentException("documents " + sha256 + ": main_text '" + wire + "' is not one of "
        + "extracted, kept_all, given");
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String id) {
    return id == null ? null : Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
