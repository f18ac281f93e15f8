package dev.calque.rule;

/** A span [start, end) in UTF-16 units of some text; start == end marks a position (nothing there). */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span o) {
    return new Span(Math.min(start, o.start), Math.max(end, o.end));
  }
}
