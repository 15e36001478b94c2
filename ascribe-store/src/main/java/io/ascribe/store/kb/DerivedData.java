package io.ascribe.store.kb;

import java.io.IOException;

/**
 * Data derived from the read model (the search index, for one) that an import keeps in step: it
 * is built aside while the import's transaction commits, published once it committed, and
 * discarded when it failed. The knowledge base does not know what is derived from it; the layer
 * above ({@code io.ascribe.store.derived}) says so.
 */
@FunctionalInterface
public interface DerivedData {
  /** Nothing is derived: an import only stores the knowledge base and its read model. */
  DerivedData NONE = model -> Staged.NOTHING;

  /**
   * Starts building from {@code model} without changing what readers see; called inside the
   * import's transaction, so it must not wait for the build.
   */
  Staged stage(ReadModel model);

  /** A build started by {@link #stage}. */
  interface Staged {
    /** A build that has nothing to publish. */
    Staged NOTHING = new Staged() {
      @Override
      public void publish() {}

      @Override
      public void discard() {}
    };

    /** Waits for the build and makes it the live data. */
    void publish() throws IOException;

    /** Waits for the build and throws it away (the import failed); never throws. */
    void discard();
  }
}
