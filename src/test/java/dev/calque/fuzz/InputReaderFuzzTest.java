package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/**
 * Property 5: the reader refuses every byte string that is not UTF-8 with an InputException naming
 * the input (never another exception), and takes valid UTF-8 unchanged unless it is empty, blank or
 * holds a NUL (binary, wherever the NUL is).
 */
class InputReaderFuzzTest {
  @Test
  void invalidUtf8IsRefusedNamingTheInput() {
    Fuzz.Gen<String> text = Texts.document(false, 3000, 0);
    Fuzz.forAll(Fuzz.spec("reader-invalid-utf8", 300, (Random r) -> DocFiles.invalidUtf8(r, text.next(r)),
        b -> DocFiles.shrinkBytes(b).filter(c -> DocFiles.strictUtf8(c) == null), Show::bytes),
        bytes -> {
          String message = refusal(bytes);
          check(message != null, "invalid UTF-8 accepted", "");
        });
  }

  @Test
  void validUtf8IsAcceptedUnlessEmptyBlankOrBinary() {
    Fuzz.Gen<String> text = Texts.document(false, 4000, 0);
    Fuzz.forAll(Fuzz.spec("reader-valid-utf8", 300, (Random r) -> {
      String t = text.next(r);
      if (r.nextInt(4) == 0) {
        t = t + "x".repeat(r.nextInt(12_000)); // past the first 8 KB, where the binary check stops looking
      }
      if (r.nextInt(3) == 0) {
        t = Texts.insert(t, r, "\0", false);
      }
      return t;
    }, s -> Texts.shrink(s, true), Show::java), t -> {
      String message = refusal(t.getBytes(StandardCharsets.UTF_8));
      boolean refuse = blank(t) || t.indexOf('\0') >= 0;
      check(refuse == (message != null), refuse ? "refusable input accepted" : "valid text refused",
          message == null ? "accepted" : message);
    });
  }

  /**
   * Reads the bytes from a file and from a stream; returns the refusal message (null when accepted,
   * after checking the text came back unchanged). Any exception but InputException fails.
   */
  private static String refusal(byte[] bytes) throws Exception {
    Path file = Files.createTempFile("calque-fuzz-", ".txt");
    try {
      Files.write(file, bytes);
      String expected = DocFiles.strictUtf8(bytes);
      String fromFile = read(file.toString(), expected, () -> InputReader.read(file.toString(), file));
      String fromStream = read("-", expected, () -> InputReader.read("-", new ByteArrayInputStream(bytes)));
      check((fromFile == null) == (fromStream == null), "file and stream disagree", fromFile + " / " + fromStream);
      return fromFile;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private interface Read {
    String read() throws InputException;
  }

  private static String read(String label, String expected, Read read) {
    String text;
    try {
      text = read.read();
    } catch (InputException e) {
      String m = e.getMessage();
      check(m != null && m.startsWith(label + ": ") && !m.contains("\n"), "refusal does not name the input",
          String.valueOf(m));
      return m;
    }
    check(expected != null, "invalid UTF-8 accepted", "read " + Cli.clip(text));
    check(text.equals(expected), "text changed on reading", "read " + Cli.clip(text));
    return null;
  }

  /** As the reader sees it: only white space, controls and invisible format characters. */
  static boolean blank(String t) {
    return t.chars().allMatch(c -> dev.calque.analysis.TextChars.isBlank((char) c));
  }
}
