package dev.calque.bitext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a segment as rules see it: its text with inline codes masked, the codes themselves,
 * and where each character came from in the file, so findings can be shown at a file's line and
 * column and annotations written into the original.
 */
public final class SegmentText {
  /** Stands for a placeholder in the text: not a letter, digit or space, so no rule reads it as a word. */
  public static final char MASK = '\uFFFC';

  private final String text;
  private final List<InlineCode> codes;
  private final int[] rawStarts;
  private final int[] rawEnds;
  /** The XML element each character was read from (null for plain text): spans must not cross them. */
  private final Object[] owners;
  private final int contentStart;
  private final int contentEnd;

  private SegmentText(String text, List<InlineCode> codes, int[] rawStarts, int[] rawEnds, Object[] owners,
      int contentStart, int contentEnd) {
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.text = text;
    this.codes = List.copyOf(codes);
    this.rawStarts = rawStarts;
    this.rawEnds = rawEnds;
    this.owners = owners;
  }

  /** Plain text starting at offset base of its file, character for character. */
  public static SegmentText plain(String text, int base) {
    Builder b = new Builder();
    for (int i = 0; i < text.length(); i++) {
      b.append(text.charAt(i), base + i, base + i + 1, null);
    }
    return b.build(base, base + text.length());
  }

  /** Where the element holding the text starts its content in the file (after its start tag). */
  public int contentStart() {
    return contentStart;
  }

  /** Where that content ends (before the end tag). */
  public int contentEnd() {
    return contentEnd;
  }

  public String text() {
    return text;
  }

  public List<InlineCode> codes() {
    return codes;
  }

  /** Where character i starts in the file; i == length gives where the text ends. */
  public int rawStart(int i) {
    return rawStarts[i];
  }

  /** Where character i-1 ends in the file (so a span [s, e) covers rawStart(s) to rawEnd(e)). */
  public int rawEnd(int e) {
    return e == 0 ? contentStart : rawEnds[e - 1];
  }

  /** Whether [start, end) lies within one XML element, so markup can wrap it and stay well-formed. */
  public boolean wrappable(int start, int end) {
    if (start >= end) {
      return false;
    }
    Object owner = owners[start];
    for (int i = start + 1; i < end; i++) {
      if (owners[i] != owner) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Collects characters with their origins. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<InlineCode> codes = new ArrayList<>();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private Object[] owners = new Object[64];

    void append(char c, int rawStart, int rawEnd, Object owner) {
      int n = text.length();
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, 2 * (n + 1));
        ends = Arrays.copyOf(ends, 2 * (n + 1));
        owners = Arrays.copyOf(owners, 2 * (n + 1));
      }
      text.append(c);
      starts[n] = rawStart;
      ends[n] = rawEnd;
      owners[n] = owner;
    }

    void code(String kind, String id, String name, int rawStart, int rawEnd, Object owner) {
      if (kind.equals(InlineCode.PLACEHOLDER)) {
        codes.add(new InlineCode(kind, id, text.length(), name));
        append(MASK, rawStart, rawEnd, owner);
      } else {
        codes.add(new InlineCode(kind, id, text.length(), name));
      }
    }

    int length() {
      return text.length();
    }

    /** The text, read from the file's content range [contentStart, contentEnd). */
    SegmentText build(int contentStart, int contentEnd) {
      int n = text.length();
      int[] s = Arrays.copyOf(starts, n + 1);
      s[n] = contentEnd;
      return new SegmentText(text.toString(), codes, s, Arrays.copyOf(ends, n), Arrays.copyOf(owners, n),
          contentStart, contentEnd);
    }
  }
}
