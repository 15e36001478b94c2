package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.attribution.Attribution;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.Evidence;
import io.ascribe.attribution.TextEvidence;
import io.ascribe.corpus.CorpusLink;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.corpus.LinkBasis;
import io.ascribe.corpus.UnknownActorException;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.store.bulk.BulkLoader;
import io.ascribe.store.bulk.LoadListener;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchIndex;
import io.ascribe.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus as evidence, store side: what an ingested document ties to an actor is stored with the
 * document, replaced when it is ingested again, deleted with it, and never seen above its marking.
 */
class CorpusLinksTest {
  private static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static final String BETA = "intrusion-set--00000000-0000-4000-8000-000000000102";
  private static final byte[] REPORT = ("Alpha Panda returns\n\n"
      + "Alpha Panda deployed KettleRAT against new victims this spring, according to our incident response team, "
      + "which has followed the group for several years across many intrusions.\n\n"
      + "The Alpha Panda operators have been targeting government entities in Ukraine, and the KettleRAT implants "
      + "they installed beaconed to 203.0.113.7 every hour until the servers were taken down.\n").getBytes(StandardCharsets.UTF_8);

  @TempDir Path home;
  @TempDir Path files;
  private Store store;
  private DocumentExtractor extractor;
  private CorpusLinker linker;
  private KnowledgeBase.Linked linked;

  @BeforeEach
  void importKnowledgeBase() throws Exception {
    store = TestStores.open(home);
    KbImporter importer = new DerivedIndexes(store).importer(
        new HttpFetcher(NetworkPolicy.ALLOW_PRIVATE, Duration.ofSeconds(1)), ImportListener.NONE);
    importer.importAll(List.of(Fixtures.write(files, Fixtures.MINI_ATTACK).toString()), KbImporter.Options.DEFAULT);
    linked = new KnowledgeBase(store).linked();
    extractor = DocumentExtractor.forKnowledge(linked.graph(), linked.actors(), linked.software(), WarningLists.none());
    linker = new CorpusLinker(linked.actors(), new EvidenceResolver(linked.graph(), linked.software()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Ingestor.Outcome ingest(Tlp marking, String declaredActor) throws Exception {
    Ingestor in = new Ingestor(extractor, new DocumentStore(store), new SearchIndex(store.indexDir()), marking, Tlp.RED)
        .withLinks(linker, declaredActor);
    Ingestor.Outcome o = in.ingest(new RawDocument("alpha-report.txt", REPORT, "text/plain"));
    in.flush();
    return o;
  }

  private long count(String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private List<CorpusLink> links(Tlp clearance) {
    return new CorpusLinkStore(store).visible(clearance);
  }

  @Test
  void ingest_reportAboutOneActor_storesWhatItTiesToTheActorWithProvenance() throws Exception {
    Ingestor.Outcome o = ingest(Tlp.CLEAR, null);

    List<CorpusLink> links = links(Tlp.CLEAR);
    assertThat(links).isNotEmpty().allSatisfy(l -> {
      assertThat(l.actorKey()).isEqualTo(ALPHA);
      assertThat(l.provenance().basis()).isEqualTo(LinkBasis.SUBJECT);
      assertThat(l.provenance().document()).isEqualTo(o.sha256());
      assertThat(l.provenance().title()).isEqualTo("Alpha Panda returns");
    });
    assertThat(links).extracting(CorpusLink::feature)
        .contains("i:203.0.113.7", "vc:UA", "vs:government")
        .anyMatch(f -> f.startsWith("s:"));
    assertThat(links).filteredOn(l -> l.kind() == EvidenceKind.VICTIM_COUNTRY).singleElement()
        .satisfies(l -> assertThat(l.sentence()).contains("targeting government entities in Ukraine"));
    assertThat(o.message()).contains("tied to " + ALPHA + " (subject)");
    assertThat(new CorpusLinkStore(store).ofActor(ALPHA, Tlp.CLEAR)).hasSameSizeAs(links);
    assertThat(new CorpusLinkStore(store).ofDocument(o.sha256(), Tlp.CLEAR)).isEqualTo(links);
  }

  @Test
  void bulkLoad_withLinks_storesWhatIngestWouldTie_once() {
    ExtractedDocument d = extractor.extract("alpha-report.txt", REPORT, "text/plain");
    BulkLoader loader = new BulkLoader(store).withLinks(linker);

    loader.load(List.of(d).iterator(), Tlp.CLEAR, LoadListener.NONE);
    List<CorpusLink> stored = links(Tlp.CLEAR);
    loader.load(List.of(d).iterator(), Tlp.CLEAR, LoadListener.NONE);

    assertThat(stored).isNotEmpty().isEqualTo(linker.links(d, null))
        .allSatisfy(l -> assertThat(l.actorKey()).isEqualTo(ALPHA));
    assertThat(links(Tlp.RED)).as("a second load adds nothing").isEqualTo(stored);
    assertThat(new BulkLoader(store).load(List.of(d).iterator(), Tlp.CLEAR, LoadListener.NONE).added()).isZero();
  }

  @Test
  void ingest_sameBytesAgainWithDeclaredActor_replacesTheLinks_andRerunningChangesNothing() throws Exception {
    ingest(Tlp.CLEAR, null);
    int inferred = links(Tlp.RED).size();

    Ingestor.Outcome again = ingest(Tlp.CLEAR, BETA);
    List<CorpusLink> declared = links(Tlp.RED);
    ingest(Tlp.CLEAR, BETA);

    assertThat(again.status()).isEqualTo("unchanged");
    assertThat(again.message()).contains("corpus links replaced");
    assertThat(declared).hasSize(inferred).allSatisfy(l -> {
      assertThat(l.actorKey()).isEqualTo(BETA);
      assertThat(l.provenance().basis()).isEqualTo(LinkBasis.DECLARED);
      assertThat(l.provenance().claimant()).isEqualTo(CorpusLinker.ANALYST);
      assertThat(l.provenance().confidence()).isEqualTo(1.0);
    });
    assertThat(links(Tlp.RED)).as("idempotent").isEqualTo(declared);
    assertThat(new DocumentStore(store).count()).isEqualTo(1);
  }

  @Test
  void delete_document_removesItAndEverythingDerived_withAnAuditEntry() throws Exception {
    Ingestor.Outcome o = ingest(Tlp.CLEAR, null);
    DocumentStore docs = new DocumentStore(store);

    DocumentStore.Deleted gone = docs.delete(o.sha256().substring(0, 12), Tlp.RED, "alice").orElseThrow();

    assertThat(gone.sha256()).isEqualTo(o.sha256());
    assertThat(gone.links()).isPositive();
    assertThat(links(Tlp.RED)).isEmpty();
    assertThat(docs.document(o.sha256(), Tlp.RED)).isEmpty();
    for (String table : List.of("doc_document", "doc_indicator", "doc_technique", "doc_entity", "claim", "corpus_link")) {
      assertThat(count("select count(*) from " + table)).as(table).isZero();
    }
    List<String> audit = store.jdbi().withHandle(h -> h.createQuery(
        "select actor || ' ' || action || ' ' || target from audit_log").mapTo(String.class).list());
    assertThat(audit).containsExactly("alice document.delete document:" + o.sha256());
    assertThat(docs.delete(o.sha256(), Tlp.RED, "alice")).as("a second delete finds nothing").isEmpty();
  }

  @Test
  void delete_redDocumentByAnAmberReader_answersMissing_andKeepsIt() throws Exception {
    Ingestor.Outcome o = ingest(Tlp.RED, null);
    DocumentStore docs = new DocumentStore(store);

    assertThat(docs.delete(o.sha256(), Tlp.AMBER, "bob")).isEmpty();

    assertThat(docs.document(o.sha256(), Tlp.RED)).isPresent();
    assertThat(count("select count(*) from audit_log")).isZero();
  }

  @Test
  void attribution_redDocument_neverReachesAnAmberReader() throws Exception {
    Evidence evidence = new Evidence("case", List.of(), List.of(), List.of("203.0.113.7"), List.of(), List.of(), null,
        null, List.of(), List.of(), null);
    TrainedAttributor kbOnly = TrainedAttributor.loadWithText(store, TextEvidence.NONE);
    Attribution before = kbOnly.attributor().attribute(kbOnly.resolver().resolve(evidence), 3);
    ingest(Tlp.RED, null);

    assertThat(links(Tlp.AMBER)).isEmpty();
    assertThat(new CorpusLinkStore(store).ofActor(ALPHA, Tlp.AMBER)).isEmpty();
    assertThat(new CorpusLinkStore(store).ofDocument(links(Tlp.RED).get(0).provenance().document(), Tlp.AMBER)).isEmpty();
    TrainedAttributor amber = TrainedAttributor.load(store, Tlp.AMBER);
    TrainedAttributor red = TrainedAttributor.load(store, Tlp.RED);
    Attribution atAmber = amber.attributor().attribute(amber.resolver().resolve(evidence), 3);
    Attribution atRed = red.attributor().attribute(red.resolver().resolve(evidence), 3);

    assertThat(atAmber).as("an AMBER reader's answer is the knowledge base's alone").isEqualTo(before);
    assertThat(atAmber.toString()).doesNotContain("Alpha Panda returns");
    assertThat(atRed).as("the RED document moves a RED reader's answer").isNotEqualTo(before);
  }

  @Test
  void declaredActor_unknownName_isRefusedNamingIt() {
    assertThat(linker.declaredActor("Tea Leaf")).isEqualTo(ALPHA);
    assertThatThrownBy(() -> linker.declaredActor("Nobody Bear"))
        .isInstanceOf(UnknownActorException.class)
        .hasMessage("no actor named 'Nobody Bear' in the knowledge base");
  }

  @Test
  void attribution_weighsCorpusIndicators_withTheHomesWarningLists() throws Exception {
    Evidence evidence = new Evidence("case", List.of(), List.of(), List.of("203.0.113.7"), List.of(), List.of(), null,
        null, List.of(), List.of(), null);
    ingest(Tlp.CLEAR, null);
    TrainedAttributor plain = TrainedAttributor.load(store, Tlp.RED);
    Path list = home.resolve("warninglists").resolve("lists").resolve("test-ranges").resolve("list.json");
    Files.createDirectories(list.getParent());
    Files.writeString(list, "{\"name\": \"Test hosting ranges\", \"type\": \"cidr\", "
        + "\"list\": [\"203.0.113.0/24\"], \"matching_attributes\": [\"ip-dst\"]}");
    TrainedAttributor listed = TrainedAttributor.load(store, Tlp.RED);

    double before = infrastructureWeight(plain, evidence);
    double after = infrastructureWeight(listed, evidence);
    assertThat(before).as("a corpus IP no list knows is evidence for its actor").isPositive();
    assertThat(after).as("the same IP on a warning list of the home weighs less").isLessThan(before);
  }

  private static double infrastructureWeight(TrainedAttributor engine, Evidence evidence) {
    Attribution a = engine.attributor().attribute(engine.resolver().resolve(evidence), 3);
    return a.hypotheses().stream().filter(h -> h.stixId().equals(ALPHA)).findFirst().orElseThrow().evidence().stream()
        .filter(n -> n.value().contains("203.0.113.7")).mapToDouble(Attribution.EvidenceNote::weight).sum();
  }
}
