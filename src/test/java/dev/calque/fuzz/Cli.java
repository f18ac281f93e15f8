package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import dev.calque.cli.Main;

/** Runs the command line in-process and checks what it printed against the documented contract. */
final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** What the properties actually verified, to show a passing run was not vacuous. */
  static final AtomicLong DOCUMENTS = new AtomicLong();
  static final AtomicLong FINDINGS = new AtomicLong();

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + ", stderr: " + clip(err) + ", stdout: " + clip(out);
    }
  }

  private Cli() {
  }

  static Result run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Each stderr line must be "calque: PATH: ..." for one of the inputs; anything else is a crash
   * that escaped to the generic handler. Returns the paths so reported, once each.
   */
  static Set<String> reportedPaths(Result r, List<String> paths) {
    Set<String> named = new HashSet<>();
    for (String line : r.err().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String path = paths.stream().filter(p -> line.startsWith("calque: " + p + ": ")).findFirst().orElse(null);
      check(path != null, "crash: " + normalise(line), "a stderr line names no input; " + r);
      check(named.add(path), "two stderr lines for one input", r.toString());
    }
    return named;
  }

  /** The whole contract of `check --format json` over these inputs. */
  static void verifyCheck(List<DocFiles.Input> inputs, List<String> paths, Result r) {
    check(r.code() >= 0 && r.code() <= 2, "exit code not 0, 1 or 2", r.toString());
    Set<String> unreadable = reportedPaths(r, paths);
    JsonNode root = parse(r);
    List<String> expected = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      DocFiles.Input in = inputs.get(i);
      String p = paths.get(i);
      check(!in.unreadable() || unreadable.contains(p), "unreadable input not reported",
          "file " + (i + 1) + " should be refused; " + r);
      check(!in.readable() || !unreadable.contains(p), "readable input refused", "file " + (i + 1) + "; " + r);
      if (!unreadable.contains(p)) {
        expected.add(p);
        texts.put(p, in.text());
      }
    }
    List<String> documents = new ArrayList<>();
    root.path("documents").forEach(d -> documents.add(d.path("path").asText()));
    check(documents.equals(expected), "an input is neither in documents nor on stderr",
        "documents " + documents + ", expected " + expected + "; " + r);
    boolean anyFinding = false;
    for (JsonNode d : root.path("documents")) {
      DOCUMENTS.incrementAndGet();
      String text = texts.get(d.path("path").asText());
      check(d.path("words").canConvertToInt() && d.path("words").asInt() >= 0, "bad words count", d.toString());
      check(d.path("mqmScore").isNumber() && d.path("mqmScore").asDouble() >= 0, "bad mqmScore", d.toString());
      verifyFindings(text, d.path("findings"));
      anyFinding |= d.path("findings").size() > 0;
    }
    check(r.code() == 2 == !unreadable.isEmpty(), "exit code",
        "2 must mean an unreadable input and nothing else; " + r);
    check(r.code() == 2 || r.code() == 1 == anyFinding, "exit code",
        "with --fail-on minor, 1 must mean a finding is shown; " + r);
  }

  static JsonNode parse(Result r) {
    try {
      JsonNode root = JSON.readTree(r.out());
      check(root != null && root.isObject() && root.path("documents").isArray(), "invalid JSON",
          "no report object; " + r);
      return root;
    } catch (JsonProcessingException e) {
      throw new AssertionError("[invalid JSON] " + e.getOriginalMessage() + "; " + r);
    }
  }

  /** Offsets are UTF-16 indices into the decoded text; docs/json-format.md. */
  static void verifyFindings(String text, JsonNode findings) {
    int last = -1;
    for (JsonNode f : findings) {
      int start = f.path("start").asInt(-1);
      int end = f.path("end").asInt(-1);
      String who = f.path("engine").asText() + " " + f.path("rule").asText();
      verifySpan(text, start, end, who, f.toString());
      check(start >= last, "findings not sorted by start", f.toString());
      last = start;
      check(f.path("text").asText().equals(text.substring(start, end)), "finding text is not the span",
          f.toString());
      int column = start - lineStart(text, start) + 1;
      check(f.path("line").asInt() == line(text, start) && f.path("column").asInt() == column,
          "line/column disagree with start", "expected line " + line(text, start) + ", column " + column + "; " + f);
      double c = f.path("confidence").asDouble(-1);
      check(f.path("confidence").isNumber() && c > 0 && c <= 1, "confidence out of (0,1]", f.toString());
      for (JsonNode s : f.path("suggestions")) {
        double sc = s.path("confidence").asDouble(-1);
        check(s.path("replacement").isTextual() && sc >= 0 && sc <= 1, "bad suggestion", f.toString());
      }
    }
  }

  /** 0 <= start <= end <= length, and neither end between the halves of a surrogate pair. */
  static void verifySpan(String text, int start, int end, String who, String detail) {
    FINDINGS.incrementAndGet();
    check(0 <= start && start <= end && end <= text.length(), "offsets out of range: " + who,
        "text length " + text.length() + "; " + detail);
    check(!Texts.splitsPair(text, start) && !Texts.splitsPair(text, end), "offset splits a surrogate pair: " + who,
        "start " + start + ", end " + end + "; " + detail);
  }

  /** 1-based line as the contract defines it: "\r\n", "\n" and a lone "\r" end lines. */
  static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  static int lineStart(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Runs a property and then says how many documents and findings it verified. */
  static void counted(String name, Runnable property) {
    DOCUMENTS.set(0);
    FINDINGS.set(0);
    try {
      property.run();
    } finally {
      System.out.printf("[fuzz] %s: verified %d documents and %d findings%n", name, DOCUMENTS.get(), FINDINGS.get());
    }
  }

  /** A crash message with numbers masked, so shrinking keeps to one crash whatever the indices. */
  static String normalise(String line) {
    String s = line.replaceFirst("^calque: ", "").replaceAll("\\d+", "#");
    return s.length() > 90 ? s.substring(0, 90) : s;
  }

  static String clip(String s) {
    return Show.java(s.length() > 600 ? s.substring(0, 600) + "..." : s);
  }
}
