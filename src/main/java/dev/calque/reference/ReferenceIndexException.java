package dev.calque.reference;

/** A reference index that cannot be used: missing, not an index, or damaged; the message says which. */
public final class ReferenceIndexException extends RuntimeException {
  public ReferenceIndexException(String message) {
    super(message);
  }

  public ReferenceIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
