package io.ascribe.store.incident;

/**
 * An edit was based on an older version of the incident than the stored one: someone else
 * changed it in between. Nothing was written; reload the incident and apply the edit again.
 */
public final class StaleIncidentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String incidentId;
  private final long expected;
  private final long current;

  public StaleIncidentException(String incidentId, long expected, long current) {
    super(incidentId + " was changed by someone else: the edit was based on version " + expected
        + " but the incident is at version " + current + "; reload it and apply the edit again");
    this.incidentId = incidentId;
    this.expected = expected;
    this.current = current;
  }

  public String incidentId() {
    return incidentId;
  }

  public long expected() {
    return expected;
  }

  public long current() {
    return current;
  }
}
