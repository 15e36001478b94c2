package io.ascribe.spark.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.Tlp;
import io.ascribe.spark.TestHome;
import io.ascribe.spark.TestSpark;
import io.ascribe.spark.dedupe.StoryGroups;
import io.ascribe.spark.load.ParquetIngest;
import io.ascribe.spark.load.ParquetTables;
import io.ascribe.spark.snapshot.ExtractorSnapshot;
import io.ascribe.spark.timing.PhaseTime;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClaimsJob} on {@code local[2]} over archives the tests write ({@link NewsArchives}): the
 * same extraction as {@code ascribe ingest}, errors, stories, a second run, and loading the
 * tables into a store twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsJobTest {
  @TempDir static Path dir;

  private final SparkSession spark = TestSpark.session();
  private Store home;
  private ExtractorSnapshot snapshot;
  private List<Path> inputs;
  private String out;
  private ClaimsJob.Summary summary;

  @BeforeAll
  void runJobOnce() throws Exception {
    home = TestHome.create(dir.resolve("home"));
    snapshot = ExtractorSnapshot.of(home, dir.resolve("no-lists"), true, line -> {});
    Path news = dir.resolve("news");
    java.nio.file.Files.createDirectories(news);
    inputs = List.of(NewsArchives.first(news), NewsArchives.second(news), NewsArchives.jsonl(news));
    out = dir.resolve("out").toString();
    summary = job().run(List.of(news + "/*.warc.gz", news + "/*.jsonl"), out, Tlp.CLEAR, 2);
  }

  @AfterAll
  void closeHome() {
    home.close();
  }

  private ClaimsJob job() {
    return new ClaimsJob(spark, snapshot, new StoryGroups());
  }

  @Test
  void run_sameExtractionAsIngest_everyDocumentEqualsTheHomeExtractorsOutput() throws Exception {
    DocumentExtractor extractor = HomeExtractor.build(home, dir.resolve("no-lists"), true, line -> {});
    Map<String, ExtractedDocument> expected = new LinkedHashMap<>();
    DocumentInputs reader = new DocumentInputs();
    for (Path input : inputs.subList(0, 2)) {
      List<RawDocument> pages = new ArrayList<>();
      reader.read(input, pages::add, problem -> {});
      for (RawDocument p : pages) {
        ExtractedDocument d = extractor.extract(p.source(), p.bytes(), p.nameOrContentType());
        expected.putIfAbsent(d.sha256(), withoutSource(d));
      }
    }
    String jsonlText = "Iran denies hacking charges\n\nIran on Friday denied that it was behind a cyberattack on a water "
        + "utility in Pennsylvania, calling the charges baseless.";
    ExtractedDocument fromJsonl = extractor.extract(NewsArchives.JSONL_URL, jsonlText.getBytes(StandardCharsets.UTF_8),
        "text/plain");
    expected.put(fromJsonl.sha256(), withoutSource(fromJsonl));

    Map<String, ExtractedDocument> actual = new HashMap<>();
    new ParquetTables(spark, out).read(Tlp.CLEAR).forEachRemaining(d -> actual.put(d.sha256(), withoutSource(d)));

    assertThat(actual).isEqualTo(expected);
    assertThat(expected.values().stream().mapToInt(d -> d.claims().size()).sum())
        .as("the fixture's pages carry claims").isGreaterThan(2);
    assertThat(summary.documents()).isEqualTo(expected.size());
    assertThat(summary.duplicates()).isEqualTo(1);
  }

  /**
   * Each input file is read by a task of its own: {@code binaryFiles} had packed small files into
   * one split, so the extraction of the bench's 8 files ran on one core whatever the master.
   */
  @Test
  void run_threeInputFiles_extractedByThreeTasksAndEveryPhaseTimed() {
    assertThat(summary.files()).isEqualTo(3);
    assertThat(summary.phases()).extracting(PhaseTime::phase).startsWith("list inputs", "extract", "stories")
        .contains("write documents", "write claims", "write errors", "count");
    PhaseTime extract = summary.phases().stream().filter(p -> p.phase().equals("extract")).findFirst().orElseThrow();
    assertThat(extract.tasks()).as("a task per file, then the partitions by sha256").isGreaterThanOrEqualTo(3 + 2);
    assertThat(extract.cpuSeconds()).isPositive();
    assertThat(extract.shuffleWriteBytes()).isPositive();
  }

  @Test
  void run_nonEnglishPage_storedWithItsLanguageAndNoClaims() {
    Row german = spark.read().parquet(out + "/documents").filter("url = '" + NewsArchives.GERMAN_URL + "'").first();
    assertThat(german.<String>getAs("language")).isEqualTo("de");
    assertThat(spark.read().parquet(out + "/claims").filter("sha256 = '" + german.getAs("sha256") + "'").count())
        .isZero();
  }

  @Test
  void run_brokenRecords_goToErrorsAndTheRestIsRead() {
    List<Row> errors = spark.read().parquet(out + "/errors").orderBy("source", "record_id").collectAsList();

    assertThat(errors).extracting(r -> r.<String>getAs("source") + " | " + r.getAs("reason"))
        .anySatisfy(e -> assertThat(e).contains("b.warc.gz").contains("truncated"))
        .anySatisfy(e -> assertThat(e).contains("c.jsonl").contains("line 2: not JSON"))
        .anySatisfy(e -> assertThat(e).contains("line 3: expected an object with string fields \"url\" and \"text\""))
        .hasSize(3);
    List<String> urls = spark.read().parquet(out + "/documents").select("url").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(urls).contains(NewsArchives.SECOND_STORY_URL, NewsArchives.EDITED_COPY_URL)
        .doesNotContain(NewsArchives.IMAGE_URL, NewsArchives.TRUNCATED_URL);
  }

  @Test
  void run_copiesOfOneStory_shareAStoryIdAndExactCopiesAreOneDocument() {
    Map<String, String> story = new HashMap<>();
    Map<String, Long> copies = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/documents").collectAsList()) {
      story.put(r.getAs("url"), r.getAs("story_id"));
      copies.put(r.getAs("url"), r.getAs("copies"));
    }

    String original = story.containsKey(NewsArchives.STORY_URL) ? NewsArchives.STORY_URL : NewsArchives.EXACT_COPY_URL;
    assertThat(story).doesNotContainKeys(original.equals(NewsArchives.STORY_URL) ? NewsArchives.EXACT_COPY_URL
        : NewsArchives.STORY_URL);
    assertThat(copies.get(original)).isEqualTo(2L);
    assertThat(story.get(NewsArchives.WIRE_COPY_URL)).isEqualTo(story.get(original));
    assertThat(story.get(NewsArchives.EDITED_COPY_URL)).isEqualTo(story.get(original));
    assertThat(List.of(story.get(original), story.get(NewsArchives.PLAIN_URL), story.get(NewsArchives.GERMAN_URL),
        story.get(NewsArchives.SECOND_STORY_URL), story.get(NewsArchives.JSONL_URL))).doesNotHaveDuplicates();
    assertThat(summary.stories()).isEqualTo(5);
  }

  @Test
  void run_twiceOverTheSameInput_sameTables() {
    Map<String, List<String>> before = tables();

    job().run(List.of(inputs.get(0).getParent() + "/*.warc.gz", inputs.get(0).getParent() + "/*.jsonl"), out,
        Tlp.CLEAR, 2);

    assertThat(tables()).isEqualTo(before);
    assertThat(before.get("claims")).isNotEmpty();
  }

  @Test
  void ingestParquet_twice_secondLoadChangesNothing() throws Exception {
    try (Store store = Store.open(dir.resolve("team"))) {
      ParquetIngest ingest = new ParquetIngest(store);
      ParquetIngest.Result first = ingest.load(new ParquetTables(spark, out), NO_PROGRESS);
      long[] counts = counts(store);

      ParquetIngest.Result second = ingest.load(new ParquetTables(spark, out), NO_PROGRESS);

      assertThat(first.load().added()).isEqualTo(summary.documents());
      assertThat(first.load().claims()).isEqualTo(summary.claims());
      assertThat(first.indexed()).isEqualTo(summary.documents());
      assertThat(second.load().added()).isZero();
      assertThat(second.load().skipped()).isEqualTo(summary.documents());
      assertThat(second.indexed()).isZero();
      assertThat(counts(store)).containsExactly(counts);
      assertThat(counts[1]).isEqualTo(summary.claims());
    }
  }

  private static final ParquetIngest.Progress NO_PROGRESS = new ParquetIngest.Progress() {
    @Override
    public void total(long documents) {}

    @Override
    public void read(long documents) {}
  };

  private static long[] counts(Store store) {
    return store.jdbi().withHandle(h -> new long[] {
      h.createQuery("select count(*) from doc_document").mapTo(Long.class).one(),
      h.createQuery("select count(*) from claim").mapTo(Long.class).one(),
      h.createQuery("select count(*) from doc_indicator").mapTo(Long.class).one(),
      h.createQuery("select count(*) from doc_entity").mapTo(Long.class).one()});
  }

  /** Every table's rows as text, in order. */
  private Map<String, List<String>> tables() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String table : ClaimsJob.TABLES) {
      List<String> rows = new ArrayList<>();
      spark.read().parquet(this.out + "/" + table).collectAsList().forEach(r -> rows.add(r.toString()));
      rows.sort(null);
      out.put(table, rows);
    }
    return out;
  }

  private static ExtractedDocument withoutSource(ExtractedDocument d) {
    return new ExtractedDocument(null, d.sha256(), d.title(), d.published(), d.publisher(), d.language(), d.text(),
        d.boilerplateCharsRemoved(), d.indicators(), d.techniques(), d.entities(), d.claims(), d.mainText());
  }
}
