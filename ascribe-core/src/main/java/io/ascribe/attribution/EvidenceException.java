package io.ascribe.attribution;

/**
 * An evidence document that cannot be used, with the place: {@code <source>: <field path>:
 * <reason>}, e.g. {@code case.json: techniques[2]: expected a string, got a number}.
 */
public final class EvidenceException extends Exception {
  private static final long serialVersionUID = 1L;

  public EvidenceException(String source, String path, String reason) {
    super(source + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + reason);
  }
}
