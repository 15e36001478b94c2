package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims ledger read as disputes: the claims about one threat actor, target or accused state
 * put side by side, so who attributed it to whom, who denied and who counter-accused can be read
 * together.
 *
 * <p>A claim joins the dispute of the threat actor it names, else of the actor its document names
 * most often, else of its target or its document's, else of the state its document accuses, in
 * that document alone (a denial rarely repeats the actor's name, but is about the same thing).
 */
public final class Disputes {
  private final DocumentStore documents;

  public Disputes(DocumentStore documents) {
    this.documents = documents;
  }

  /**
   * One dispute.
   *
   * @param key the grouping key: {@code actor:<name>}, {@code target:<name>} or {@code state:<CC>:<sha256>}
   * @param subject what the dispute is about, for people
   * @param kind {@code actor}, {@code target}, {@code state} or {@code document}
   * @param latest the newest claim date, or null when none is dated
   * @param attributions oldest first, as are the others
   */
  public record Dispute(String key, String subject, String kind, String latest, List<DocumentStore.LedgerEntry> attributions,
      List<DocumentStore.LedgerEntry> denials, List<DocumentStore.LedgerEntry> counterAccusations) {}

  /** Every dispute in the claims the reader may see, the most recently argued first. */
  public List<Dispute> list(Tlp maxTlp) {
    List<DocumentStore.LedgerEntry> claims = documents.claims(new DocumentStore.LedgerQuery(null, null, null, null, maxTlp));
    Map<String, List<DocumentStore.LedgerEntry>> byDocument = new LinkedHashMap<>();
    for (DocumentStore.LedgerEntry e : claims) {
      byDocument.computeIfAbsent(e.sha256(), k -> new ArrayList<>()).add(e);
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    byDocument.forEach((sha, entries) -> {
      DocumentSubject doc = DocumentSubject.of(entries);
      for (DocumentStore.LedgerEntry e : entries) {
        Subject s = doc.subjectOf(e);
        groups.computeIfAbsent(s.key(), k -> new Group(s)).entries.add(e);
      }
    });
    Comparator<DocumentStore.LedgerEntry> oldestFirst = Comparator.comparing(
        (DocumentStore.LedgerEntry e) -> e.date() == null ? "9999" : e.date());
    List<Dispute> out = new ArrayList<>();
    for (Group g : groups.values()) {
      g.entries.sort(oldestFirst);
      String latest = g.entries.stream().map(DocumentStore.LedgerEntry::date).filter(d -> d != null)
          .max(Comparator.naturalOrder()).orElse(null);
      out.add(new Dispute(g.subject.key(), g.subject.label(), g.subject.kind(), latest, ofType(g, "attribution"),
          ofType(g, "denial"), ofType(g, "counter_accusation")));
    }
    out.sort(Comparator.comparing((Dispute d) -> d.latest() == null ? "" : d.latest()).reversed());
    return out;
  }

  private static List<DocumentStore.LedgerEntry> ofType(Group g, String type) {
    return g.entries.stream().filter(e -> type.equals(e.type())).toList();
  }

  /** What a dispute is about. */
  record Subject(String key, String label, String kind) {}

  private static final class Group {
    final Subject subject;
    final List<DocumentStore.LedgerEntry> entries = new ArrayList<>();

    Group(Subject subject) {
      this.subject = subject;
    }
  }

  /** What one document's claims are about, for the claims that do not say. */
  record DocumentSubject(String actor, String target, String accusedState, String sha256, String title) {
    static DocumentSubject of(List<DocumentStore.LedgerEntry> entries) {
      Map<String, Integer> actors = new LinkedHashMap<>();
      String first = null;
      String target = null;
      String accused = null;
      for (DocumentStore.LedgerEntry e : entries) {
        if (e.threatActor() != null && !e.threatActor().isBlank()) {
          actors.merge(e.threatActor(), 1, Integer::sum);
          first = first == null ? e.threatActor() : first;
        }
        target = target == null && e.target() != null && !e.target().isBlank() ? e.target() : target;
        if (accused == null && "attribution".equals(e.type()) && e.accusedCountry() != null) {
          accused = e.accusedCountry();
        }
      }
      String top = first;
      for (Map.Entry<String, Integer> a : actors.entrySet()) {
        if (a.getValue() > actors.get(top)) {
          top = a.getKey();
        }
      }
      DocumentStore.LedgerEntry any = entries.get(0);
      String title = any.title() != null && !any.title().isBlank() ? any.title() : any.source();
      return new DocumentSubject(top, target, accused, any.sha256(), title);
    }

    Subject subjectOf(DocumentStore.LedgerEntry e) {
      String name = firstOf(e.threatActor(), actor);
      if (name != null) {
        return new Subject("actor:" + name.toLowerCase(Locale.ROOT), name, "actor");
      }
      name = firstOf(e.target(), target);
      if (name != null) {
        return new Subject("target:" + name.toLowerCase(Locale.ROOT), name, "target");
      }
      String state = firstOf(accusedState, e.accusedCountry());
      if (state != null) {
        return new Subject("state:" + state + ":" + sha256, state + " in " + title, "state");
      }
      return new Subject("document:" + sha256, title, "document");
    }

    private static String firstOf(String a, String b) {
      return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
  }
}
