package dev.calque.fuzz;

import static dev.calque.fuzz.Fuzz.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property 3: `fix` never crashes, exits 0 (2 only for an unreadable input), changes nothing at
 * --threshold 1 (confidences stay below 1), keeps every non-blank line no finding touches, and its
 * --diff is a well-formed unified diff that turns the input into exactly what `fix` prints.
 */
class FixFuzzTest {
  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

  @Test
  void fixChangesOnlyWhatFindingsCoverAndItsDiffAgrees() {
    Cli.counted("fix-and-diff", () -> Fuzz.forAll(Fuzz.spec("fix-and-diff", 70,
        DocFiles.inputs(1, Texts.document(false, 5000, 0.02)), DocFiles::shrink, DocFiles::show),
        FixFuzzTest::fix));
  }

  static void fix(List<DocFiles.Input> files) throws Exception {
    Path dir = DocFiles.tempDir();
    try {
      List<String> paths = DocFiles.write(dir, files);
      String path = paths.get(0);
      DocFiles.Input in = files.get(0);

      Cli.Result same = run(path, "--threshold", "1");
      if (!ok(in, paths, same)) {
        return;
      }
      String text = in.text();
      check(same.out().equals(text), "fix --threshold 1 changed the text", "output " + Cli.clip(same.out()));

      Cli.Result findings = Cli.run(List.of("check", "--no-grammar", "--format", "json", "--min-confidence", "0",
          path));
      Cli.verifyCheck(files, paths, findings);
      Cli.Result fixed = run(path);
      ok(in, paths, fixed);
      keepsUntouchedLines(text, Cli.parse(findings).path("documents").get(0).path("findings"), fixed.out());

      Cli.Result diff = run(path, "--diff");
      ok(in, paths, diff);
      if (diff.out().isEmpty()) {
        check(fixed.out().equals(text), "empty diff but fix changed the text", fixed.toString());
      } else {
        check(apply(path, text, diff.out()).equals(lines(fixed.out())), "diff does not turn the input into the fix",
            "diff " + Cli.clip(diff.out()) + "; fix " + Cli.clip(fixed.out()));
      }
    } finally {
      DocFiles.delete(dir);
    }
  }

  private static Cli.Result run(String path, String... options) {
    List<String> args = new ArrayList<>(List.of("fix", "--no-grammar"));
    args.addAll(List.of(options));
    args.add(path);
    return Cli.run(args);
  }

  /** Exit 0 with a "calque: PATH: n fixes applied" line, or 2 and one line for an unreadable input. */
  private static boolean ok(DocFiles.Input in, List<String> paths, Cli.Result r) {
    Set<String> named = Cli.reportedPaths(r, paths);
    check(r.code() == 0 || r.code() == 2, "exit code not 0 or 2", r.toString());
    boolean refused = r.code() == 2;
    check(!refused || !in.readable(), "readable input refused", r.toString());
    check(refused || !in.unreadable(), "unreadable input not reported", r.toString());
    check(refused || r.err().matches("calque: .*: \\d+ fix(es)? applied\n"), "no 'fixes applied' line", r.toString());
    check(!refused || named.size() == 1 && r.out().isEmpty(), "unreadable input not reported", r.toString());
    return !refused;
  }

  /** A non-blank line (split at \n) that no finding touches, even at its ends, must survive in order. */
  private static void keepsUntouchedLines(String text, JsonNode findings, String out) {
    List<String> outLines = List.of(out.split("\n", -1));
    int pos = 0;
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      int lineEnd = lineStart + line.length();
      boolean touched = false;
      for (JsonNode f : findings) {
        touched |= f.path("start").asInt() <= lineEnd && f.path("end").asInt() >= lineStart;
      }
      if (!touched && !line.chars().allMatch(Character::isWhitespace)) {
        while (pos < outLines.size() && !outLines.get(pos).equals(line)) {
          pos++;
        }
        check(pos < outLines.size(), "fix changed a line no finding touches", "line " + Cli.clip(line));
        pos++;
      }
      lineStart = lineEnd + 1;
    }
  }

  /** Applies a unified diff to the text's lines (split as patch does, at \n; a CR stays in its line), checking each hunk. */
  private static List<String> apply(String label, String text, String diff) {
    List<String> old = lines(text);
    String[] d = diff.split("\n", -1);
    check(d.length >= 4 && d[0].equals("--- " + label) && d[1].equals("+++ " + label + " (fixed)"),
        "diff header malformed", Cli.clip(diff));
    List<String> out = new ArrayList<>();
    int copied = 0;
    int delta = 0;
    int i = 2;
    while (i < d.length - 1) {
      Matcher m = HUNK.matcher(d[i++]);
      check(m.matches(), "diff hunk header malformed", "line " + i + " of " + Cli.clip(diff));
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int c = Integer.parseInt(m.group(3));
      int n = Integer.parseInt(m.group(4));
      check(a - 1 >= copied && a - 1 + b <= old.size(), "diff hunk out of order or range", Cli.clip(diff));
      check(c == (n == 0 ? a + delta - 1 : a + delta), "diff new-file line number wrong", Cli.clip(diff));
      out.addAll(old.subList(copied, a - 1));
      for (int k = 0; k < b; k++, i++) {
        check(i < d.length && d[i].equals("-" + old.get(a - 1 + k)), "diff '-' line is not the input's line",
            "input line " + (a + k) + " is " + Cli.clip(old.get(a - 1 + k)) + "; diff " + Cli.clip(diff));
      }
      for (int k = 0; k < n; k++, i++) {
        check(i < d.length - 1 && d[i].startsWith("+"), "diff '+' lines missing", Cli.clip(diff));
        out.add(d[i].substring(1));
      }
      copied = a - 1 + b;
      delta += n - b;
    }
    check(d[d.length - 1].isEmpty(), "diff does not end with a line end", Cli.clip(diff));
    out.addAll(old.subList(copied, old.size()));
    return out;
  }

  /** Lines as UnifiedDiff and patch count them: split at \n, without the empty piece after a final line end. */
  private static List<String> lines(String s) {
    List<String> l = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    return l;
  }
}
