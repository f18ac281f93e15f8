package dev.calque.rule.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a rule file strictly as UTF-8. A Latin-1 file decoded leniently would turn "é" into
 * U+FFFD and its rules would silently match nothing, so invalid bytes are an error naming the offset.
 */
final class RuleText {
  private RuleText() {
  }

  static String decode(String file, byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new RuleFileException(String.format("%s: not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
          file, bytes[at] & 0xFF, at));
    }
    out.flip();
    String text = out.toString();
    // Editors on Windows write a byte-order mark; it is not part of the YAML.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
