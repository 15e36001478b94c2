package io.ascribe.store.kb;

import io.ascribe.kb.KbInput;

/** Progress callbacks from a {@link KbImporter}; the CLI draws a progress bar from them. */
public interface ImportListener {
  /** An input is about to be read. */
  default void started(KbInput input, int index, int total) {}

  /** Raw bytes read so far from the current input (called often; keep it cheap). */
  default void progress(KbInput input, long bytesRead) {}

  /** An input is done, one way or another. */
  default void finished(ImportSummary.InputResult result) {}

  /** The derived model (linking, profiles, index) is being rebuilt. */
  default void rebuilding() {}

  /** Listens to nothing. */
  ImportListener NONE = new ImportListener() {};
}
