package dev.calque.audit;

/**
 * Where an input item comes from: a file as named from the command line, and the line of a record in
 * it (0 for a whole-file document).
 */
public record Location(String file, long line) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
