package dev.calque.engine;

import java.util.Arrays;
import java.util.List;
import dev.calque.rule.Finding;

/**
 * Which of a set of findings overlap a span, asked many times: the findings' spans sorted by start,
 * with the furthest end reached by each prefix, so one question is a binary search. A window of a
 * long document holds thousands of findings, and comparing each with every other one was quadratic.
 */
final class SpanIndex {
  private final int[] starts;
  /** reach[i]: the furthest end among the spans with the i+1 smallest starts. */
  private final int[] reach;

  SpanIndex(List<Finding> findings) {
    long[] spans = new long[findings.size()];
    for (int i = 0; i < spans.length; i++) {
      Finding f = findings.get(i);
      spans[i] = ((long) f.start() << 32) | (f.end() & 0xffffffffL);
    }
    Arrays.sort(spans); // offsets are never negative, so this sorts by start
    starts = new int[spans.length];
    reach = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = (int) (spans[i] >>> 32);
      reach[i] = Math.max((int) spans[i], i > 0 ? reach[i - 1] : Integer.MIN_VALUE);
    }
  }

  /** Whether some finding shares a character with [start, end), as {@link Finding#overlaps} decides. */
  boolean overlapsAny(int start, int end) {
    int before = startingBefore(end);
    return before > 0 && reach[before - 1] > start;
  }

  /** How many spans start before the offset. */
  private int startingBefore(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
