package dev.calque.analysis;

import java.util.Arrays;

/** Maps UTF-16 offsets to 1-based line and column; "\r\n", "\n" and "\r" end lines. */
public final class LineIndex {
  private final int[] lineStarts;

  public LineIndex(CharSequence text) {
    this(text, true);
  }

  /** Lines as diff and patch count them: only LF ends one (a lone CR is part of its line). */
  public static LineIndex ofNewlines(CharSequence text) {
    return new LineIndex(text, false);
  }

  private LineIndex(CharSequence text, boolean loneCr) {
    int[] starts = new int[64];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (loneCr && c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, n);
  }

  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
