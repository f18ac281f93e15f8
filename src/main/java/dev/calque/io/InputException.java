package dev.calque.io;

/** A document that cannot be checked; the message is one line for the user and names the input. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
