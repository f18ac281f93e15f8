package dev.calque.fix;

import java.util.ArrayList;
import java.util.List;
import dev.calque.analysis.LineIndex;

/**
 * A unified diff of the edits a fix made, built from the edits themselves (not by comparing whole
 * texts), so it costs nothing on a 50 MB file with a handful of changes.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {
  }

  public static String diff(String label, String original, List<Fixer.Edit> edits) {
    if (edits.isEmpty()) {
      return "";
    }
    // Hunks number lines as patch does (LF only), and split them the same way below.
    LineIndex lines = LineIndex.ofNewlines(original);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(label).append('\n').append("+++ ").append(label).append(" (fixed)\n");
    int delta = 0;
    int i = 0;
    while (i < edits.size()) {
      int firstLine = lines.line(edits.get(i).start());
      int lastLine = lastLine(lines, original, edits.get(i));
      List<Fixer.Edit> group = new ArrayList<>();
      group.add(edits.get(i));
      i++;
      while (i < edits.size() && lines.line(edits.get(i).start()) <= lastLine) {
        lastLine = Math.max(lastLine, lastLine(lines, original, edits.get(i)));
        group.add(edits.get(i));
        i++;
      }
      int from = lines.lineStart(firstLine);
      int to = lastLine < lines.lineCount() ? lines.lineStart(lastLine + 1) : original.length();
      String oldText = original.substring(from, to);
      StringBuilder neu = new StringBuilder();
      int pos = from;
      for (Fixer.Edit e : group) {
        neu.append(original, pos, e.start()).append(e.replacement());
        pos = e.end();
      }
      neu.append(original, pos, to);
      List<String> oldLines = split(oldText);
      List<String> newLines = split(neu.toString());
      out.append(String.format("@@ -%d,%d +%d,%d @@\n", firstLine, oldLines.size(),
          newLines.isEmpty() ? firstLine + delta - 1 : firstLine + delta, newLines.size()));
      for (String l : oldLines) {
        out.append('-').append(l).append('\n');
      }
      for (String l : newLines) {
        out.append('+').append(l).append('\n');
      }
      delta += newLines.size() - oldLines.size();
    }
    return out.toString();
  }

  /** The line of the last character the edit removes (a removed line break belongs to its line). */
  private static int lastLine(LineIndex lines, String text, Fixer.Edit e) {
    return lines.line(e.end() > e.start() ? e.end() - 1 : e.start());
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
