package dev.calque.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;

/** A disk that fills up after a number of bytes, all files together: the write that crosses it is cut short and fails. */
final class QuotaDisk implements Disk {
  private long left;

  QuotaDisk(long bytes) {
    this.left = bytes;
  }

  @Override
  public SeekableByteChannel open(Path path) throws IOException {
    SeekableByteChannel real = Disk.REAL.open(path);
    return new SeekableByteChannel() {
      @Override
      public int write(ByteBuffer src) throws IOException {
        if (left <= 0) {
          throw new IOException("No space left on device");
        }
        if (src.remaining() > left) {
          ByteBuffer part = src.slice();
          part.limit((int) left);
          int n = real.write(part);
          src.position(src.position() + n);
          left -= n;
          return n;
        }
        int n = real.write(src);
        left -= n;
        return n;
      }

      @Override
      public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
      }

      @Override
      public long position() throws IOException {
        return real.position();
      }

      @Override
      public SeekableByteChannel position(long p) throws IOException {
        real.position(p);
        return this;
      }

      @Override
      public long size() throws IOException {
        return real.size();
      }

      @Override
      public SeekableByteChannel truncate(long size) throws IOException {
        real.truncate(size);
        return this;
      }

      @Override
      public boolean isOpen() {
        return real.isOpen();
      }

      @Override
      public void close() throws IOException {
        real.close();
      }
    };
  }
}
