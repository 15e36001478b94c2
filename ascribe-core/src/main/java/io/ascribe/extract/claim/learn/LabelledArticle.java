package io.ascribe.extract.claim.learn;

import java.util.Set;

/**
 * One article labelled with the claims it carries, as a benchmark or the scorer's training reads
 * it.
 *
 * @param id the article's name within its set ("dev/017.json", "pa_03_x.txt")
 * @param name what the text is given to the extractor as (a file name that tells its type)
 * @param raw the article as a user would hand it to {@code ascribe extract}
 * @param gold its distinct claim keys, as {@link io.ascribe.extract.claim.ClaimScore#key} makes them
 * @param realNews a real news page (the news-claims format), not an article written for the project
 */
public record LabelledArticle(String id, String name, String raw, Set<String> gold, boolean realNews) {
  public LabelledArticle {
    gold = Set.copyOf(gold);
  }
}
