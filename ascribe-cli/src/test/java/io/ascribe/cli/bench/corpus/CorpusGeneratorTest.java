package io.ascribe.cli.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.testkit.ProjectSources;
import io.ascribe.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus is reproducible from its seed and looks like a claims corpus. */
class CorpusGeneratorTest {
  @TempDir Path tmp;

  private static List<SeedArticle> written() throws IOException {
    return ClaimSeeds.written(ProjectSources.root().resolve("ascribe-core/src/test/resources/claims"));
  }

  private static List<String> shas(Iterator<ExtractedDocument> docs) {
    List<String> out = new ArrayList<>();
    docs.forEachRemaining(d -> out.add(d.sha256()));
    return out;
  }

  @Test
  void documents_sameSeed_sameSha256sInAnyOrder() throws Exception {
    List<SeedArticle> seeds = written();
    List<String> first = shas(new CorpusGenerator(seeds, 14).documents(500));
    List<String> again = shas(new CorpusGenerator(seeds, 14).documents(500));

    assertThat(again).isEqualTo(first);
    assertThat(new HashSet<>(first)).hasSize(500);
    assertThat(new CorpusGenerator(seeds, 14).document(321).sha256()).isEqualTo(first.get(321));
    assertThat(new CorpusGenerator(seeds, 14).document(321)).isEqualTo(new CorpusGenerator(seeds, 14).document(321));
    assertThat(shas(new CorpusGenerator(seeds, 15).documents(500))).doesNotContainAnyElementsOf(first);
  }

  @Test
  void documents_claims_areVariedAndQuotedFromTheirText() throws Exception {
    List<ExtractedDocument> docs = new ArrayList<>();
    new CorpusGenerator(written(), 3).documents(2000).forEachRemaining(docs::add);

    List<Claim> claims = docs.stream().flatMap(d -> d.claims().stream()).toList();
    assertThat(claims.size() / 2000.0).isBetween(3.2, 3.8);
    for (ExtractedDocument d : docs) {
      assertThat(d.claims()).hasSizeBetween(2, 5);
      assertThat(d.claims()).allSatisfy(c -> assertThat(d.text()).contains(c.evidence()));
      assertThat(LocalDate.parse(d.published())).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 11, 30));
    }
    Set<String> pairs = new HashSet<>();
    claims.forEach(c -> pairs.add(c.claimantCountry() + ">" + c.accusedCountry()));
    assertThat(pairs).hasSizeGreaterThan(200);
    assertThat(docs.stream().map(ExtractedDocument::publisher).distinct().count()).isGreaterThan(300);
    assertThat(claims.stream().map(Claim::date).distinct().count()).isGreaterThan(1500);
  }

  @Test
  void news_realLabelledSet_everySplitReadWithoutItsText() throws Exception {
    Path news = SharedData.require("news-claims");
    List<SeedArticle> seeds = ClaimSeeds.news(news);

    assertThat(seeds).hasSize(464);
    assertThat(seeds.stream().mapToInt(a -> a.claims().size()).sum()).isEqualTo(690 + 282 + 173);
    ExtractedDocument d = new CorpusGenerator(seeds, 1).document(0);
    assertThat(d.claims()).isNotEmpty();
  }

  @Test
  void written_badClaim_errorNamesFileAndLine() throws Exception {
    Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(tmp.resolve("articles/a.txt"), "Title\n2024-01-01\n\nBody.\n");
    Files.writeString(tmp.resolve("gold.jsonl"), "{\"doc\":\"a.txt\",\"claims\":[[\"blame\",\"US\",\"CN\",\"statement\"]]}\n");

    assertThatThrownBy(() -> ClaimSeeds.written(tmp))
        .hasMessage(tmp.resolve("gold.jsonl") + " line 1: type must be attribution, denial or counter_accusation, "
            + "got 'blame'");
  }
}
