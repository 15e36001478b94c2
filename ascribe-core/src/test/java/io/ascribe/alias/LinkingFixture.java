package io.ascribe.alias;

import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbFormatException;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Builds a knowledge graph from the testkit's hand-written fixtures. */
final class LinkingFixture {
  private LinkingFixture() {}

  static KnowledgeGraph graph(String... fixtures) throws KbFormatException {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    for (String name : fixtures) {
      byte[] bytes = Fixtures.text(name).getBytes(StandardCharsets.UTF_8);
      new KbDocumentReader().read(new ByteArrayInputStream(bytes), name, o -> b.add(o, name));
    }
    return b.build();
  }
}
