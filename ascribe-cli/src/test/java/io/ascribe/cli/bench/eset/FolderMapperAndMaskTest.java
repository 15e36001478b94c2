package io.ascribe.cli.bench.eset;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.attribution.AttributionCorpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Folders mapped to actors with the mini knowledge base's alias indexes, and actors' names masked. */
class FolderMapperAndMaskTest {
  private static MiniKnowledge kb;
  private static FolderMapper mapper;

  @BeforeAll
  static void load() throws Exception {
    kb = MiniKnowledge.load();
    mapper = new FolderMapper(kb.actors(), kb.software(), AttributionCorpus.build(kb.graph(), kb.actors(), kb.software()));
  }

  @Test
  void map_folderNamedByAnActorAlias_mapsToThatActor() {
    FolderMapper.Mapping m = mapper.map("tea_leaf", List.of());
    assertThat(m.actorName()).isEqualTo("Alpha Panda");
    assertThat(m.via()).isEqualTo("folder name is an alias of the actor");
  }

  @Test
  void map_folderNamedBySoftwareOneActorUses_mapsToThatActorAndSaysSo() {
    FolderMapper.Mapping m = mapper.map("spoon", List.of());
    assertThat(m.actorName()).isEqualTo("Beta Bear");
    assertThat(m.via()).isEqualTo("folder names software Spoon, which only this actor uses");
  }

  @Test
  void map_unknownFolder_titlesNamingAnActor_mapsByTitles() {
    FolderMapper.Mapping m = mapper.map("mystery", List.of("Mystery IoCs", "Alpha Panda strikes again"));
    assertThat(m.actorName()).isEqualTo("Alpha Panda");
    assertThat(m.via()).isEqualTo("publication titles name the actor");
  }

  @Test
  void map_unknownFolder_isUnmappedWithTheReason() {
    FolderMapper.Mapping m = mapper.map("mystery", List.of("Mystery Indicators of Compromise"));
    assertThat(m.mapped()).isFalse();
    assertThat(m.reason()).isEqualTo("unknown: no actor or single-actor software of that name");
  }

  @Test
  void map_folderNamedByAnAliasTwoActorsClaim_isUnmappedAsAmbiguous() {
    FolderMapper.Mapping m = mapper.map("coffee_bean", List.of("Spoon campaign"));
    assertThat(m.mapped()).isFalse();
    assertThat(m.reason()).isEqualTo("ambiguous: 'coffee bean' names 2 actors");
  }

  @Test
  void map_actorWithoutTechniquesOrSoftware_isUnmappedWithTheReason() {
    FolderMapper.Mapping m = mapper.map("gamma_bear", List.of());
    assertThat(m.mapped()).isFalse();
    assertThat(m.reason()).isEqualTo("actor Gamma Bear has no technique or software in the knowledge base");
  }

  @Test
  void mask_everyAliasCaseInsensitiveWholeWord_includingDetectionNames() {
    String key = mapper.map("tea_leaf", List.of()).actorKey();
    AliasMask mask = AliasMask.of(kb.actors(), key);
    assertThat(mask.names()).contains("Alpha Panda", "Tea Leaf", "ALPHA-1");
    assertThat(mask.mask("alpha panda and TEA LEAF used Win32/TeaLeaf.A and Win64/Tea-Leaf.B; ALPHA-1 too."))
        .isEqualTo("[masked] and [masked] used Win32/[masked].A and Win64/[masked].B; [masked] too.");
  }

  @Test
  void mask_nameInsideALongerWord_isKept() {
    AliasMask mask = AliasMask.of(kb.actors(), mapper.map("tea_leaf", List.of()).actorKey());
    assertThat(mask.mask("Tea Leafy green KettleRAT")).isEqualTo("Tea Leafy green KettleRAT");
  }
}
