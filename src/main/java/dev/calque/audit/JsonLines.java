package dev.calque.audit;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of one open JSON Lines stream as items, in order: a record a line (blank lines passed
 * over), and the stream's problems in place (a binary file as one problem, an overlong line, a break
 * in the gzip data that ends the file). Shared by the audit's own walk and the Spark job's readers,
 * so both see the same items.
 */
final class JsonLines implements Closeable {
  private final String name;
  private final Compressed open;
  private final LineReader lines;
  private final Fields fields;
  private boolean done;

  JsonLines(String name, Compressed open, Fields fields) {
    this.name = name;
    this.open = open;
    this.lines = new LineReader(open.stream(), Compressed.MAX_DOCUMENT);
    this.fields = fields;
  }

  /** The next item, or null when the stream is done. */
  Item next() {
    if (done) {
      return null;
    }
    try {
      while (true) {
        byte[] line = lines.next();
        if (line == null) {
          break;
        }
        Location where = new Location(name, lines.number());
        if (lines.number() == 1 && lines.binaryAt() >= 0) {
          // A binary file named .jsonl would be thousands of malformed lines: one problem for the file instead.
          done = true;
          return Item.failed(new Location(name, 0), "looks binary (NUL byte at offset " + lines.binaryAt()
              + (open.gzip() ? " once decompressed" : "") + "), not JSON Lines");
        }
        if (lines.overlong()) {
          return Item.failed(where, "record longer than " + (Compressed.MAX_DOCUMENT >> 20) + " MB: skipped");
        }
        if (!blank(line)) {
          return new JsonLineItem(where, line, fields);
        }
      }
    } catch (IOException ex) {
      done = true;
      return Item.failed(new Location(name, lines.number() + 1), Compressed.reason(ex, open.gzip())
          + "; the rest of the file is not read");
    }
    done = true;
    return null;
  }

  /** File bytes consumed so far (compressed bytes for gzip). */
  long position() {
    return open.position();
  }

  @Override
  public void close() throws IOException {
    open.close();
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
