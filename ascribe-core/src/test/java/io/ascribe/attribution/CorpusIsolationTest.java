package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Document facts take part in scoring but never in learning: the ranker's weights and the
 * knowledge base's leave-one-report-out cases are the same with a synthetic corpus of documents
 * that repeat the actors' own techniques and software as without it (on ATT&CK 18.1; skipped
 * without the shared data). Otherwise an ingested copy of a held-out ATT&CK report would leak into
 * the case that holds it out, and the learned weights would move with every ingest.
 */
class CorpusIsolationTest {
  @Test
  void learnedWeights_withASyntheticCorpus_areTheKnowledgeBases() throws Exception {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    Path attack = SharedData.attack();
    try (InputStream in = Files.newInputStream(attack)) {
      new KbDocumentReader().read(in, attack.toString(), o -> b.add(o, attack.toString()));
    }
    KnowledgeGraph graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    Linking actors = linker.linkActors();
    Linking software = linker.linkSoftware();
    AttributionCorpus kb = AttributionCorpus.build(graph, actors, software);
    AttributionCorpus withDocs = AttributionCorpus.build(graph, actors, software, SyntheticCorpus.facts(kb, 2000, 7));

    List<TrainingCases.Case> plainCases = TrainingCases.leaveOneReportOut(kb);
    List<TrainingCases.Case> docCases = TrainingCases.leaveOneReportOut(withDocs.withoutDocuments());
    assertThat(docCases).hasSameSizeAs(plainCases);
    List<double[][]> plain = TrainingCases.features(new SimilarityModel(kb), plainCases);
    List<double[][]> docs = TrainingCases.features(new SimilarityModel(withDocs.withoutDocuments()), docCases);
    for (int i = 0; i < plain.size(); i++) {
      assertThat(docs.get(i)).as(plainCases.get(i).label()).isDeepEqualTo(plain.get(i));
    }

    Ranker learned = Attributor.train(withDocs).ranker();
    Ranker kbOnly = Attributor.train(kb).ranker();
    assertThat(learned.theta()).containsExactly(kbOnly.theta());
    assertThat(learned.unknownUtility()).isEqualTo(kbOnly.unknownUtility());
  }
}
