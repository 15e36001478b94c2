package io.ascribe.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ATT&CK id written in a text (T1059.001, TA0001, G0096, S0154, C0024, M1036): the kind of
 * object it names, told by its prefix, the object's name when the knowledge base has it, and its
 * page on attack.mitre.org. Such ids are reported as indicators of type {@code attack_id} but are
 * references to knowledge, not observations: they are shown, and taken as evidence, as the
 * techniques or software they name.
 *
 * @param name the object's name in the knowledge base, or null when it does not have it
 */
public record AttackReference(String id, Kind kind, String name) {
  private static final Pattern ID = Pattern.compile("(?:TA|[TGSCM])\\d{4}(?:\\.\\d{3})?");

  /** What an ATT&CK id names. */
  public enum Kind {
    TECHNIQUE("technique", "techniques"),
    TACTIC("tactic", "tactics"),
    GROUP("group", "groups"),
    SOFTWARE("software", "software"),
    CAMPAIGN("campaign", "campaigns"),
    MITIGATION("mitigation", "mitigations");

    private final String label;
    private final String path;

    Kind(String label, String path) {
      this.label = label;
      this.path = path;
    }

    /** The kind's name as shown to a reader: {@code technique}, {@code group}, ... */
    public String label() {
      return label;
    }
  }

  public AttackReference {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
  }

  /**
   * The kind of object {@code id} names, or empty when it is not an ATT&CK id (upper case, a
   * prefix and four digits; only a technique takes a sub-technique suffix).
   */
  public static Optional<Kind> kindOf(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Kind kind = switch (id.charAt(0)) {
      case 'T' -> id.startsWith("TA") ? Kind.TACTIC : Kind.TECHNIQUE;
      case 'G' -> Kind.GROUP;
      case 'S' -> Kind.SOFTWARE;
      case 'C' -> Kind.CAMPAIGN;
      default -> Kind.MITIGATION;
    };
    return kind != Kind.TECHNIQUE && id.indexOf('.') >= 0 ? Optional.empty() : Optional.of(kind);
  }

  /** The object's page on attack.mitre.org, such as {@code https://attack.mitre.org/techniques/T1059/001/}. */
  public String url() {
    return "https://attack.mitre.org/" + kind.path + "/" + id.replace('.', '/') + "/";
  }
}
