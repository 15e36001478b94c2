package io.ascribe.store.kb;

import java.util.List;

/** What an import did, per input and in total. */
public record ImportSummary(List<InputResult> inputs, ReadModelStats readModel, Timings timings) {

  /**
   * Where the time went, in milliseconds.
   *
   * @param readAndStore parsing the inputs and writing raw objects
   * @param rebuild linking aliases and rebuilding profiles (inside the transaction)
   * @param commit committing the transaction
   * @param index rebuilding the Lucene index
   */
  public record Timings(long readAndStore, long rebuild, long commit, long index) {}

  /** How one input ended. */
  public enum Status {
    /** Read and stored. */
    IMPORTED,
    /** These exact bytes were imported before; nothing to do. */
    ALREADY_IMPORTED,
    /** Not a knowledge file (found while walking a folder); left alone. */
    SKIPPED,
    /** Refused because it is malformed; nothing from it was stored. */
    REJECTED
  }

  /**
   * One input's outcome.
   *
   * @param older objects already stored in a newer version, kept as they are
   */
  public record InputResult(
      String location,
      Status status,
      String format,
      int added,
      int updated,
      int unchanged,
      int older,
      String message) {}

  /** Sizes of the rebuilt read model, or null when nothing changed. */
  public record ReadModelStats(int actors, int ambiguousActorNames, int software, int techniques) {}

  /** Objects added across all inputs. */
  public int added() {
    return inputs.stream().mapToInt(InputResult::added).sum();
  }

  /** Objects updated (a newer version stored, the previous kept in history). */
  public int updated() {
    return inputs.stream().mapToInt(InputResult::updated).sum();
  }

  /** Objects that were already stored as they are (or in a newer version). */
  public int unchanged() {
    return inputs.stream().mapToInt(r -> r.unchanged() + r.older()).sum();
  }

  /** Inputs refused as malformed. */
  public int rejected() {
    return (int) inputs.stream().filter(r -> r.status() == Status.REJECTED).count();
  }

  /** Inputs skipped as not knowledge files. */
  public int skipped() {
    return (int) inputs.stream().filter(r -> r.status() == Status.SKIPPED).count();
  }
}
