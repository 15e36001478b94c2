package io.ascribe.corpus;

import java.util.List;

/**
 * An actor name an analyst declared that the knowledge base does not resolve: unknown (no
 * candidates) or ambiguous (several candidates, each "Name (key)").
 */
public final class UnknownActorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The actors the name may mean, as "Name (key)"; empty when the name is unknown. */
  private final List<String> candidates;

  public UnknownActorException(String message, List<String> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** The actors the name may mean, as "Name (key)"; empty when the name is unknown. */
  public List<String> candidates() {
    return candidates;
  }
}
