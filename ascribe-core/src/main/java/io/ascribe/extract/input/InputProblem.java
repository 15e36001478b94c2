package io.ascribe.extract.input;

import java.util.Objects;

/**
 * A document, or part of an input, that could not be read; reading goes on with the next one.
 *
 * @param source the input it concerns: the file path or URL given to {@link DocumentInputs}
 * @param message what went wrong, naming the record offset inside a web archive, for example
 *     {@code "WARC record at offset 754: truncated: expected 36 more bytes in file"}
 */
public record InputProblem(String source, String message) {
  public InputProblem {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
