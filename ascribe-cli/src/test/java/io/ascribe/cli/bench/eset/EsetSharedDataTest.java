package io.ascribe.cli.bench.eset;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader on ESET's real repository in {@code ../shared/data} (skipped when it is absent). */
class EsetSharedDataTest {

  @Test
  void read_realRepository_findsPublicationsInMostFolders() throws Exception {
    Path root = SharedData.require("eset-malware-ioc");
    EsetPublications.Reading r = EsetPublications.read(root);
    assertThat(r.publications()).hasSizeGreaterThan(100);
    assertThat(r.publications().stream().map(Publication::folder).distinct().count()).isGreaterThan(70);
    assertThat(r.publications()).filteredOn(p -> p.folder().equals("sednit")).extracting(Publication::id)
        .as("the three parts of the Sednit paper are one publication").contains("sednit/part1.adoc")
        .doesNotContain("sednit/part2.adoc")
        .contains("sednit/2017-05-09_Trump_Attack_on_Syria_IoCs.adoc");
    assertThat(r.publications()).filteredOn(p -> p.folder().equals("turla")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(r.publications()).filteredOn(p -> p.date() != null).hasSizeGreaterThan(r.publications().size() / 2);
  }

  @Test
  void map_realFolders_withAttack_mapsEsetsActorNames() throws Exception {
    Path attack = SharedData.attack();
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    try (InputStream in = Files.newInputStream(attack)) {
      new KbDocumentReader().read(in, attack.getFileName().toString(), o -> b.add(o, attack.getFileName().toString()));
    }
    KnowledgeGraph graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    Linking actors = linker.linkActors();
    Linking software = linker.linkSoftware();
    FolderMapper mapper = new FolderMapper(actors, software, AttributionCorpus.build(graph, actors, software));
    assertThat(mapper.map("sednit", List.of()).actorName()).isEqualTo("APT28");
    assertThat(mapper.map("turla", List.of()).actorName()).isEqualTo("Turla");
    assertThat(mapper.map("oceanlotus", List.of()).actorName()).isEqualTo("APT32");
    assertThat(mapper.map("quarterly_reports", List.of()).mapped()).isFalse();
  }
}
