package io.ascribe.extract;

import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.digest.Sha256;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimExtractor;
import io.ascribe.extract.claim.Party;
import io.ascribe.extract.claim.StateWords;
import io.ascribe.extract.claim.learn.ClaimReader;
import io.ascribe.extract.claim.learn.FrameCues;
import io.ascribe.extract.claim.learn.FrameGenerator;
import io.ascribe.extract.claim.learn.LinearScorer;
import io.ascribe.extract.entity.ActorSponsors;
import io.ascribe.extract.entity.KindCues;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.extract.technique.TechniqueModel;
import io.ascribe.extract.text.CleanText;
import io.ascribe.extract.text.SentenceSplitter;
import io.ascribe.extract.text.TextExtractor;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.StixEntity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one document's bytes into {@link ExtractedDocument}: clean main text, indicators, ATT&CK
 * techniques, named actors and software (through the knowledge base's aliases; a software name the
 * text calls a group is a group, {@link MentionKinds}), people, states, and public claims. Stateless
 * and thread-safe once built.
 */
public final class DocumentExtractor {
  private final TextExtractor text = new TextExtractor();
  private final MentionKinds mentionKinds;
  private final IndicatorExtractor indicators;
  private final NameMatcher<EntityRef> names;
  private final TechniqueMentions techniques;
  private final TechniqueModel classifier;
  private final ClaimReader claims;

  /**
   * @param indicators finds indicators (with the warning lists to mark known-benign values)
   * @param names every actor and software name of the knowledge base
   * @param techniques ATT&CK techniques by id and name
   */
  public DocumentExtractor(IndicatorExtractor indicators, NameMatcher<EntityRef> names, TechniqueMentions techniques) {
    this(indicators, names, techniques, null, claimReader(names, name -> null), new MentionKinds(KindCues.load()));
  }

  private DocumentExtractor(IndicatorExtractor indicators, NameMatcher<EntityRef> names, TechniqueMentions techniques,
      TechniqueModel classifier, ClaimReader claims, MentionKinds mentionKinds) {
    this.indicators = indicators;
    this.names = names;
    this.techniques = techniques;
    this.classifier = classifier;
    this.claims = claims;
    this.mentionKinds = mentionKinds;
  }

  /**
   * The claim reader over the knowledge base's actor names, with the project's cue table and scorer.
   *
   * @param sponsors the country sources say sponsors an actor (canonical name to ISO code, or null),
   *     for claims that accuse a named actor only
   */
  private static ClaimReader claimReader(NameMatcher<EntityRef> names, Function<String, String> sponsors) {
    return new ClaimReader(new ClaimExtractor(sentence -> actorNames(names, sentence), sponsors),
        new FrameGenerator(FrameCues.load()), LinearScorer.bundled());
  }

  /**
   * This extractor, also finding techniques described in prose with a trained classifier (in
   * English text); its techniques are merged with the explicit mentions.
   */
  public DocumentExtractor withClassifier(TechniqueModel model) {
    return new DocumentExtractor(indicators, names, techniques, model, claims, mentionKinds);
  }

  /** This extractor, deciding claims with another scorer (one the user trained with {@code model train --claims}). */
  public DocumentExtractor withClaimScorer(LinearScorer scorer) {
    return new DocumentExtractor(indicators, names, techniques, classifier, claims.withScorer(scorer), mentionKinds);
  }

  /**
   * An extractor for a linked knowledge base: every actor and software alias becomes a name to
   * find, every live ATT&CK technique an id and name, and each actor's sponsor (from its sources)
   * the accused country of a claim that names only the actor.
   */
  public static DocumentExtractor forKnowledge(
      KnowledgeGraph graph, Linking actors, Linking software, WarningLists warningLists) {
    return forNames(knowledgeNames(graph, actors, software), warningLists);
  }

  /**
   * What {@link #forKnowledge} takes from a knowledge base, as plain tables: the tables can be
   * written out (as JSON, say) and an equal extractor built from them elsewhere with {@link
   * #forNames}, without the knowledge base.
   */
  public static KnowledgeNames knowledgeNames(KnowledgeGraph graph, Linking actors, Linking software) {
    Map<String, List<EntityRef>> byName = new java.util.HashMap<>();
    addNames(byName, actors, "actor");
    addNames(byName, software, "software");
    Map<String, String> techniqueNames = new java.util.TreeMap<>();
    for (StixEntity t : graph.stixOfType("attack-pattern")) {
      if (t.live() && t.attackId() != null) {
        techniqueNames.put(t.attackId(), t.name());
      }
    }
    return new KnowledgeNames(byName, techniqueNames, ActorSponsors.of(graph, actors).byName());
  }

  /** The extractor {@link #forKnowledge} builds, from the tables {@link #knowledgeNames} took from the knowledge base. */
  public static DocumentExtractor forNames(KnowledgeNames knowledge, WarningLists warningLists) {
    NameMatcher<EntityRef> nameMatcher = new NameMatcher<>(knowledge.names(), 4);
    Map<String, String> sponsors = knowledge.sponsors();
    return new DocumentExtractor(new IndicatorExtractor(warningLists), nameMatcher,
        new TechniqueMentions(knowledge.techniques()), null,
        claimReader(nameMatcher, name -> name == null ? null : sponsors.get(name)),
        new MentionKinds(KindCues.load()));
  }

  private static void addNames(Map<String, List<EntityRef>> byName, Linking linking, String kind) {
    for (AliasClaim c : linking.claims()) {
      if (c.role() == AliasClaim.Role.ID) {
        continue;
      }
      CanonicalEntity e = linking.entity(c.entityKey());
      if (kind.equals("software") && !nameable(c.name(), e.attackId() != null)) {
        continue;
      }
      EntityRef ref = new EntityRef(kind, e.key(), e.name(), e.attackId());
      List<EntityRef> refs = byName.computeIfAbsent(c.name(), k -> new ArrayList<>());
      if (!refs.contains(ref)) {
        refs.add(ref);
      }
    }
  }

  /**
   * Whether a software alias can be looked for in prose. Not a state word (some ransomware families are
   * catalogued as "Russian" or "Czech"), and, for software ATT&CK does not know, a distinctive token:
   * several words, a digit, inner capitals or all capitals ("LockBit", "BlackCat", "PlugX"). MISP lists
   * thousands of families named by one plain word ("Phoenix", "Titan", "Hook", "Bread", "Sanctions")
   * that news prose uses in their ordinary sense.
   */
  static boolean nameable(String alias, boolean attackSoftware) {
    if (StateWords.contains(alias)) {
      return false;
    }
    if (attackSoftware || alias.indexOf(' ') >= 0 || alias.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    long capitals = alias.chars().filter(Character::isUpperCase).count();
    return capitals >= 2;
  }

  private static List<String> actorNames(NameMatcher<EntityRef> names, String sentence) {
    List<String> out = new ArrayList<>();
    for (NameMatcher.Match<EntityRef> m : names.find(sentence)) {
      for (EntityRef r : m.values()) {
        if (r.kind().equals("actor") && !out.contains(r.name())) {
          out.add(r.name());
        }
      }
    }
    return out;
  }

  /** Extracts everything from one document. */
  public ExtractedDocument extract(String source, byte[] bytes, String nameOrContentType) {
    return extract(source, Sha256.of(bytes), text.fromBytes(bytes, nameOrContentType));
  }

  /**
   * Extracts everything from one document whose SHA-256 ({@link Sha256#of}) of its bytes the
   * caller has already computed (to skip bytes it stored before), so that it is not computed again.
   */
  public ExtractedDocument extract(RawDocument document, String sha256) {
    return extract(document.source(), sha256, text.fromBytes(document.bytes(), document.nameOrContentType()));
  }

  /**
   * Extracts everything from text that is already clean (an analyst's notes): no boilerplate is
   * stripped and no title looked for, so every line counts.
   */
  public ExtractedDocument extractText(String source, String given) {
    return extract(source, Sha256.ofUtf8(given), text.asGiven(given));
  }

  /**
   * Why each claim of an extracted document was kept: the scorer's probability and the features
   * that carried it (the claims are read again from the document's clean text).
   */
  public List<ClaimReader.Explained> explainClaims(ExtractedDocument d) {
    if (d.claims().isEmpty()) {
      return List.of();
    }
    return claims.read(d.title(), d.text(), date(d.published())).explained();
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private ExtractedDocument extract(String source, String sha256, CleanText clean) {
    LocalDate published = date(clean.published());
    boolean english = "en".equals(clean.language()) || "und".equals(clean.language());
    List<String> sentences = SentenceSplitter.STANDARD.split(clean.text());
    ClaimReader.Reading reading = claims.read(clean.title(), clean.text(), sentences, published);
    List<Claim> found = english ? reading.claims() : List.of();
    List<TechniqueMention> mentioned = techniques.find(sentences);
    if (english && classifier != null) {
      mentioned = TechniqueMentions.merge(mentioned, classifier.classifySentences(sentences));
    }
    return new ExtractedDocument(source, sha256, clean.title(), clean.published(), clean.publisher(),
        clean.language(), clean.text(), clean.boilerplateCharsRemoved(), indicators.extract(clean.text()),
        mentioned, entities(clean, reading.parties()), found, clean.mainText());
  }

  private List<ExtractedDocument.Entity> entities(CleanText clean, List<Party> parties) {
    Map<String, ExtractedDocument.Entity> out = new LinkedHashMap<>();
    for (NameMatcher.Match<EntityRef> m : mentionKinds.decide(clean.text(), names.find(clean.text()))) {
      for (EntityRef r : m.values()) {
        boolean ambiguous = m.values().stream().filter(o -> o.kind().equals(r.kind())).map(EntityRef::key).distinct()
            .count() > 1;
        ExtractedDocument.Entity e = out.get(r.key());
        int mentions = e == null ? 1 : e.mentions() + 1;
        out.put(r.key(), new ExtractedDocument.Entity(r.kind(), r.name(), r.attackId(), mentions, null, null, null,
            ambiguous ? m.text() : (e == null ? null : e.ambiguousAlias())));
      }
    }
    for (Party p : parties) {
      if (p.kind() == Party.Kind.PERSON) {
        String name = p.role() == null ? p.name() : p.name().substring(p.role().length()).trim();
        out.putIfAbsent("person:" + name, new ExtractedDocument.Entity("person", name, null, null, p.role(), p.country(), null, null));
      } else if (p.kind() == Party.Kind.STATE && p.country() != null) {
        out.putIfAbsent("country:" + p.country(), new ExtractedDocument.Entity("country", null, null, null, null, null, p.country(), null));
      }
    }
    return List.copyOf(out.values());
  }
}
