package io.ascribe.corpus;

import io.ascribe.alias.AliasIndex;
import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.DocumentEvidence;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.attribution.ResolvedEvidence;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.victim.Victim;
import io.ascribe.extract.victim.VictimExtractor;
import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which actors a document attributes activity to, and ties the document's evidence to
 * them: its techniques, software and indicators, resolved by the same {@link EvidenceResolver} as
 * an incident's evidence, so a corpus fact and an incident item meet on the same feature.
 *
 * <p>A document is tied to an actor when an analyst declared it ({@link LinkBasis#DECLARED}), when
 * it names one actor as the subject of its technical content ({@link LinkBasis#SUBJECT}), or when
 * it carries an attribution claim naming the actor ({@link LinkBasis#CLAIM}).
 */
public final class CorpusLinker {
  /** Who ties a declared document to its actor. */
  public static final String ANALYST = "analyst";
  /** Fewest mentions that make an actor a document's subject. */
  static final int MIN_MENTIONS = 2;
  /**
   * Mentions from which a subject is well named. On TRAM2's reports most wrong subjects had two or
   * three mentions, from an alias that is also a common word (a "Watchdog" module, the "Chromium"
   * browser), so a subject named fewer times gets the lower confidence.
   */
  static final int WELL_NAMED = 4;
  static final double SUBJECT_CONFIDENCE = 0.8;
  static final double THIN_SUBJECT_CONFIDENCE = 0.6;
  static final double CLAIM_CONFIDENCE = 0.6;

  private final Linking actors;
  private final AliasIndex names;
  private final EvidenceResolver resolver;
  private final VictimExtractor victims = VictimExtractor.standard();

  public CorpusLinker(Linking actors, EvidenceResolver resolver) {
    this.actors = actors;
    this.names = actors.index();
    this.resolver = resolver;
  }

  /**
   * The links of one document.
   *
   * @param declaredActorKey the canonical actor an analyst said the document is about, or null to
   *     infer the actors from the text
   */
  public List<CorpusLink> links(ExtractedDocument doc, String declaredActorKey) {
    Map<String, Provenance> attributed = declaredActorKey != null
        ? Map.of(declaredActorKey, new Provenance(doc.sha256(), doc.title(), doc.published(), ANALYST,
            LinkBasis.DECLARED, 1.0))
        : inferred(doc);
    if (attributed.isEmpty()) {
      return List.of();
    }
    List<ResolvedEvidence.Item> items = new ArrayList<>(resolver.resolveFound(
        DocumentEvidence.of(doc.techniques(), doc.entities(), doc.indicators(), doc.text())));
    items.addAll(victims(doc));
    List<CorpusLink> out = new ArrayList<>();
    for (Map.Entry<String, Provenance> a : attributed.entrySet()) {
      for (ResolvedEvidence.Item item : dedupe(items)) {
        out.add(new CorpusLink(a.getKey(), item.kind(), item.feature(), item.label(),
            item.quote() == null || item.quote().isEmpty() ? null : item.quote(), a.getValue()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The victims the document names: the countries and sectors its text says were targeted, and
   * those its claims name as their target.
   */
  private List<ResolvedEvidence.Item> victims(ExtractedDocument doc) {
    List<Victim> found = new ArrayList<>(victims.find(doc.text()));
    for (Claim c : doc.claims()) {
      found.addAll(victims.inTarget(c.target(), c.evidence()));
    }
    List<ResolvedEvidence.Item> out = new ArrayList<>();
    for (Victim v : found) {
      out.add(v.kind() == Victim.Kind.COUNTRY
          ? new ResolvedEvidence.Item(EvidenceKind.VICTIM_COUNTRY, v.value(), "vc:" + v.value(),
              Countries.displayName(v.value()), v.sentence())
          : new ResolvedEvidence.Item(EvidenceKind.VICTIM_SECTOR, v.value(), AttributionCorpus.sectorFeature(v.value()),
              v.value(), v.sentence()));
    }
    return out;
  }

  /**
   * The canonical actor an analyst names as a document's subject ({@code ingest --actor}).
   *
   * @throws UnknownActorException when the knowledge base knows no actor of that name, or several
   *     (the message names the candidates)
   */
  public String declaredActor(String name) {
    if (name == null || name.isBlank()) {
      throw new UnknownActorException("the actor name is empty", List.of());
    }
    AliasLookup found = names.lookup(name);
    Optional<AliasLookup.Candidate> one = found.resolved();
    if (one.isPresent()) {
      return one.get().entityKey();
    }
    if (found.isEmpty()) {
      throw new UnknownActorException("no actor named '" + name + "' in the knowledge base", List.of());
    }
    List<String> candidates = found.candidates().stream().map(c -> {
      CanonicalEntity e = actors.entity(c.entityKey());
      return (e == null ? c.entityKey() : e.name()) + " (" + c.entityKey() + ")";
    }).toList();
    throw new UnknownActorException("the actor name '" + name + "' is ambiguous: it may mean "
        + String.join(", ", candidates) + "; give one of those names", candidates);
  }

  /** The canonical actor a name denotes, when the knowledge base says so unambiguously. */
  public Optional<String> actorKey(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    AliasLookup found = names.lookup(name);
    return found.resolved().map(AliasLookup.Candidate::entityKey);
  }

  /** Actors the text itself attributes activity to: its one subject actor, and those its attribution claims name. */
  private Map<String, Provenance> inferred(ExtractedDocument doc) {
    Map<String, Provenance> out = new LinkedHashMap<>();
    subject(doc).ifPresent(s -> out.put(s.key(), new Provenance(doc.sha256(), doc.title(), doc.published(),
        doc.publisher(), LinkBasis.SUBJECT, s.mentions() >= WELL_NAMED ? SUBJECT_CONFIDENCE : THIN_SUBJECT_CONFIDENCE)));
    for (Claim c : doc.claims()) {
      if (c.type() == ClaimType.ATTRIBUTION) {
        actorKey(c.threatActor()).ifPresent(key -> out.putIfAbsent(key, new Provenance(doc.sha256(), doc.title(),
            c.date() != null ? c.date() : doc.published(), c.claimant(), LinkBasis.CLAIM, CLAIM_CONFIDENCE)));
      }
    }
    return out;
  }

  /** The subject actor and how often the document names it. */
  private record Subject(String key, int mentions) {}

  /**
   * The one actor the document is about: the actor named at least {@link #MIN_MENTIONS} times and
   * in at least two thirds of all actor and group mentions. Mentions of a name several actors share
   * count in the total (they are about some actor) but for none of them.
   */
  private Optional<Subject> subject(ExtractedDocument doc) {
    Map<String, Integer> mentions = new LinkedHashMap<>();
    int total = 0;
    for (ExtractedDocument.Entity e : doc.entities()) {
      if ("actor".equals(e.kind()) || "group".equals(e.kind())) {
        int n = e.mentions() == null ? 1 : e.mentions();
        total += n;
        if (e.ambiguousAlias() == null && "actor".equals(e.kind())) {
          // the ATT&CK id first: a canonical name MISP also uses ("Lazarus Group") names two actors
          actorKey(e.attackId()).or(() -> actorKey(e.name())).ifPresent(key -> mentions.merge(key, n, Integer::sum));
        }
      }
    }
    for (Map.Entry<String, Integer> m : mentions.entrySet()) {
      if (m.getValue() >= MIN_MENTIONS && m.getValue() * 3 >= total * 2) {
        return Optional.of(new Subject(m.getKey(), m.getValue()));
      }
    }
    return Optional.empty();
  }

  private static List<ResolvedEvidence.Item> dedupe(List<ResolvedEvidence.Item> items) {
    Map<String, ResolvedEvidence.Item> byFeature = new LinkedHashMap<>();
    for (ResolvedEvidence.Item i : items) {
      byFeature.putIfAbsent(i.kind() + "|" + i.feature(), i);
    }
    return List.copyOf(byFeature.values());
  }
}
