package io.ascribe.store.actor;

import io.ascribe.actor.ClosestActors;
import io.ascribe.actor.Victimology;
import io.ascribe.profile.Profiles;
import io.ascribe.store.documents.DocumentStore;
import java.util.List;

/**
 * What an actor page shows beside the knowledge base's profile, at one reader's clearance.
 *
 * @param descriptions the actor's descriptions, each with the source that gives it
 * @param references reports and articles, each with its source and URL
 * @param targets targeted countries and sectors, each with every source that names it
 * @param activity first and last seen, and what each comes from
 * @param claims public claims naming the actor (their threat actor resolves to it), newest first
 * @param closest the actors sharing the most telling techniques, tools and indicators with it
 */
public record ActorOverview(
    String key,
    String name,
    String attackId,
    List<Profiles.Description> descriptions,
    List<Profiles.Reference> references,
    Victimology targets,
    Activity activity,
    List<DocumentStore.LedgerEntry> claims,
    List<ClosestActors.Neighbour> closest) {

  /**
   * When the actor was active, by every source that dates it.
   *
   * @param firstSeen the earliest date any source gives, or null
   * @param firstSeenFrom the source of {@code firstSeen}
   * @param lastSeen the latest date any source gives, or null
   * @param lastSeenFrom the source of {@code lastSeen}
   * @param spans each source's own first and last date
   */
  public record Activity(String firstSeen, String firstSeenFrom, String lastSeen, String lastSeenFrom, List<Span> spans) {}

  /**
   * One source's dates of the actor.
   *
   * @param source what dates it ("ATT&amp;CK campaigns", "cited reports", "your corpus", "claims")
   * @param first its earliest date (ISO, possibly partial)
   * @param last its latest date
   * @param basis what the dates are, e.g. "first and last seen of 2 attributed campaigns"
   */
  public record Span(String source, String first, String last, String basis) {}
}
