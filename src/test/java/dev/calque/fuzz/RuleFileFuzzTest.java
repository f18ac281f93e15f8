package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property 6: a mutated rule file given with --rules either loads (exit 0 or 1, a valid report) or
 * is refused with exit 2 and one line "calque: rule file error: ..." naming the file: never a crash
 * surfacing as another message, never a stack trace or an exception's name.
 */
class RuleFileFuzzTest {
  /** A valid file with one rule of each kind, and defaults, for the mutations to break. */
  static final String BASE = """
      # Rules the fuzzer mutates.
      defaults:
        category: fluency/grammar
        severity: minor
        prior: 0.6
      rules:
        - id: fuzz.pattern.colour
          kind: pattern
          pattern: "\\\\b(?<span>colour)\\\\b"
          replace: ["color"]
          case-sensitive: false
          message: "'{match}' is British spelling; the house style is US."
          examples:
            fire:
              - text: "A [[colour]] photo."
                correction: "color"
            clean:
              - "A color photo."
        - id: fuzz.lexicon.squire
          kind: lexicon
          category: accuracy/mistranslation
          severity: major
          prior: 0.8
          origin: escuderos
          pos: noun
          match: [squire]
          suggest: [henchman]
          context:
            not-near: [knight, castle]
            boost-near: [loyal]
            window: 6
          message: "'{match}' renders '{origin}' literally; English says '{suggestion}'."
          examples:
            fire:
              - text: "He is one of Putin's loyal [[squires]]."
                correction: "henchmen"
            clean:
              - "The knight rode in with two squires."
        - id: fuzz.line.trailer
          kind: line
          category: accuracy/addition
          line: "read more:.*"
          position: last
          within: 2
          max-words: 10
          default: on
          message: "'{match}' is a link line of the web page."
          examples:
            fire: ["The talks ended.\\n[[Read more: the talks]] => "]
            clean: ["Read more books, the minister said."]
        - id: fuzz.java.repeat
          kind: java
          family: word-repetition
          severity: major
          prior: 0.9
          message: "'{match}' repeats a word."
          description: >
            Doubled words.
          params:
            allow: ["had had"]
          examples:
            fire: ["for the sake [[of of]] it => of"]
            clean: ["She had had enough."]
      """;

  /** The bundled rules would win overlaps with the fuzzed ones (same spans): switch them off. */
  static final String BUNDLED = "common.,en.,es-en.";

  static final String DOC = "A colour photo of Putin's loyal squires, for the sake of of it.\nRead more: the photo\n";

  private static final String[] VALUES = {"[]", "{}", "[1, 2]", "{a: b}", "123", "-1", "0", "1e400", ".nan", ".inf",
      "-.inf", "true", "null", "~", "\"\"", "\"   \"", "'unterminated", "\"\\0\"", "&a x", "*a", "*nope",
      "!!binary AAAA", "!!float x", "!!map {}", "|", ">-", "\"" + "x".repeat(5000) + "\"", "\"((\"", "\"[[x]]\"",
      "\"(?<span>)\"", "\"(?<other>x)\"", "\"$9\"", "[\"${nope}\"]", "\"{match}{suggestion}{origin}{copies}\"",
      "[~]", "[[a]]", "{fire: ~}", "{fire: [], clean: []}", "{fire: [x], clean: [y]}", "[\"no arrow\"]",
      "[\"[[unclosed => x\"]", "2147483648", "-2147483649", "0x10", "on", "off", "yes", "no", "\u00e9t\u00e9",
      "\"\\uD800\"", "\"\\u202E\"", "\"\uFEFF\"", "common", "es-en.x", "Fuzz.Upper.Case"};
  private static final String[] KEYS = {"bogus", "id", "kind", "rules", "defaults", "examples", "fire", "clean",
      "params", "context", "match", "pattern", "family", "max-length", "min-words", "allow", "prior", "<<",
      "source-language", "window", "within", "position"};

  /** The mutations start from a file that loads and whose four rules all fire on DOC. */
  @Test
  void baseRuleFileLoadsAndFires() throws Exception {
    Path dir = DocFiles.tempDir();
    try {
      Path rules = Files.createDirectories(dir.resolve("myrules"));
      Files.writeString(rules.resolve("fuzz.yaml"), BASE);
      Path doc = Files.writeString(dir.resolve("doc.txt"), DOC);
      Cli.Result r = Cli.run(List.of("check", "--no-grammar", "--format", "json", "--disable", BUNDLED,
          "--rules", rules.toString(), doc.toString()));
      check(r.code() == 1 && r.err().isEmpty(), "base rule file does not load", r.toString());
      for (String id : List.of("fuzz.pattern.colour", "fuzz.lexicon.squire", "fuzz.line.trailer", "fuzz.java.repeat")) {
        check(r.out().contains("\"" + id), "base rule does not fire", id + "; " + r);
      }
    } finally {
      DocFiles.delete(dir);
    }
  }

  @Test
  void mutatedRuleFilesLoadOrAreRefusedWithOneLine() {
    Fuzz.forAll(Fuzz.spec("rule-file-mutations", 200, RuleFileFuzzTest::mutant,
        b -> Stream.concat(dropLines(b), DocFiles.shrinkBytes(b)), Show::bytes).shrinkFor(20_000),
        RuleFileFuzzTest::load);
  }

  static void load(byte[] yaml) throws Exception {
    Path dir = DocFiles.tempDir();
    try {
      Path rules = Files.createDirectories(dir.resolve("myrules"));
      Files.write(rules.resolve("fuzz.yaml"), yaml);
      Path doc = Files.writeString(dir.resolve("doc.txt"), DOC);
      Cli.Result r = Cli.run(List.of("check", "--no-grammar", "--format", "json", "--disable", BUNDLED,
          "--rules", rules.toString(), doc.toString()));
      check(!r.err().matches("(?s).*(Exception|\tat |Caused by|NullPointer).*"), "exception text on stderr",
          r.toString());
      if (r.code() == 2) {
        check(r.err().startsWith("calque: rule file error: "), "crash: " + Cli.normalise(r.err().strip()),
            r.toString());
        check(r.err().strip().split("\n").length == 1, "rule file error not one line", r.toString());
        check(r.err().contains("fuzz.yaml"), "rule file error does not name the file", r.toString());
        check(r.out().isEmpty(), "report printed although the rules were refused", r.toString());
      } else {
        check(r.code() == 0 || r.code() == 1, "exit code not 0, 1 or 2", r.toString());
        check(r.err().isEmpty(), "stderr output on success", r.toString());
        Cli.verifyCheck(List.of(DocFiles.Input.text(DOC)), List.of(doc.toString()), r);
      }
    } finally {
      DocFiles.delete(dir);
    }
  }

  /** One to three mutations of BASE; the last step may work on bytes (random or Latin-1 bytes). */
  static byte[] mutant(Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(BASE.split("\n", -1)));
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      int i = r.nextInt(lines.size());
      String l = lines.get(i);
      String indent = l.substring(0, l.length() - l.stripLeading().length());
      int colon = l.indexOf(": ");
      switch (r.nextInt(13)) {
        case 0 -> lines.remove(i); // drop a key (or a list item, or a line of a block)
        case 1 -> lines.set(i, colon > 0 ? l.substring(0, colon + 2) + Texts.pick(r, VALUES) : l); // wrong type
        case 2 -> lines.set(i, colon > 0 ? l.substring(0, colon + 1) : l + ":"); // empty value
        case 3 -> lines.add(i, indent + Texts.pick(r, KEYS) + ": " + Texts.pick(r, VALUES)); // unknown or twice
        case 4 -> lines.set(i, " ".repeat(1 + r.nextInt(3)) + l); // broken indentation
        case 5 -> lines.set(i, l.stripLeading().isEmpty() ? l : "\t" + l.stripLeading());
        case 6 -> lines.set(i, l.replaceFirst(": ", ": &anchor ")); // anchors and aliases
        case 7 -> lines.add(i, indent + (r.nextBoolean() ? "<<: *anchor" : "x: *anchor"));
        case 8 -> lines.add(i, lines.get(r.nextInt(lines.size()))); // a line twice (duplicate ids, keys)
        case 9 -> lines.subList(Math.max(1, i), lines.size()).clear(); // truncated file
        case 10 -> lines.add(i, r.nextBoolean() ? "---" : "--- !!map"); // multi-document
        case 11 -> lines.set(i, colon > 0 ? l.substring(0, colon + 2) + (r.nextBoolean() ? "~" : "null") : l);
        default -> lines.set(i, l.replace('"', '\''));
      }
    }
    String text = String.join(r.nextInt(8) == 0 ? "\r\n" : "\n", lines);
    byte[] b = ((r.nextInt(10) == 0 ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    return switch (r.nextInt(6)) {
      case 0 -> splice(b, r, randomBytes(r));
      case 1 -> splice(b, r, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)); // Latin-1, not UTF-8
      default -> b;
    };
  }

  private static byte[] randomBytes(Random r) {
    byte[] b = new byte[1 + r.nextInt(8)];
    r.nextBytes(b);
    return b;
  }

  private static byte[] splice(byte[] b, Random r, byte[] piece) {
    int at = r.nextInt(b.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.writeBytes(piece);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  /** Whole lines first: a rule file shrinks much faster line by line than byte by byte. */
  private static Stream<byte[]> dropLines(byte[] b) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    List<String> lines = Arrays.asList(s.split("\n", -1));
    return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
      List<String> l = new ArrayList<>(lines);
      l.remove(i);
      return String.join("\n", l).getBytes(StandardCharsets.ISO_8859_1);
    });
  }
}
