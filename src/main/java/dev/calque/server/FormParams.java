package dev.calque.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a LanguageTool-style request: the URL query and a form-encoded body, read as a
 * form whatever the Content-Type says (LTeX sends {@code application/json} on a form body), a
 * parameter in the query winning over the body as in LanguageTool. Strict where the JDK's
 * URLDecoder is lenient: bytes that are not UTF-8 and broken percent escapes are a 400 naming the
 * parameter, not text silently patched with U+FFFD. Bounded: the body is read up to a cap (413
 * past it), and every parameter but the text itself has a length limit.
 */
final class FormParams {
  /** Parameters carrying the document; the body cap bounds them. */
  private static final java.util.Set<String> DOCUMENT = java.util.Set.of("text", "data", "srctext");
  /** Longest value of any other parameter (long lists of disabled rules fit many times over). */
  static final int MAX_VALUE = 64 * 1024;
  static final int MAX_PARAMETERS = 256;
  /** How much of an over-long body is read and thrown away before answering 413. */
  static final long DRAIN_LIMIT = 8L << 20;

  private FormParams() {
  }

  /**
   * Reads a body of at most maxBytes, failing with 413 as soon as it is longer, so a huge upload
   * is never held in memory.
   */
  static byte[] readBody(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0;) {
      total += n;
      if (total > maxBytes) {
        // Read on, discarding, so a client still sending its body reads the 413 instead of a reset
        // connection (seen under load); past DRAIN_LIMIT the connection is simply dropped.
        for (long drained = 0; drained < DRAIN_LIMIT && (n = in.read(buf)) > 0;) {
          drained += n;
        }
        throw ApiError.tooLarge("the request body is larger than this server's limit of " + maxBytes
            + " bytes (see --max-text-length)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The parameters of the body and then the query (so the query wins), in order of first appearance. */
  static Map<String, String> parse(byte[] body, String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body != null && body.length > 0) {
      parseInto(params, body);
    }
    if (rawQuery != null && !rawQuery.isEmpty()) {
      parseInto(params, rawQuery.getBytes(StandardCharsets.UTF_8));
    }
    return params;
  }

  private static void parseInto(Map<String, String> params, byte[] b) {
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '&') {
        if (i > start) {
          pair(params, b, start, i);
        }
        start = i + 1;
      }
    }
  }

  private static void pair(Map<String, String> params, byte[] b, int from, int to) {
    int eq = from;
    while (eq < to && b[eq] != '=') {
      eq++;
    }
    String key = decode(b, from, eq, "a parameter name");
    String value = eq < to ? decode(b, eq + 1, to, "parameter '" + shown(key) + "'") : "";
    if (key.isEmpty()) {
      return;
    }
    if (!DOCUMENT.contains(key) && value.length() > MAX_VALUE) {
      throw ApiError.badRequest("parameter '" + shown(key) + "' is too long (" + value.length()
          + " characters; at most " + MAX_VALUE + ")");
    }
    if (key.length() > 100) {
      throw ApiError.badRequest("a parameter name is too long (" + key.length() + " characters)");
    }
    if (!params.containsKey(key) && params.size() >= MAX_PARAMETERS) {
      throw ApiError.badRequest("too many parameters (at most " + MAX_PARAMETERS + ")");
    }
    params.put(key, value);
  }

  /** Percent-decodes b[from, to) ('+' is a space) and decodes the bytes as strict UTF-8. */
  private static String decode(byte[] b, int from, int to, String what) {
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '+') {
        out[n++] = ' ';
      } else if (c == '%') {
        int hi = i + 2 < to ? Character.digit(b[i + 1], 16) : -1;
        int lo = hi >= 0 ? Character.digit(b[i + 2], 16) : -1;
        if (lo < 0) {
          throw ApiError.badRequest(what + " has a broken percent escape at byte " + (i - from)
              + " (expected %XX with two hexadecimal digits)");
        }
        out[n++] = (byte) (hi << 4 | lo);
        i += 2;
      } else {
        out[n++] = c;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out, 0, n)).toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest(what + " is not valid UTF-8 once percent-decoded; send UTF-8");
    }
  }

  /** A client-supplied name as it may appear in a one-line reason: short, printable. */
  static String shown(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
