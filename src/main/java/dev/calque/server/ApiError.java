package dev.calque.server;

/**
 * A request the server answers with an error status and a one-line reason: the client's mistake
 * (400, 404, 413) or the server's state (503 busy or stopping, 500 past the time limit). Never
 * carries a stack trace to the client.
 */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiError badRequest(String reason) {
    return new ApiError(400, reason);
  }

  static ApiError notFound(String reason) {
    return new ApiError(404, reason);
  }

  static ApiError tooLarge(String reason) {
    return new ApiError(413, reason);
  }

  static ApiError unavailable(String reason) {
    return new ApiError(503, reason);
  }
}
