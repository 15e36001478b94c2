package io.ascribe.cli.bench.eset;

import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The testkit's mini ATT&CK, linked, and the tiny ESET-like repository under test resources. */
record MiniKnowledge(KnowledgeGraph graph, Linking actors, Linking software) {

  static MiniKnowledge load() throws Exception {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    for (String name : new String[] {Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR}) {
      byte[] bytes = Fixtures.text(name).getBytes(StandardCharsets.UTF_8);
      new KbDocumentReader().read(new ByteArrayInputStream(bytes), name, o -> b.add(o, name));
    }
    KnowledgeGraph graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    return new MiniKnowledge(graph, linker.linkActors(), linker.linkSoftware());
  }

  /** The tiny repository (tests run in {@code ascribe-cli}). */
  static Path repository() {
    return Path.of("src", "test", "resources", "eset-mini").toAbsolutePath();
  }
}
