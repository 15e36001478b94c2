package io.ascribe.kb;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives objects from a {@link KbDocumentReader}; may refuse one by throwing. */
@FunctionalInterface
public interface KbObjectSink {
  /** Takes one object; throws to abort the whole document. */
  void accept(KbObject object) throws KbFormatException;

  /**
   * Takes one object together with the JSON tree it was serialised from, for sinks that want the
   * parsed form without parsing {@link KbObject#json()} again. The tree must not be modified.
   */
  default void accept(KbObject object, JsonNode tree) throws KbFormatException {
    accept(object);
  }
}
