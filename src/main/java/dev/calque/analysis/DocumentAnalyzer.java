package dev.calque.analysis;

import dev.calque.util.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Splits text into paragraphs (non-blank lines), sentences (LanguageTool's SRX sentence tokenizer
 * for the language) and tokens. Two depths: the light one finds words with Lucene's UAX#29
 * tokenizer and tags them lazily from a cache (fast, for calque's own rules); the full one runs
 * LanguageTool's own tokenizer and disambiguating analysis, which its grammar rules need, and keeps
 * it on each paragraph so those rules do not analyse the text again.
 */
public final class DocumentAnalyzer {
  /** Longest sentence, in UTF-16 units, handed to LanguageTool's analysis (see sentenceTooLongForLanguageTool). */
  static final int MAX_LANGUAGETOOL_SENTENCE = 5_000;

  private final Morphology morphology;
  private final SentenceTokenizer sentenceTokenizer;

  public DocumentAnalyzer(Morphology morphology) {
    this.morphology = morphology;
    Language language = morphology.language();
    this.sentenceTokenizer = language.getSentenceTokenizer();
  }

  public Morphology morphology() {
    return morphology;
  }

  /** Analyses the whole text. */
  public Document analyze(String path, String text, JLanguageTool full) {
    return analyze(path, text, new LineIndex(text), 0, text.length(), full);
  }

  /**
   * Analyses the window [from, to) of text, which must start and end on line boundaries.
   *
   * @param full LanguageTool instance for the full analysis, or null for the light one
   */
  public Document analyze(String path, String text, LineIndex lines, int from, int to, JLanguageTool full) {
    return analyze(path, text, lines, from, to, full == null ? null : (start, safe) -> full.analyzeText(safe));
  }

  /**
   * LanguageTool's analysis of one paragraph's LanguageTool-safe text (see TextChars.forLanguageTool),
   * done here or ahead of time elsewhere; a RuntimeException means it failed for this paragraph.
   */
  public interface FullAnalysis {
    List<AnalyzedSentence> analyze(int contentStart, String safe) throws IOException;
  }

  /**
   * Analyses the window [from, to) of text, which must start and end on line boundaries.
   *
   * @param full LanguageTool's analysis per paragraph, or null for the light one
   */
  public Document analyze(String path, String text, LineIndex lines, int from, int to, FullAnalysis full) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int words = 0;
    int[] ranges = paragraphRanges(text, from, to);
    for (int r = 0; r < ranges.length; r += 2) {
      int contentStart = ranges[r];
      int contentEnd = ranges[r + 1];
      int sentenceFrom = sentences.size();
      int tokenFrom = tokens.size();
      String content = text.substring(contentStart, contentEnd);
      List<AnalyzedSentence> ltSentences = null;
      String tooLong = full == null ? null : sentenceTooLongForLanguageTool(content);
      if (tooLong != null) {
        problems.add("LanguageTool's rules skipped the paragraph at line " + lines.line(contentStart) + ": "
            + tooLong);
      } else if (full != null) {
        try {
          ltSentences = fullAnalysis(full, content, contentStart, paragraphs.size(), sentences, tokens);
          words += countWords(content);
        } catch (RuntimeException e) {
          // LanguageTool could not analyse this paragraph: calque's own rules still see it.
          truncate(sentences, sentenceFrom);
          truncate(tokens, tokenFrom);
          ltSentences = null;
          problems.add("LanguageTool could not analyse the paragraph at line " + lines.line(contentStart) + " ("
              + Messages.firstLine(e) + "); its grammar and spelling findings there are missing");
        }
      }
      if (ltSentences == null) {
        int before = tokens.size();
        lightAnalysis(content, contentStart, paragraphs.size(), sentences, tokens);
        for (int i = before; i < tokens.size(); i++) {
          words += tokens.get(i).isWord() ? 1 : 0;
        }
      }
      // A line of only format characters or symbols LanguageTool skips has no sentence: it is
      // no paragraph either, so every paragraph rule may rely on at least one sentence.
      if (sentences.size() > sentenceFrom) {
        paragraphs.add(new Paragraph(paragraphs.size(), contentStart, contentEnd, lines.line(contentStart),
            sentenceFrom, sentences.size(), ltSentences));
      } else {
        truncate(tokens, tokenFrom);
      }
    }
    return new Document(path, text, lines, paragraphs, sentences, tokens, words, problems, from == 0,
        to == text.length());
  }

  /**
   * The paragraphs of the window [from, to): the non-blank lines, trimmed of blanks, as start and
   * end offsets in pairs (a paragraph with no sentence, of format characters only, is still listed).
   */
  public static int[] paragraphRanges(String text, int from, int to) {
    int[] out = new int[16];
    int n = 0;
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = lineStart;
      while (lineEnd < to && !TextChars.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int contentStart = lineStart;
      int contentEnd = lineEnd;
      while (contentStart < contentEnd && TextChars.isBlank(text.charAt(contentStart))) {
        contentStart++;
      }
      while (contentEnd > contentStart && TextChars.isBlank(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      if (contentStart < contentEnd) {
        if (n + 2 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = contentStart;
        out[n++] = contentEnd;
      }
      lineStart = lineEnd;
      if (lineStart < to && text.charAt(lineStart) == '\r') {
        lineStart++;
        if (lineStart < to && text.charAt(lineStart) == '\n') {
          lineStart++;
        }
      } else if (lineStart < to) {
        lineStart++; // \n, or a Unicode line or paragraph separator
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Whether LanguageTool's analysis of a paragraph yields a paragraph of the document: some sentence
   * has a token (a line of only format characters or symbols it skips has none).
   */
  public static boolean yieldsParagraph(List<AnalyzedSentence> analyzed) {
    for (AnalyzedSentence as : analyzed) {
      for (AnalyzedTokenReadings atr : as.getTokensWithoutWhitespace()) {
        if (!atr.getToken().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Why LanguageTool should not analyse this paragraph, or null. Its chunker and disambiguator are
   * quadratic in sentence length (a 20,000-emoji "sentence" took minutes), and a sentence of
   * thousands of characters is debris, not prose; calque's own rules still check it.
   */
  public String sentenceTooLongForLanguageTool(String content) {
    if (content.length() <= MAX_LANGUAGETOOL_SENTENCE) {
      return null;
    }
    for (String piece : sentenceTokenizer.tokenize(TextChars.forLanguageTool(content))) {
      if (piece.length() > MAX_LANGUAGETOOL_SENTENCE) {
        return "a sentence of " + piece.length() + " characters is over the " + MAX_LANGUAGETOOL_SENTENCE
            + "-character limit for LanguageTool's analysis";
      }
    }
    return null;
  }

  private static void truncate(List<?> list, int size) {
    list.subList(size, list.size()).clear();
  }

  /** Words as the light analysis counts them, so the word count (and MQM score) is the same in both modes. */
  private static int countWords(String content) {
    int[] n = {0};
    WordSplitter.split(content, (s, e) -> {
      if (Character.isLetterOrDigit(content.codePointAt(s))) {
        n[0]++;
      }
    });
    return n[0];
  }

  private void lightAnalysis(String content, int base, int paragraph, List<Sentence> sentences, List<Token> tokens) {
    // The splitter sees the same text LanguageTool would (same length), safe from its regex traps.
    String safe = TextChars.forLanguageTool(content);
    List<String> pieces = sentenceTokenizer.tokenize(safe);
    int[] ends = new int[pieces.size()];
    int[] starts = new int[pieces.size()];
    int cursor = 0;
    for (int k = 0; k < pieces.size(); k++) {
      starts[k] = locate(safe, pieces.get(k), cursor);
      cursor = starts[k] + pieces.get(k).length();
      ends[k] = cursor;
    }
    int[] current = {0};
    int[] tokenFrom = {tokens.size()};
    WordSplitter.split(content, (s, e) -> {
      while (current[0] < ends.length - 1 && s >= ends[current[0]]) {
        addSentence(content, base, paragraph, sentences, tokens, starts[current[0]], ends[current[0]], tokenFrom[0]);
        tokenFrom[0] = tokens.size();
        current[0]++;
      }
      tokens.add(new Token(content.substring(s, e), base + s, base + e, tokens.size(), sentences.size(), morphology,
          null));
    });
    if (ends.length > 0) {
      addSentence(content, base, paragraph, sentences, tokens, starts[current[0]], ends[ends.length - 1], tokenFrom[0]);
    }
  }

  private List<AnalyzedSentence> fullAnalysis(FullAnalysis lt, String content, int base, int paragraph,
      List<Sentence> sentences, List<Token> tokens) {
    String safe = TextChars.forLanguageTool(content);
    List<AnalyzedSentence> analyzed;
    try {
      analyzed = lt.analyze(base, safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int cursor = 0;
    for (AnalyzedSentence as : analyzed) {
      String s = as.getText();
      int sStart = locate(safe, s, cursor);
      cursor = sStart + s.length();
      int tokenFrom = tokens.size();
      for (AnalyzedTokenReadings atr : as.getTokensWithoutWhitespace()) {
        String w = atr.getToken();
        if (w.isBlank()) {
          continue; // sentence-start marker
        }
        int wStart = sStart + atr.getStartPos();
        if (!safe.startsWith(w, wStart)) {
          wStart = locate(safe, w, wStart);
        }
        int wEnd = wStart + w.length();
        // The token's text is the document's own (safe differs only in characters LanguageTool
        // treats as space, which no token holds).
        tokens.add(new Token(content.substring(wStart, wEnd), base + wStart, base + wEnd, tokens.size(),
            sentences.size(), morphology, Morphology.fromLanguageTool(atr)));
      }
      addSentence(content, base, paragraph, sentences, tokens, sStart, cursor, tokenFrom);
    }
    return analyzed;
  }

  private static void addSentence(String content, int base, int paragraph, List<Sentence> sentences,
      List<Token> tokens, int sStart, int sEnd, int tokenFrom) {
    if (tokenFrom == tokens.size()) {
      return; // whitespace only
    }
    int start = sStart;
    int end = sEnd;
    while (start < end && TextChars.isBlank(content.charAt(start))) {
      start++;
    }
    while (end > start && TextChars.isBlank(content.charAt(end - 1))) {
      end--;
    }
    sentences.add(new Sentence(sentences.size(), base + start, base + end, paragraph, tokenFrom, tokens.size()));
  }

  /** Tokenizers return pieces that concatenate to the input; this guards against one that does not. */
  private static int locate(String content, String piece, int cursor) {
    if (content.startsWith(piece, cursor)) {
      return cursor;
    }
    int i = content.indexOf(piece, cursor);
    return i >= 0 ? i : cursor;
  }
}
