package io.ascribe.profile;

import io.ascribe.alias.AliasSource;
import java.util.List;

/**
 * The read-model records that commands and the API show: one profile per canonical actor,
 * technique and piece of software, with the provenance of every fact. They serialise to JSON as
 * they are.
 */
public final class Profiles {
  private Profiles() {}

  /** A name and every source that gives it. */
  public record Alias(String name, List<AliasSource> sources) {}

  /** One object that was linked into a canonical entity. */
  public record Member(String key, String source, String name, String file) {}

  /**
   * One source's claim that a state sponsors, or is the origin of, an actor.
   *
   * @param country ISO alpha-2, or null when the stated value is not a known country
   * @param statedAs the value exactly as the source gives it
   * @param claimant who makes the claim
   * @param basis the field it comes from
   * @param confidence the source's attribution confidence (0-100), or null
   */
  public record SponsorClaim(
      String country, String statedAs, String claimant, String basis, Integer confidence, String objectKey) {}

  /** A targeted country or sector with the sources that report it. */
  public record Target(String name, String code, List<String> sources) {}

  /** A technique or piece of software used by an actor, or an actor using one, with its evidence. */
  public record Usage(String key, String attackId, String name, int citations, List<String> citedBy) {}

  /** An ATT&CK campaign attributed to an actor. */
  public record Campaign(String attackId, String name, String firstSeen, String lastSeen) {}

  /** A reference (report, advisory, article). */
  public record Reference(String source, String url, String description) {}

  /** A description as one source gives it. */
  public record Description(String source, String text) {}

  /**
   * Everything known about one canonical actor.
   *
   * @param firstSeen earliest {@code first_seen} of its attributed campaigns, or null
   * @param firstReported earliest publication date among its citations (yyyy-mm or yyyy-mm-dd)
   */
  public record Actor(
      String key,
      String name,
      String attackId,
      String stixId,
      boolean deprecated,
      List<Member> members,
      List<Alias> aliases,
      List<SponsorClaim> sponsorClaims,
      List<Target> targetedCountries,
      List<Target> targetedSectors,
      List<Usage> techniques,
      List<Usage> software,
      List<Campaign> campaigns,
      String firstSeen,
      String lastSeen,
      String firstReported,
      String lastReported,
      List<Reference> references,
      List<Description> descriptions) {}

  /** Everything known about one ATT&CK technique or sub-technique. */
  public record Technique(
      String key,
      String attackId,
      String name,
      List<String> tactics,
      List<String> platforms,
      Usage parent,
      List<Usage> subtechniques,
      boolean revoked,
      boolean deprecated,
      String revokedBy,
      String description,
      List<Usage> usedByActors,
      List<Usage> usedBySoftware) {}

  /** Everything known about one piece of software (malware or tool). */
  public record Software(
      String key,
      String name,
      String attackId,
      String type,
      boolean deprecated,
      List<Member> members,
      List<Alias> aliases,
      List<String> platforms,
      List<Usage> usedByActors,
      List<Usage> techniques,
      List<Reference> references,
      List<Description> descriptions) {}
}
