package io.ascribe.attribution;

/**
 * An evidence document that cannot be used, with the place: {@code <source>: <field path>:
 * <reason>}, e.g. {@code case.json: techniques[2]: expected a string, got a number}.
 */
public final class EvidenceException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String field;

  public EvidenceException(String source, String path, String reason) {
    super(source + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + reason);
    this.field = path == null || path.isEmpty() ? null : path;
  }

  /** The field path at fault ({@code techniques[2]}), or null when the whole document is. */
  public String field() {
    return field;
  }
}
