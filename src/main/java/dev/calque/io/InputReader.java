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
import dev.calque.analysis.TextChars;

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

  /**
   * "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 (a byte-order mark, or mostly NUL
   * bytes on one side of each pair, as ASCII text in UTF-16 has), else null.
   */
  static String utf16(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16LE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16BE";
    }
    int pairs = Math.min(b.length / 2, 512);
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += b[2 * i] == 0 ? 1 : 0;
      oddNul += b[2 * i + 1] == 0 ? 1 : 0;
    }
    if (pairs >= 2 && oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs) {
      return "UTF-16LE";
    }
    if (pairs >= 2 && evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs) {
      return "UTF-16BE";
    }
    return null;
  }

  public static String decode(String label, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(label + ": is empty, nothing to check");
    }
    String utf16 = utf16(bytes);
    if (utf16 != null) {
      throw new InputException(label + ": looks like " + utf16 + ", not UTF-8; convert it first, e.g. iconv -f "
          + utf16 + " -t utf-8");
    }
    // The whole input is scanned: a NUL anywhere means binary data (or a text with a binary tail),
    // and checking it as text would report garbage.
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(label + ": looks binary (NUL byte at offset " + i + "), not text");
      }
    }
    // Validated strictly in small pieces, then decoded in one go: no char buffer of the whole input
    // beside the bytes and the string (a 20 MB file would hold 40 MB more at once).
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 1 << 16));
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        int at = in.position();
        throw new InputException(String.format("%s: not valid UTF-8 (byte 0x%02X at offset %d); convert it first, "
            + "e.g. iconv -f windows-1252 -t utf-8", label, bytes[at] & 0xFF, at));
      }
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    dec.flush(out);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.chars().allMatch(c -> TextChars.isBlank((char) c))) {
      throw new InputException(label + ": holds only white space or invisible characters, nothing to check");
    }
    return text;
  }

}
