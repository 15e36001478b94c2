package io.ascribe.extract.technique;

import java.io.IOException;

/**
 * A training-data or model file that cannot be used, with the place that is wrong.
 *
 * <p>The message reads {@code <file>:<line>: <reason>} (the line is omitted when it does not
 * apply, as for a binary model file).
 */
public class TrainingDataException extends IOException {
  private final String source;
  private final long line;
  private final String reason;

  public TrainingDataException(String source, long line, String reason) {
    this(source, line, reason, null);
  }

  public TrainingDataException(String source, long line, String reason, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file that failed. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when it does not apply. */
  public long line() {
    return line;
  }

  /** What is wrong, without the place. */
  public String reason() {
    return reason;
  }
}
