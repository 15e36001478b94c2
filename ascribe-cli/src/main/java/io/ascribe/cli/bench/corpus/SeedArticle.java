package io.ascribe.cli.bench.corpus;

import java.util.List;

/**
 * A labelled article to expand from: where it appeared and the claims it carries.
 *
 * @param outlet the site's host name or the written article's outlet
 * @param published ISO date, or null
 */
public record SeedArticle(String outlet, String published, List<SeedClaim> claims) {
  public SeedArticle {
    claims = List.copyOf(claims);
  }
}
