package io.ascribe.kb;

import java.io.IOException;

/**
 * A knowledge source that cannot be imported, with the place that is wrong.
 *
 * <p>The message always reads {@code <source>:<line>:<column>: <reason>} (line and column are
 * omitted when unknown), so that an analyst can open the file at the right spot.
 */
public class KbFormatException extends IOException {
  private final String source;
  private final long line;
  private final long column;
  private final String reason;

  public KbFormatException(String source, long line, long column, String reason) {
    this(source, line, column, reason, null);
  }

  public KbFormatException(String source, long line, long column, String reason, Throwable cause) {
    super(format(source, line, column, reason), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(String source, long line, long column, String reason) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(reason).toString();
  }

  /** The file or URL that failed. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public long column() {
    return column;
  }

  /** What is wrong, without the place. */
  public String reason() {
    return reason;
  }
}
