package io.ascribe.export;

import io.ascribe.alias.Names;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exports the claims ledger: public attributions, denials and counter-accusations, each authored
 * by its claimant and pointing at the document it was found in.
 *
 * <ul>
 *   <li>An <b>attribution</b> becomes {@code <activity> attributed-to <accused party's
 *       identity>}: the activity is the named actor's {@code intrusion-set} (id from {@link
 *       ActorIds}), else an unnamed {@code campaign} against the named target, else one per
 *       document. The relationship is {@code created_by_ref} the claimant's identity, carries a
 *       {@code confidence} judged from the form of the claim, the sentence as its {@code
 *       description}, and the document as an external reference.
 *   <li>A <b>denial</b> becomes an {@code opinion} ({@code strongly-disagree}) by the denying
 *       party about the attributions in the same document against the denying party (same
 *       accused state, or same accused name; narrowed to the same actor when the denial names
 *       one). When the document holds none, the denied attribution is created and marked {@code
 *       x_ascribe_inferred}; its author is the party the denier counter-accuses in the same
 *       document, else the claimant of another attribution in it, else left unnamed (no {@code
 *       created_by_ref}).
 *   <li>A <b>counter-accusation</b> becomes a {@code note} by the claimant whose {@code
 *       object_refs} are the accused party's identity and the attributions in the same document
 *       against the claimant's state (the accusations it answers). It is not made an {@code
 *       attributed-to}: counter-accusations often accuse of fabricating evidence rather than of
 *       a given intrusion, and there is no activity to attribute.
 * </ul>
 *
 * <p>A claim with neither an accused party nor an accused state is skipped: there is nothing to
 * attribute to.
 */
public final class ClaimLedgerExport {
  private final ActorIds actorIds;
  /** Read-only once built; shared by every {@link #add}, which may run once per document. */
  private final Countries countries = new Countries();

  /** An export that names actors by their normalised names ({@link ActorIds#byName()}). */
  public ClaimLedgerExport() {
    this(ActorIds.byName());
  }

  /** An export whose actor ids agree with the knowledge base ({@link ActorIds#of}). */
  public ClaimLedgerExport(ActorIds actorIds) {
    this.actorIds = Objects.requireNonNull(actorIds, "actorIds");
  }

  /** Adds the objects of every record to {@code bundle}, document by document. */
  public void add(StixBundleBuilder bundle, List<ClaimRecord> records) {
    Map<String, List<ClaimRecord>> byDocument = new LinkedHashMap<>();
    for (ClaimRecord r : records) {
      byDocument.computeIfAbsent(r.documentSha256(), k -> new ArrayList<>()).add(r);
    }
    ClaimObjects objects = new ClaimObjects(bundle, actorIds, countries);
    byDocument.values().forEach(doc -> addDocument(objects, doc));
  }

  private static void addDocument(ClaimObjects objects, List<ClaimRecord> doc) {
    List<Attribution> attributions = new ArrayList<>();
    for (ClaimRecord r : doc) {
      if (r.claim().type() == ClaimType.ATTRIBUTION) {
        String id = objects.attribution(r);
        if (id != null) {
          attributions.add(new Attribution(r.claim(), id));
        }
      }
    }
    for (ClaimRecord r : doc) {
      if (r.claim().type() == ClaimType.DENIAL) {
        List<String> denied = denied(r.claim(), attributions);
        if (denied.isEmpty()) {
          String inferred = objects.inferredAttribution(r, accuser(r.claim(), doc));
          if (inferred != null) {
            denied = List.of(inferred);
          }
        }
        objects.denial(r, denied);
      } else if (r.claim().type() == ClaimType.COUNTER_ACCUSATION) {
        objects.counterAccusation(r, answered(r.claim(), attributions));
      }
    }
  }

  /** The attributions in the document that the denial rejects. */
  static List<String> denied(Claim denial, List<Attribution> attributions) {
    List<Attribution> against = attributions.stream()
        .filter(a -> sameParty(denial, a.claim()))
        .toList();
    if (denial.threatActor() != null) {
      List<Attribution> sameActor = against.stream()
          .filter(a -> a.claim().threatActor() != null
              && Names.normalize(a.claim().threatActor()).equals(Names.normalize(denial.threatActor())))
          .toList();
      if (!sameActor.isEmpty()) {
        against = sameActor;
      }
    }
    return against.stream().map(Attribution::relationshipId).toList();
  }

  private static boolean sameParty(Claim denial, Claim attribution) {
    if (denial.accusedCountry() != null) {
      return denial.accusedCountry().equals(attribution.accusedCountry());
    }
    return denial.accused() != null && attribution.accused() != null
        && Names.normalize(denial.accused()).equals(Names.normalize(attribution.accused()));
  }

  /** Who accused the denying party, as far as the document tells; null when it does not. */
  static Party accuser(Claim denial, List<ClaimRecord> doc) {
    for (ClaimRecord r : doc) {
      Claim c = r.claim();
      if (c.type() == ClaimType.COUNTER_ACCUSATION && c.accused() != null && denial.accusedCountry() != null
          && denial.accusedCountry().equals(c.claimantCountry())) {
        return new Party(c.accused(), c.accusedCountry());
      }
    }
    for (ClaimRecord r : doc) {
      Claim c = r.claim();
      if (c.type() == ClaimType.ATTRIBUTION && c.claimant() != null) {
        return new Party(c.claimant(), c.claimantCountry());
      }
    }
    return null;
  }

  /** The attributions in the document against the counter-accusing party's state. */
  private static List<String> answered(Claim counter, List<Attribution> attributions) {
    if (counter.claimantCountry() == null) {
      return List.of();
    }
    return attributions.stream()
        .filter(a -> counter.claimantCountry().equals(a.claim().accusedCountry()))
        .map(Attribution::relationshipId)
        .toList();
  }

  /** An attribution claim and the id of its relationship. */
  record Attribution(Claim claim, String relationshipId) {}

  /** A party as a document names it, with its country or null. */
  record Party(String name, String country) {}
}
