package dev.calque.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream as lines of bytes (LF or CRLF), each decoded by the caller, so one line of invalid
 * UTF-8 costs only that line. A line longer than the limit is skipped to its end and reported by
 * {@link #overlong()}, so memory stays bounded.
 */
final class LineReader {
  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] line = new byte[8192];
  private long number;
  private boolean overlong;
  private long binaryAt = -1;
  private boolean first = true;

  LineReader(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  byte[] next() throws IOException {
    int len = 0;
    overlong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(chunk);
        pos = 0;
        if (end <= 0) {
          end = 0;
          break;
        }
        if (first) {
          first = false;
          for (int i = 0; i < Math.min(end, 8192); i++) {
            if (chunk[i] == 0) {
              binaryAt = i;
              break;
            }
          }
        }
      }
      any = true;
      int nl = pos;
      while (nl < end && chunk[nl] != '\n') {
        nl++;
      }
      int take = Math.min(nl - pos, max - len);
      if (take < nl - pos) {
        overlong = true;
      }
      if (take > 0) {
        if (len + take > line.length) {
          line = Arrays.copyOf(line, Math.min(max, Math.max(len + take, line.length * 2)));
        }
        System.arraycopy(chunk, pos, line, len, take);
        len += take;
      }
      boolean found = nl < end;
      pos = found ? nl + 1 : end;
      if (found) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    byte[] out = Arrays.copyOf(line, len);
    if (line.length > 1 << 20) {
      line = new byte[8192]; // one huge record must not pin its buffer for the rest of the file
    }
    return out;
  }

  /** Offset of a NUL byte in the first few kilobytes, a sign of binary data, or -1. */
  long binaryAt() {
    return binaryAt;
  }

  /** 1-based number of the line last returned. */
  long number() {
    return number;
  }

  /** Whether the line last returned was longer than the limit (its content is not to be used). */
  boolean overlong() {
    return overlong;
  }
}
