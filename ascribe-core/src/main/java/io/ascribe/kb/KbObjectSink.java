package io.ascribe.kb;

/** Receives objects from a {@link KbDocumentReader}; may refuse one by throwing. */
@FunctionalInterface
public interface KbObjectSink {
  /** Takes one object; throws to abort the whole document. */
  void accept(KbObject object) throws KbFormatException;
}
