package dev.calque.engine;

/**
 * Settings a check cannot run with: an unknown language, a malformed source language, an
 * --enable/--disable name that selects nothing, a threshold out of range. The user's mistake, not
 * calque's: front ends report the message as a usage error.
 */
public final class RequestException extends RuntimeException {
  public RequestException(String message) {
    super(message);
  }
}
