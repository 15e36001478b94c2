package io.ascribe.server.http;

/**
 * An error the API answers with: an HTTP status, a stable machine-readable code, a message for
 * people, and the request field at fault when there is one.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final String field;

  public ApiException(int status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public ApiException(int status, String code, String message) {
    this(status, code, message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }

  /** 400 for a bad field. */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(400, "bad_request", message, field);
  }

  /** 404 for something that does not exist or may not be seen (the two are not told apart). */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }
}
