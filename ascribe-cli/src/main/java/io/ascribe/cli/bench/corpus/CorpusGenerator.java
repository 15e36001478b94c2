package io.ascribe.cli.bench.corpus;

import io.ascribe.digest.Sha256;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.geo.Countries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Expands labelled articles into a corpus of any size: document {@code i} is drawn from its own
 * random generator seeded by {@code (seed, i)}, so the same seed gives the same documents (and
 * sha256s) in any order. Each document takes a seed article's outlet and claims, adds claims of
 * other articles (two to five in all, about 3.5 on average), and varies them: claimants and
 * accused swapped for others of the seeds, threat actors, outlets, dates from 2010 to 2026, and
 * the wording of a short synthetic text in which each claim's sentence is its evidence.
 */
public final class CorpusGenerator {
  private static final long FIRST_DAY = LocalDate.of(2010, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2026, 11, 30).toEpochDay();
  private static final String[] ATTRIBUTION_VERBS = {"accused %s of", "blamed %s for", "said %s was behind",
      "attributed to %s", "held %s responsible for", "linked %s to", "pointed the finger at %s over"};
  private static final String[] DENIAL_VERBS = {"rejected the accusation over", "denied any role in",
      "dismissed as groundless the claims about", "said it had nothing to do with", "called the allegations over"};
  private static final String[] COUNTER_VERBS = {"accused %s of hacking and of fabricating evidence about",
      "said %s was the real cyber aggressor behind", "countered that %s itself was behind",
      "charged %s with spreading disinformation about"};
  private static final String[] FORMS = {"in a statement", "in a report", "in a joint advisory", "in an indictment",
      "announcing sanctions", "in an interview"};
  private static final String[] TARGETS = {"the intrusion", "the attack on government networks", "the breach",
      "the ransomware campaign", "the espionage campaign", "the data theft", "the outage"};
  private static final String[] CONTEXT = {"Officials gave no further technical detail.",
      "Security researchers said the campaign had run for months.",
      "The agency urged organisations to patch exposed systems.",
      "Analysts noted similarities with earlier operations.",
      "The ministry said the investigation was continuing.",
      "Diplomats described the exchange as unusually sharp.",
      "Several companies said they had found the same malware.",
      "The claims could not be independently verified."};
  private static final String[] OUTLET_SUFFIXES = {"", "", "", "news.", "world.", "en.", "www2."};

  private final List<SeedArticle> articles;
  private final List<SeedClaim> claims;
  private final List<String> outlets;
  private final Map<String, List<String>> claimantsByCountry;
  private final Map<String, List<String>> actorsByCountry;
  private final List<String> countries;
  private final List<String> targets;
  private final long seed;

  /** A generator over {@code articles} (at least one with a claim) with random seed {@code seed}. */
  public CorpusGenerator(List<SeedArticle> articles, long seed) {
    this.articles = articles.stream().filter(a -> !a.claims().isEmpty()).toList();
    if (this.articles.isEmpty()) {
      throw new IllegalArgumentException("the seed articles carry no claim to expand");
    }
    this.seed = seed;
    this.claims = this.articles.stream().flatMap(a -> a.claims().stream()).toList();
    this.outlets = List.copyOf(new LinkedHashSet<>(this.articles.stream().map(SeedArticle::outlet).toList()));
    Map<String, Set<String>> claimants = new TreeMap<>();
    Map<String, Set<String>> actors = new TreeMap<>();
    Set<String> named = new LinkedHashSet<>();
    Set<String> victims = new LinkedHashSet<>();
    for (SeedClaim c : claims) {
      if (c.claimantCountry() != null) {
        claimants.computeIfAbsent(c.claimantCountry(), k -> new LinkedHashSet<>()).add(c.claimant());
        named.add(c.claimantCountry());
      }
      if (c.accusedCountry() != null && c.threatActor() != null) {
        actors.computeIfAbsent(c.accusedCountry(), k -> new LinkedHashSet<>()).add(c.threatActor());
      }
      if (c.accusedCountry() != null) {
        named.add(c.accusedCountry());
      }
      if (c.target() != null && c.target().length() <= 80) {
        victims.add(c.target());
      }
    }
    this.claimantsByCountry = copy(claimants);
    this.actorsByCountry = copy(actors);
    this.countries = List.copyOf(named);
    this.targets = victims.isEmpty() ? List.of(TARGETS) : List.copyOf(victims);
  }

  private static Map<String, List<String>> copy(Map<String, Set<String>> m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** Documents {@code 0} to {@code count - 1}, made as they are read. */
  public Iterator<ExtractedDocument> documents(long count) {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public ExtractedDocument next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return document(next++);
      }
    };
  }

  /** Document number {@code i}: the same for the same seed and seed articles. */
  public ExtractedDocument document(long i) {
    SplittableRandom r = new SplittableRandom(mix(seed, i));
    SeedArticle article = articles.get(r.nextInt(articles.size()));
    LocalDate day = LocalDate.ofEpochDay(r.nextLong(FIRST_DAY, LAST_DAY + 1));
    String outlet = outlet(article, r);
    int wanted = 2 + r.nextInt(4);
    List<Claim> made = new ArrayList<>();
    for (int k = 0; k < wanted; k++) {
      SeedClaim c = k < article.claims().size() ? article.claims().get(k) : claims.get(r.nextInt(claims.size()));
      made.add(vary(c, day, r));
    }
    StringBuilder text = new StringBuilder();
    String title = title(made.get(0));
    text.append(title).append(".\n\n").append(outlet).append(", ").append(day).append(". ");
    for (Claim c : made) {
      text.append(c.evidence()).append(' ');
      if (r.nextInt(3) == 0) {
        text.append(CONTEXT[r.nextInt(CONTEXT.length)]).append(' ');
      }
    }
    text.append(CONTEXT[r.nextInt(CONTEXT.length)]);
    String source = "https://" + outlet + "/" + day.getYear() + "/" + String.format("%02d", day.getMonthValue()) + "/"
        + slug(title) + "-" + i;
    String body = text.toString();
    String sha = Sha256.ofUtf8(source + "\n" + body);
    return new ExtractedDocument(source, sha, title, day.toString(), outlet, "en", body, 0, List.of(), List.of(),
        entities(made), made);
  }

  private String outlet(SeedArticle article, SplittableRandom r) {
    String base = r.nextInt(2) == 0 ? article.outlet() : outlets.get(r.nextInt(outlets.size()));
    return OUTLET_SUFFIXES[r.nextInt(OUTLET_SUFFIXES.length)] + base;
  }

  private Claim vary(SeedClaim c, LocalDate day, SplittableRandom r) {
    String claimant = c.claimant();
    String claimantCountry = c.claimantCountry();
    String accused = c.accused();
    String accusedCountry = c.accusedCountry();
    if (c.type() != ClaimType.DENIAL && r.nextInt(5) == 0) {
      claimantCountry = countries.get(r.nextInt(countries.size()));
      List<String> names = claimantsByCountry.getOrDefault(claimantCountry, List.of());
      claimant = names.isEmpty() ? "officials in " + name(claimantCountry) : names.get(r.nextInt(names.size()));
    }
    if (r.nextInt(5) == 0) {
      accusedCountry = countries.get(r.nextInt(countries.size()));
      accused = name(accusedCountry);
      if (c.type() == ClaimType.DENIAL) {
        claimantCountry = accusedCountry;
        List<String> names = claimantsByCountry.getOrDefault(accusedCountry, List.of());
        claimant = names.isEmpty() ? "officials in " + name(accusedCountry) : names.get(r.nextInt(names.size()));
      }
    }
    String actor = c.threatActor();
    List<String> actors = accusedCountry == null ? List.of() : actorsByCountry.getOrDefault(accusedCountry, List.of());
    if (!actors.isEmpty() && r.nextInt(3) == 0) {
      actor = actors.get(r.nextInt(actors.size()));
    }
    String target = r.nextInt(2) == 0 ? c.target() : targets.get(r.nextInt(targets.size()));
    LocalDate date = r.nextInt(5) == 0 ? day.minusDays(1 + r.nextInt(10)) : day;
    String sentence = sentence(c.type(), claimant, accused, accusedCountry, actor, target, c.form().ordinal(), r);
    return new Claim(c.type(), c.form(), claimant, claimantCountry, accused, accusedCountry, actor, target,
        date.toString(), sentence);
  }

  private static String sentence(ClaimType type, String claimant, String accused, String accusedCountry, String actor,
      String target, int form, SplittableRandom r) {
    String who = accused != null ? accused : accusedCountry != null ? name(accusedCountry) : "an unnamed group";
    String by = actor == null ? who : actor + (r.nextInt(2) == 0 ? ", a group tied to " + who : " (" + who + ")");
    String what = target == null ? TARGETS[r.nextInt(TARGETS.length)] : target;
    String how = r.nextInt(3) == 0 ? " " + FORMS[Math.min(form, FORMS.length - 1)] : "";
    String s = switch (type) {
      case ATTRIBUTION -> {
        String verb = ATTRIBUTION_VERBS[r.nextInt(ATTRIBUTION_VERBS.length)];
        yield capital(claimant) + how + " " + String.format(verb, by) + " " + what + ".";
      }
      case DENIAL -> capital(claimant) + how + " " + DENIAL_VERBS[r.nextInt(DENIAL_VERBS.length)] + " " + what
          + (actor == null ? "" : " and the group called " + actor) + ".";
      case COUNTER_ACCUSATION -> capital(claimant) + how + " "
          + String.format(COUNTER_VERBS[r.nextInt(COUNTER_VERBS.length)], who) + " " + what + ".";
    };
    return s.replace('\n', ' ');
  }

  private static String title(Claim c) {
    String against = c.accusedCountry() == null ? c.accused() : name(c.accusedCountry());
    return switch (c.type()) {
      case ATTRIBUTION -> clip(c.claimant()) + " blames " + clip(against) + " for cyber attack";
      case DENIAL -> clip(c.claimant()) + " denies hacking accusation";
      case COUNTER_ACCUSATION -> clip(c.claimant()) + " hits back at " + clip(against);
    };
  }

  private static List<ExtractedDocument.Entity> entities(List<Claim> made) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    for (Claim c : made) {
      if (c.claimantCountry() != null && !"EU".equals(c.claimantCountry())) {
        codes.add(c.claimantCountry());
      }
      if (c.accusedCountry() != null) {
        codes.add(c.accusedCountry());
      }
      if (c.threatActor() != null) {
        actors.add(c.threatActor());
      }
    }
    List<ExtractedDocument.Entity> out = new ArrayList<>();
    actors.forEach(a -> out.add(new ExtractedDocument.Entity("group", clip(a), null, 1, null, null, null, null)));
    codes.forEach(code -> out.add(new ExtractedDocument.Entity("country", name(code), null, null, null, null, code, null)));
    return out;
  }

  private static String name(String code) {
    if ("EU".equals(code)) {
      return "the European Union";
    }
    String n = Countries.displayName(code);
    return n == null ? code : n;
  }

  private static String clip(String s) {
    return s == null ? "unknown" : s.length() <= 60 ? s : s.substring(0, 60);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.length() <= 60 ? s : s.substring(0, 60);
  }

  /** A well-spread 64-bit seed for document {@code i} (SplitMix64's finaliser over seed and index). */
  private static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
