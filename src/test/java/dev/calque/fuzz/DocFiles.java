package dev.calque.fuzz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Input files for the command line: UTF-8 text, invalid bytes, or a file that is not there. */
final class DocFiles {
  /** One command-line input; bytes == null means the file does not exist. */
  record Input(byte[] bytes) {
    static Input text(String s) {
      return new Input(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The text as calque should decode it, or null when the bytes are not UTF-8 (or absent). */
    String text() {
      return bytes == null ? null : strictUtf8(bytes);
    }

    /** What the reader must refuse: missing, not UTF-8, empty, blank, or with a NUL anywhere. */
    boolean unreadable() {
      String t = text();
      if (t == null || blank(t)) {
        return true;
      }
      for (int i = 0; i < Math.min(8192, bytes.length); i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
      return false;
    }

    /** What the reader must accept: real text without NUL (NUL after 8 KB is property 5's business). */
    boolean readable() {
      String t = text();
      return t != null && !blank(t) && t.indexOf('\0') < 0;
    }

    String show() {
      if (bytes == null) {
        return "(a file that does not exist)";
      }
      String t = text();
      return t != null ? Show.java(t) : Show.bytes(bytes) + " (not UTF-8)";
    }
  }

  private DocFiles() {
  }

  /** One to max inputs, mostly text from the generator, some unreadable on purpose. */
  static Fuzz.Gen<List<Input>> inputs(int max, Fuzz.Gen<String> text) {
    return r -> {
      List<Input> l = new ArrayList<>();
      for (int i = 1 + r.nextInt(max); i > 0; i--) {
        int k = r.nextInt(100);
        l.add(k < 88 ? Input.text(text.next(r))
            : k < 93 ? new Input(invalidUtf8(r, text.next(r)))
            : k < 96 ? new Input(null)
            : Input.text(r.nextBoolean() ? "" : " \n\t\r\n "));
      }
      return l;
    };
  }

  /**
   * Valid text with one to three corruptions: stray continuation bytes, overlong forms, encoded
   * surrogates, code points past U+10FFFF, bytes that never occur in UTF-8, Latin-1 text, a cut
   * sequence at the end.
   */
  static byte[] invalidUtf8(Random r, String text) {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F},
        "caf\u00e9 con le\u00f1a".getBytes(StandardCharsets.ISO_8859_1), {(byte) 0xC3}};
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    do {
      for (int n = 1 + r.nextInt(3); n > 0; n--) {
        byte[] piece = bad[r.nextInt(bad.length)];
        int at = r.nextInt(b.length + 1);
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        b = c;
      }
    } while (strictUtf8(b) != null);
    return b;
  }

  static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static Stream<List<Input>> shrink(List<Input> l) {
    return Texts.shrinkList(l, DocFiles::shrink);
  }

  static Stream<Input> shrink(Input in) {
    if (in.bytes() == null) {
      return Stream.empty();
    }
    String t = in.text();
    return t != null ? Texts.shrink(t, true).map(Input::text) : shrinkBytes(in.bytes()).map(Input::new);
  }

  static Stream<byte[]> shrinkBytes(byte[] b) {
    int n = b.length;
    if (n == 0) {
      return Stream.empty();
    }
    return IntStream.iterate(Integer.highestOneBit(n), c -> c >= 1, c -> c / 2).boxed()
        .flatMap(c -> IntStream.iterate(0, st -> st < n, st -> st + c).mapToObj(st -> {
          int to = Math.min(n, st + c);
          byte[] out = new byte[n - (to - st)];
          System.arraycopy(b, 0, out, 0, st);
          System.arraycopy(b, to, out, st, n - to);
          return out;
        }));
  }

  static String show(List<Input> l) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < l.size(); i++) {
      b.append("\n  file ").append(i + 1).append(": ").append(l.get(i).show());
    }
    return b.toString();
  }

  /** Writes the inputs as f1.txt, f2.txt ... in a fresh folder and returns their paths (missing ones too). */
  static List<String> write(Path dir, List<Input> inputs) throws IOException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Path p = dir.resolve("f" + (i + 1) + ".txt");
      if (inputs.get(i).bytes() != null) {
        Files.write(p, inputs.get(i).bytes());
      }
      paths.add(p.toString());
    }
    return paths;
  }

  static Path tempDir() throws IOException {
    return Files.createTempDirectory("calque-fuzz-");
  }

  static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }

  /** As the reader sees it: only white space, controls and invisible format characters. */
  static boolean blank(String t) {
    return t.chars().allMatch(c -> dev.calque.analysis.TextChars.isBlank((char) c));
  }
}
