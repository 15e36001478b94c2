package io.ascribe.store.incident;

/** No incident has this id, or the reader may not see it (the two are not told apart). */
public final class NoSuchIncidentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public NoSuchIncidentException(String id) {
    super("no incident " + id + " (see `ascribe incident list`)");
  }
}
