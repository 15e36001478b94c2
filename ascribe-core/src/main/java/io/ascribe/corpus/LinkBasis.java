package io.ascribe.corpus;

/** Why a document's content is tied to an actor. */
public enum LinkBasis {
  /** An analyst said, when ingesting it, which actor the document is about. */
  DECLARED,
  /** The document names one actor as the subject of its technical content (a vendor report on one group). */
  SUBJECT,
  /** The document carries an attribution claim naming the actor. */
  CLAIM;

  /** The name used in JSON and in the store. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
