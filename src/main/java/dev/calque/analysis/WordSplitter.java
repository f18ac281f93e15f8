package dev.calque.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Fast word segmentation for the light analysis: Lucene's StandardTokenizer (Unicode UAX#29 word
 * boundaries, generated code, an order of magnitude faster than LanguageTool's regex tokenizer)
 * finds the words; every other non-space character between them becomes a token of its own, and a
 * possessive "'s" is split off as LanguageTool does. One tokenizer per thread, reused.
 */
final class WordSplitter {
  /** Receives token spans [start, end) relative to the text given. */
  interface Sink {
    void token(int start, int end);
  }

  private static final ThreadLocal<StandardTokenizer> TOKENIZER = ThreadLocal.withInitial(StandardTokenizer::new);

  private WordSplitter() {
  }

  static void split(String text, Sink sink) {
    StandardTokenizer t = TOKENIZER.get();
    OffsetAttribute off = t.getAttribute(OffsetAttribute.class);
    try {
      t.setReader(new StringReader(text));
      t.reset();
      int pos = 0;
      while (t.incrementToken()) {
        int s = off.startOffset();
        int e = off.endOffset();
        gap(text, pos, s, sink);
        if (e - s > 2 && (text.startsWith("'s", e - 2) || text.startsWith("\u2019s", e - 2))
            || e - s > 2 && (text.startsWith("'S", e - 2))) {
          sink.token(s, e - 2);
          sink.token(e - 2, e);
        } else {
          sink.token(s, e);
        }
        pos = e;
      }
      t.end();
      gap(text, pos, text.length(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        t.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Non-space characters between words: each code point is a token ("(", "«", "-", an emoji part). */
  private static void gap(String text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF') {
        sink.token(i, i + n);
      }
      i += n;
    }
  }
}
