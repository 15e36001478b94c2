package io.ascribe.extract.technique;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbFormat;
import io.ascribe.kb.KbObject;
import io.ascribe.kb.KbObjectSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * ATT&CK procedure examples: the description of every {@code uses} relationship from a group,
 * campaign or software to an attack pattern ("[APT29](…) has used PowerShell to …(Citation: …)"),
 * cleaned into plain prose and labelled with the technique's ATT&CK id. They are the bulk of the
 * technique classifier's training sentences.
 *
 * <p>Cleaning strips the {@code (Citation: …)} markers and turns {@code [Name](https://attack.mitre.org/…)}
 * links into plain names, except that groups, campaigns and software become "the group", "the
 * campaign", "the malware" or "the tool" (the relationship's own source also where it is named
 * without a link), so that the classifier learns the procedure rather than the actor.
 *
 * <p>{@link io.ascribe.model.Relationship} keeps no description, so the examples are read from
 * the raw STIX objects: {@link #read(Path)} streams a bundle through {@link KbDocumentReader}, and
 * a {@link Collector} takes objects from any other source (the store's raw JSON, for instance).
 */
public final class ProcedureExamples {
  private static final Pattern CITATION = Pattern.compile("\\s*\\(Citation:[^()]*(?:\\([^()]*\\)[^()]*)*\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]]+)\\]\\((https?://attack\\.mitre\\.org/([a-z-]+)/[^)\\s]*)\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One labelled procedure sentence.
   *
   * @param technique the ATT&CK id of the attack pattern (T1059.001)
   * @param text the cleaned description
   */
  public record Example(String technique, String text) {}

  private final List<Example> examples;
  private final Map<String, String> techniqueNames;

  private ProcedureExamples(List<Example> examples, Map<String, String> techniqueNames) {
    this.examples = List.copyOf(examples);
    this.techniqueNames = java.util.Collections.unmodifiableMap(new TreeMap<>(techniqueNames));
  }

  /** Examples given directly (tests, other sources); technique names map ATT&CK id to name. */
  public static ProcedureExamples of(List<Example> examples, Map<String, String> techniqueNames) {
    return new ProcedureExamples(examples, techniqueNames);
  }

  /** No examples and no names. */
  public static ProcedureExamples none() {
    return new ProcedureExamples(List.of(), Map.of());
  }

  /**
   * Reads a STIX bundle (gunzipped when the name ends in {@code .gz}).
   *
   * @throws io.ascribe.kb.KbFormatException naming file, line and column when the bundle is malformed
   */
  public static ProcedureExamples read(Path bundle) throws IOException {
    Collector c = collector();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(bundle), 1 << 16);
        InputStream in = bundle.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      new KbDocumentReader().read(in, bundle.toString(), c);
    }
    return c.build();
  }

  /** A sink that collects the STIX objects examples are made of; call {@link Collector#build()} at the end. */
  public static Collector collector() {
    return new Collector();
  }

  /** Every example, in the order the relationships were read. */
  public List<Example> examples() {
    return examples;
  }

  /** Live ATT&CK techniques and sub-techniques: id to name, sorted by id. */
  public Map<String, String> techniqueNames() {
    return techniqueNames;
  }

  /** Turns one raw description into training prose (see the class comment). */
  static String clean(String description, String sourcePlaceholder, List<String> sourceNames) {
    String s = CITATION.matcher(description).replaceAll("");
    Matcher m = LINK.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = switch (m.group(3)) {
        case "groups" -> "the group";
        case "campaigns" -> "the campaign";
        case "software" -> "the software";
        default -> m.group(1);
      };
      if (sourcePlaceholder != null && sourceNames.contains(m.group(1))) {
        replacement = sourcePlaceholder;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    s = sb.toString();
    if (sourcePlaceholder != null) {
      for (String name : sourceNames) {
        if (name.length() >= 3) {
          s = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_-])").matcher(s)
              .replaceAll(Matcher.quoteReplacement(sourcePlaceholder));
        }
      }
    }
    s = s.replace("`", "").replace("<code>", "").replace("</code>", "");
    s = SPACES.matcher(s).replaceAll(" ").trim();
    if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /** Collects the objects procedure examples are made of, in any order. */
  public static final class Collector implements KbObjectSink {
    private record Use(String source, String target, String description) {}

    private record Actor(String placeholder, List<String> names) {}

    private record AttackPattern(String attackId, String name, boolean live) {}

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
        new com.fasterxml.jackson.databind.ObjectMapper();
    private static final java.util.Set<String> WANTED =
        java.util.Set.of("attack-pattern", "intrusion-set", "campaign", "malware", "tool", "relationship");

    private final Map<String, AttackPattern> patterns = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();

    private Collector() {}

    /** Takes an object whose JSON is not parsed yet (a stored object, for instance). */
    @Override
    public void accept(KbObject object) {
      if (object.format() != KbFormat.STIX || !WANTED.contains(object.type())) {
        return;
      }
      try {
        accept(object, MAPPER.readTree(object.json()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("object " + object.key() + " is not valid JSON: " + e.getOriginalMessage(), e);
      }
    }

    @Override
    public void accept(KbObject o, JsonNode n) {
      if (o.format() != KbFormat.STIX) {
        return;
      }
      switch (o.type()) {
        case "attack-pattern" -> {
          String attackId = null;
          for (JsonNode r : n.path("external_references")) {
            if ("mitre-attack".equals(r.path("source_name").asText()) && r.hasNonNull("external_id")) {
              attackId = r.get("external_id").asText();
              break;
            }
          }
          if (attackId != null) {
            patterns.put(o.key(), new AttackPattern(attackId, o.name(), !o.revoked() && !o.deprecated()));
          }
        }
        case "intrusion-set", "campaign", "malware", "tool" -> {
          List<String> names = new ArrayList<>();
          if (o.name() != null) {
            names.add(o.name());
          }
          for (String field : List.of("aliases", "x_mitre_aliases")) {
            for (JsonNode a : n.path(field)) {
              if (a.isTextual() && !names.contains(a.asText())) {
                names.add(a.asText());
              }
            }
          }
          names.sort(Comparator.comparingInt(String::length).reversed());
          String placeholder = switch (o.type()) {
            case "intrusion-set" -> "the group";
            case "campaign" -> "the campaign";
            case "malware" -> "the malware";
            default -> "the tool";
          };
          actors.put(o.key(), new Actor(placeholder, List.copyOf(names)));
        }
        case "relationship" -> {
          String target = n.path("target_ref").asText("");
          if ("uses".equals(n.path("relationship_type").asText()) && target.startsWith("attack-pattern--")
              && !o.revoked() && !o.deprecated() && n.path("description").isTextual()) {
            uses.add(new Use(n.path("source_ref").asText(""), target, n.get("description").asText()));
          }
        }
        default -> { }
      }
    }

    /** The examples of every live technique, and the names of live techniques. */
    public ProcedureExamples build() {
      Map<String, String> names = new HashMap<>();
      patterns.values().stream().filter(AttackPattern::live).forEach(p -> names.put(p.attackId(), p.name()));
      List<Example> out = new ArrayList<>();
      for (Use u : uses) {
        AttackPattern p = patterns.get(u.target());
        if (p == null || !p.live()) {
          continue;
        }
        Actor a = actors.get(u.source());
        String text = a == null ? clean(u.description(), null, List.of()) : clean(u.description(), a.placeholder(), a.names());
        if (!text.isBlank()) {
          out.add(new Example(p.attackId(), text));
        }
      }
      return new ProcedureExamples(out, names);
    }
  }

  @Override
  public String toString() {
    return examples.size() + " procedure examples; " + techniqueNames.size() + " live techniques";
  }
}
