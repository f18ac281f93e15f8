package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.io.InputException;
import dev.calque.rule.Span;

/**
 * Two plain-text files, a source and its translation, made into segments: line by line when both
 * have as many non-blank lines, paragraph by paragraph when they have as many blank-line-separated
 * paragraphs, else sentence by sentence with {@link SentenceAligner}, whose confidence the notes
 * report. Below {@link #MIN_CONFIDENCE} the files are refused: checking misaligned segments would
 * report nothing but false omissions.
 */
final class PairReader {
  /** Below this share of plausibly aligned text, sentence alignment is not trusted. */
  static final double MIN_CONFIDENCE = 0.6;
  /** A sentence ends at . ! ? … (and their CJK forms), closing quotes or brackets after it, then a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*(?=\\s+[\\p{Lu}\\p{N}\"'“‘«¿¡(])"
      + "|[。！？](?=\\S)");

  private PairReader() {
  }

  static Bitext read(String sourceLabel, String source, String targetLabel, String target) throws InputException {
    return read(sourceLabel, source, null, targetLabel, target, null);
  }

  /**
   * With the texts' languages, sentences end where LanguageTool's segmentation rules for each language
   * say (a German "3. März" is a date, not a sentence end); a null language uses a full stop before a
   * capital.
   */
  static Bitext read(String sourceLabel, String source, String sourceLanguage, String targetLabel, String target,
      String targetLanguage) throws InputException {
    List<Span> sl = lines(source);
    List<Span> tl = lines(target);
    List<String> notes = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    if (sl.size() == tl.size()) {
      pairUp(source, sl, target, tl, segments);
      return bitext(targetLabel, target, segments, notes);
    }
    List<Span> sp = paragraphs(source);
    List<Span> tp = paragraphs(target);
    if (sp.size() == tp.size() && sp.size() > 1) {
      pairUp(source, sp, target, tp, segments);
      notes.add("aligned by paragraph: " + sl.size() + " source lines, " + tl.size() + " translated lines, "
          + sp.size() + " paragraphs each");
      return bitext(targetLabel, target, segments, notes);
    }
    List<Span> ss = sentences(source, sl, sourceLanguage);
    List<Span> ts = sentences(target, tl, targetLanguage);
    SentenceAligner.Result r = SentenceAligner.align(lengths(ss), lengths(ts));
    String how = String.format("%d source and %d translated sentences (%d and %d lines)", ss.size(), ts.size(),
        sl.size(), tl.size());
    if (r.confidence() < MIN_CONFIDENCE) {
      throw new InputException(String.format("%s: cannot be aligned with %s: %s align with confidence %.2f, below "
          + "%.2f; give files with one segment per line", targetLabel, sourceLabel, how, r.confidence(),
          MIN_CONFIDENCE));
    }
    for (SentenceAligner.Bead b : r.beads()) {
      if (b.sourceTo() > b.sourceFrom() && b.targetTo() > b.targetFrom()) {
        Span s = ss.get(b.sourceFrom()).union(ss.get(b.sourceTo() - 1));
        Span t = ts.get(b.targetFrom()).union(ts.get(b.targetTo() - 1));
        segments.add(segment(source, s, target, t));
      } else if (b.targetTo() > b.targetFrom()) {
        Span t = ts.get(b.targetFrom()).union(ts.get(b.targetTo() - 1));
        segments.add(segment(source, new Span(0, 0), target, t)); // a sentence the source does not have
      } else {
        Span s = ss.get(b.sourceFrom()).union(ss.get(b.sourceTo() - 1));
        Span t = nearestTargetPoint(segments, target);
        segments.add(segment(source, s, target, t)); // a source sentence with nothing for it
      }
    }
    notes.add(String.format("aligned by sentence: %s, confidence %.2f", how, r.confidence()));
    return bitext(targetLabel, target, segments, notes);
  }

  private static Span nearestTargetPoint(List<Segment> done, String target) {
    if (done.isEmpty()) {
      return new Span(0, 0);
    }
    SegmentText last = done.get(done.size() - 1).target();
    int end = last.rawStart(last.text().length());
    return new Span(end, end);
  }

  /** The document; segments starting on the same line get ids "12", "12.2", "12.3". */
  private static Bitext bitext(String label, String target, List<Segment> segments, List<String> notes) {
    List<Segment> unique = new ArrayList<>(segments.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Segment s : segments) {
      String id = s.id();
      for (int n = 2; !seen.add(id); n++) {
        id = s.id() + "." + n;
      }
      unique.add(new Segment(id, s.source(), s.target(), s.state(), s.notes()));
    }
    return new Bitext(label, BitextFormat.PAIR, null, null, unique, target, notes, null);
  }

  private static void pairUp(String source, List<Span> s, String target, List<Span> t, List<Segment> out) {
    for (int i = 0; i < s.size(); i++) {
      out.add(segment(source, s.get(i), target, t.get(i)));
    }
  }

  private static Segment segment(String source, Span s, String target, Span t) {
    String id = String.valueOf(lineOf(target, t.start()));
    return new Segment(id, SegmentText.plain(source.substring(s.start(), s.end()), s.start()),
        SegmentText.plain(target.substring(t.start(), t.end()), t.start()), null, List.of());
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Non-blank lines, without their line ends. */
  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      int e = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (!text.substring(at, e).isBlank()) {
        out.add(trim(text, at, e));
      }
      at = nl < 0 ? text.length() : nl + 1;
    }
    return out;
  }

  /** Runs of non-blank lines. */
  private static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    Span current = null;
    int lastEnd = -1;
    for (Span l : lines(text)) {
      boolean blankBetween = current != null && text.substring(lastEnd, l.start()).chars().filter(c -> c == '\n')
          .count() > 1;
      if (current == null || blankBetween) {
        if (current != null) {
          out.add(current);
        }
        current = l;
      } else {
        current = current.union(l);
      }
      lastEnd = l.end();
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  private static List<Span> sentences(String text, List<Span> lines, String language) {
    List<Span> out = new ArrayList<>();
    for (Span l : lines) {
      if (language != null) {
        int from = l.start();
        for (int length : SrxSentences.lengths(language, text.substring(l.start(), l.end()))) {
          if (!text.substring(from, from + length).isBlank()) {
            out.add(trim(text, from, from + length));
          }
          from += length;
        }
        continue;
      }
      Matcher m = SENTENCE_END.matcher(text).region(l.start(), l.end());
      int from = l.start();
      while (m.find()) {
        out.add(trim(text, from, m.end()));
        from = m.end();
      }
      if (!text.substring(from, l.end()).isBlank()) {
        out.add(trim(text, from, l.end()));
      }
    }
    return out;
  }

  private static Span trim(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  private static int[] lengths(List<Span> spans) {
    int[] out = new int[spans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = spans.get(i).length();
    }
    return out;
  }
}
