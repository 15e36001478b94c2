package io.ascribe.server.taxii;

/**
 * A failure answered with a TAXII error message: an HTTP status, a stable {@code error_code}, a
 * short title and a description naming what was wrong.
 */
final class TaxiiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final String title;

  TaxiiException(int status, String code, String title, String description) {
    super(description);
    this.status = status;
    this.code = code;
    this.title = title;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String title() {
    return title;
  }

  static TaxiiException badRequest(String parameter, String description) {
    return new TaxiiException(400, "bad_request", "Invalid parameter " + parameter, description);
  }

  static TaxiiException notFound(String description) {
    return new TaxiiException(404, "not_found", "Not found", description);
  }
}
