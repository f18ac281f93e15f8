package dev.calque.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a document strictly as UTF-8. Binary data and invalid UTF-8 are refused with a message that
 * says where, rather than being checked as garbage or silently repaired. A leading byte-order mark
 * is kept in the text (offsets stay true to the bytes) and skipped by analysis as whitespace.
 */
public final class InputReader {
  private InputReader() {
  }

  public static String read(String label, Path path) throws InputException {
    if (!Files.exists(path)) {
      throw new InputException(label + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(label + ": is a directory (give the files inside it)");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(label + ": cannot be read (permission denied)");
    }
    try {
      return decode(label, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new InputException(label + ": no such file");
    } catch (OutOfMemoryError e) {
      throw new InputException(label + ": too large for the memory given to Java (raise -Xmx)");
    } catch (IOException e) {
      throw new InputException(label + ": cannot be read: " + e.getMessage());
    }
  }

  public static String read(String label, InputStream in) throws InputException {
    try {
      return decode(label, in.readAllBytes());
    } catch (IOException e) {
      throw new InputException(label + ": cannot be read: " + e.getMessage());
    }
  }

  static String decode(String label, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(label + ": is empty, nothing to check");
    }
    int scan = Math.min(bytes.length, 8192);
    for (int i = 0; i < scan; i++) {
      if (bytes[i] == 0) {
        throw new InputException(label + ": looks binary (NUL byte at offset " + i + "), not text");
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      throw new InputException(String.format("%s: not valid UTF-8 (byte 0x%02X at offset %d); convert it first, "
          + "e.g. iconv -f windows-1252 -t utf-8", label, bytes[at] & 0xFF, at));
    }
    dec.flush(out);
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      throw new InputException(label + ": holds only whitespace, nothing to check");
    }
    return text;
  }

}
