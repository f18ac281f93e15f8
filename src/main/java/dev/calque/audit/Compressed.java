package dev.calque.audit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import dev.calque.io.InputException;

/**
 * Opens input files, decompressing gzip when the first bytes say so (whatever the name says: a
 * ".jsonl" that is really gzip is read, a ".gz" that is not is read as it is), and counting the file
 * bytes consumed so the progress bar can tell how far the archive is read.
 */
final class Compressed implements AutoCloseable {
  /** The largest document (or JSON line) read: memory stays bounded whatever the archive holds. */
  static final int MAX_DOCUMENT = 32 << 20;

  private final FileChannel channel;
  private final InputStream in;
  private final boolean gzip;

  private Compressed(FileChannel channel, InputStream in, boolean gzip) {
    this.channel = channel;
    this.in = in;
    this.gzip = gzip;
  }

  static Compressed open(Path path) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
    try {
      return open(ch, Channels.newInputStream(ch));
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** A stream opened elsewhere (a Hadoop file system's), decompressed when it is gzip; it reports no position. */
  static Compressed open(InputStream in) throws IOException {
    return open(null, in);
  }

  private static Compressed open(FileChannel ch, InputStream in) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(in, 1 << 16);
    raw.mark(2);
    boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    // No buffer over the gzip stream: a read there that meets a broken stream would lose the data before
    // the break, which the line reader keeps.
    return new Compressed(ch, gz ? new GZIPInputStream(raw, 1 << 16) : raw, gz);
  }

  InputStream stream() {
    return in;
  }

  boolean gzip() {
    return gzip;
  }

  /** File bytes consumed so far (compressed bytes for gzip). */
  long position() {
    if (channel == null) {
      return 0;
    }
    try {
      return channel.position();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
    if (channel != null) {
      channel.close();
    }
  }

  /** A whole file's (decompressed) bytes; a file too large or unreadable throws with a one-line reason. */
  static byte[] readAll(Path path) throws InputException {
    try (Compressed c = open(path)) {
      return c.readAll();
    } catch (IOException e) {
      throw new InputException(reason(e, false));
    }
  }

  /** The rest of this stream (decompressed) as one document, with readAll(Path)'s limit and reasons. */
  byte[] readAll() throws InputException {
    try {
      byte[] b = in.readNBytes(MAX_DOCUMENT + 1);
      if (b.length > MAX_DOCUMENT) {
        throw new InputException("larger than " + (MAX_DOCUMENT >> 20) + " MB" + (gzip ? " once decompressed" : "")
            + ": not read as one document");
      }
      return b;
    } catch (IOException e) {
      throw new InputException(reason(e, gzip));
    }
  }

  /** One line for a read error, saying whether the compressed data was at fault. */
  static String reason(IOException e, boolean gzip) {
    if (e instanceof NoSuchFileException) {
      return "cannot be read: no such file (a dangling link?)";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (gzip && (e instanceof EOFException || e instanceof ZipException)) {
      return "broken gzip data (" + (e instanceof EOFException ? "truncated" : e.getMessage()) + ")";
    }
    return "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
