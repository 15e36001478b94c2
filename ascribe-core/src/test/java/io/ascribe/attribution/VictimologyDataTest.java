package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.alias.EntityLinker;
import io.ascribe.attribution.AttributionCorpus.Fact;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Victimology on the real knowledge base (ATT&CK 18.1 and the MISP galaxies; skipped without the
 * shared data): victims read from ATT&CK descriptions, and each source's completeness estimated
 * from the data (printed, as docs/attribution-model.md quotes them).
 */
class VictimologyDataTest {
  private static AttributionCorpus corpus;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    read(b, SharedData.attack());
    for (Path p : SharedData.mispClusters()) {
      read(b, p);
    }
    KnowledgeGraph graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    corpus = AttributionCorpus.build(graph, linker.linkActors(), linker.linkSoftware());
  }

  private static void read(KnowledgeGraphBuilder b, Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      new KbDocumentReader().read(in, file.toString(), o -> b.add(o, file.toString()));
    }
  }

  private static List<String> described(String attackId) {
    return corpus.actors().stream().filter(a -> attackId.equals(a.attackId())).findFirst().orElseThrow().facts()
        .stream().filter(f -> f.origin() == Origin.DESCRIPTION).map(Fact::feature).distinct().toList();
  }

  @Test
  void descriptions_nameVictimsButNotTheActorsOwnCountry() {
    // OilRig's campaign Outer Space "to target Israeli organizations"
    assertThat(described("G0049")).contains("vc:IL");
    // Stealth Falcon: "attacks against Emirati journalists, activists, and dissidents"; the UAE is
    // also its claimed sponsor (MISP), and a sponsor is never taken as a victim (a known limit:
    // domestic surveillance is missed rather than the sponsor counted twice)
    assertThat(described("G0038")).contains("vs:media", "vs:civilsociety").doesNotContain("vc:AE");
    // Threat Group-3390 "is a Chinese threat group": China is its origin, not a victim
    assertThat(described("G0027")).doesNotContain("vc:CN").contains("vs:aerospace", "vs:government", "vs:defense");

    long actorsWithDescribedVictims = corpus.actors().stream()
        .filter(a -> a.facts().stream().anyMatch(f -> f.origin() == Origin.DESCRIPTION)).count();
    System.out.printf(Locale.ROOT, "[victimology] %d of %d candidate actors have victims named in ATT&CK descriptions%n",
        actorsWithDescribedVictims, corpus.actors().size());
    assertThat(actorsWithDescribedVictims).isGreaterThan(corpus.actors().size() / 3);
  }

  @Test
  void completeness_isEstimatedFromTheOverlapOfMispAndAttack() {
    Victimology v = new Victimology(corpus);
    for (EvidenceKind kind : List.of(EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR)) {
      for (Victimology.Source s : Victimology.Source.values()) {
        System.out.printf(Locale.ROOT, "[victimology] %s %s completeness %.3f%s%n", kind.id(), s.label,
            v.completeness(kind, s), v.estimated(kind, s) ? "" : " (default: too little overlap)");
      }
      assertThat(v.estimated(kind, Victimology.Source.MISP)).isTrue();
      assertThat(v.estimated(kind, Victimology.Source.ATTACK)).isTrue();
      assertThat(v.estimated(kind, Victimology.Source.CORPUS)).as("no corpus here").isFalse();
      assertThat(v.completeness(kind, Victimology.Source.MISP)).isBetween(0.05, 0.95);
      assertThat(v.completeness(kind, Victimology.Source.ATTACK)).isBetween(0.05, 0.95);
    }
  }
}
