package dev.calque.engine;

/**
 * A check stopped because its caller no longer wants the result (a server request past its time
 * limit). Not a failure of the document or of calque: nothing is reported about the text.
 */
public final class CheckCancelled extends RuntimeException {
  CheckCancelled(String path) {
    super(path + ": check cancelled");
  }
}
