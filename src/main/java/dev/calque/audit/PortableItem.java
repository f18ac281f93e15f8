package dev.calque.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One input item of an audit as plain, serializable data: where it comes from, what kind of document
 * it is, and its bytes (or the problem met reading it). A distributed audit (the Spark job) reads its
 * files into these where the files are, ships them to the machines that check them, and there turns
 * each back into the very item {@code calque audit} would have read ({@link DocumentAudit#audit}), so
 * both give the same findings.
 *
 * @param kind {@link #JSON_LINE}, {@link #FAILED}, or a whole-file document: TEXT, MARKDOWN or HTML
 * @param content the record's line or the file's (decompressed) bytes; null for a failed item
 * @param problem why a failed item could not be read; null otherwise
 */
public record PortableItem(String file, long line, String kind, byte[] content, String problem)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String JSON_LINE = "JSONL";
  public static final String FAILED = "FAILED";

  static PortableItem failed(Location where, String reason) {
    return new PortableItem(where.file(), where.line(), FAILED, null, reason);
  }

  Location where() {
    return new Location(file, line);
  }

  /** The item calque audit reads for this data. */
  Item item(Fields fields) {
    Location where = where();
    return switch (kind) {
      case FAILED -> Item.failed(where, problem);
      case JSON_LINE -> new JsonLineItem(where, content, fields);
      default -> new FileItem(file, content, FileItem.Kind.valueOf(kind), fields);
    };
  }

  /**
   * Whether a file met while walking a folder is one calque audit reads (.txt, .md, .html, .jsonl and
   * their .gz); a file named explicitly is read whatever its name.
   */
  public static boolean audited(String name) {
    return AuditInputs.audited(name);
  }

  /**
   * The items of one input file, as {@code calque audit} reads it: its name says whether it is JSON
   * Lines (a record a line) or one document, gzip is recognised by the first bytes, and problems
   * (broken gzip, a binary file, an overlong record) are items in place. The stream is read lazily
   * and closed at the end.
   *
   * @param name the file as named from the command line (the id of a whole-file document and the
   *     file of every item)
   */
  public static Iterator<PortableItem> read(String name, InputStream in) {
    FileItem.Kind kind = AuditInputs.kind(name);
    Compressed c;
    try {
      c = Compressed.open(in);
    } catch (IOException e) {
      close(in);
      return java.util.List.of(failed(new Location(name, 0), Compressed.reason(e, false))).iterator();
    }
    if (kind != null) {
      try (c) {
        return java.util.List.of(new FileItem(name, c.readAll(), kind, Fields.standard()).portable()).iterator();
      } catch (dev.calque.io.InputException e) {
        return java.util.List.of(failed(new Location(name, 0), e.getMessage())).iterator();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JsonLines lines = new JsonLines(name, c, Fields.standard());
    return new Iterator<>() {
      private Item next = lines.next();

      @Override
      public boolean hasNext() {
        if (next == null) {
          close(lines);
        }
        return next != null;
      }

      @Override
      public PortableItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PortableItem p = next.portable();
        next = lines.next();
        return p;
      }
    };
  }

  private static void close(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // read-only: nothing was lost
    }
  }
}
