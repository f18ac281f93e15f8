package dev.calque.audit;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import dev.calque.io.InputException;

/**
 * The articles of an archive read exactly as {@code calque audit} reads it (folders of text, Markdown
 * and HTML, JSON Lines, gzip), one at a time on the caller's thread: for commands other than audit
 * that consume an archive, such as building the reference index. Nothing is held but the current file.
 */
public final class ArchiveReader implements Iterator<ArchiveReader.Document> {
  /** One document: where it comes from, and its article or the one-line reason it could not be read. */
  public record Document(Location where, Article article, String problem) {
  }

  private final AuditInputs inputs;

  /** The documents of the arguments' files that {@code filter} keeps. */
  public ArchiveReader(List<String> args, Fields fields, AuditInputs.FileFilter filter) {
    this.inputs = new AuditInputs(args, fields, filter);
  }

  /** The path of an input file as named on the command line or reached from a folder argument. */
  public static Path path(Location where) {
    return Path.of(where.file());
  }

  @Override
  public boolean hasNext() {
    return inputs.hasNext();
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = inputs.next();
    try {
      return new Document(item.where(), item.parse(), null);
    } catch (InputException e) {
      return new Document(item.where(), null, e.getMessage());
    }
  }
}
