package io.ascribe;

import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbFormatException;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Knowledge graphs built from the testkit's hand-written fixtures (or any document text). */
public final class FixtureGraphs {
  private FixtureGraphs() {}

  /** A graph of the named testkit fixtures. */
  public static KnowledgeGraph of(String... fixtures) throws KbFormatException {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    for (String name : fixtures) {
      read(b, name, Fixtures.text(name));
    }
    return b.build();
  }

  /** Adds every object of a document, given as text, to {@code b}. */
  public static void read(KnowledgeGraphBuilder b, String name, String text) throws KbFormatException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    new KbDocumentReader().read(new ByteArrayInputStream(bytes), name, o -> b.add(o, name));
  }
}
