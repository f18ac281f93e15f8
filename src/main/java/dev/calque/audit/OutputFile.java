package dev.calque.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * An append-only output of the audit that knows its size, so a checkpoint can record how much of it
 * is consistent and a resumed run can cut it back to exactly that.
 */
final class OutputFile implements Closeable {
  private final SeekableByteChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
  private long size;

  /** The file cut back to {@code keep} bytes (0 for a new audit), positioned at its end. */
  OutputFile(SeekableByteChannel channel, long keep) throws IOException {
    this.channel = channel;
    if (channel.size() < keep) {
      throw new IOException("holds " + channel.size() + " bytes, fewer than the " + keep + " the checkpoint recorded");
    }
    channel.truncate(keep);
    channel.position(keep);
    this.size = keep;
  }

  void write(byte[] bytes) throws IOException {
    int off = 0;
    while (off < bytes.length) {
      if (!buffer.hasRemaining()) {
        drain();
      }
      int n = Math.min(buffer.remaining(), bytes.length - off);
      buffer.put(bytes, off, n);
      off += n;
    }
    size += bytes.length;
  }

  /** Bytes written, buffered ones included. */
  long size() {
    return size;
  }

  /** Everything written so far on the disk (not only in the page cache). */
  void sync() throws IOException {
    drain();
    if (channel instanceof FileChannel fc) {
      fc.force(false);
    }
  }

  private void drain() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
