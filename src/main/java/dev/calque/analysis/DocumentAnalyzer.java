package dev.calque.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Splits text into paragraphs (non-blank lines), sentences and tokens with LanguageTool's tokenizers
 * for the language. Two depths: the light one tags words lazily from a cache (fast, for calque's own
 * rules); the full one runs LanguageTool's disambiguating analysis, which its grammar rules need,
 * and keeps it on each paragraph so those rules do not analyse the text again.
 */
public final class DocumentAnalyzer {
  private final Morphology morphology;
  private final SentenceTokenizer sentenceTokenizer;
  private final Tokenizer wordTokenizer;

  public DocumentAnalyzer(Morphology morphology) {
    this.morphology = morphology;
    Language language = morphology.language();
    this.sentenceTokenizer = language.getSentenceTokenizer();
    this.wordTokenizer = language.getWordTokenizer();
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
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = lineStart;
      while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int contentStart = lineStart;
      int contentEnd = lineEnd;
      while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
        contentStart++;
      }
      while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      if (contentStart < contentEnd) {
        int sentenceFrom = sentences.size();
        String content = text.substring(contentStart, contentEnd);
        List<AnalyzedSentence> ltSentences = null;
        if (full != null) {
          ltSentences = fullAnalysis(full, content, contentStart, paragraphs.size(), sentences, tokens);
        } else {
          lightAnalysis(content, contentStart, paragraphs.size(), sentences, tokens);
        }
        paragraphs.add(new Paragraph(paragraphs.size(), contentStart, contentEnd, lines.line(contentStart),
            sentenceFrom, sentences.size(), ltSentences));
      }
      lineStart = lineEnd;
      if (lineStart < to && text.charAt(lineStart) == '\r') {
        lineStart++;
      }
      if (lineStart < to && text.charAt(lineStart) == '\n') {
        lineStart++;
      }
    }
    return new Document(path, text, lines, paragraphs, sentences, tokens, from == 0, to == text.length());
  }

  private void lightAnalysis(String content, int base, int paragraph, List<Sentence> sentences, List<Token> tokens) {
    int cursor = 0;
    for (String s : sentenceTokenizer.tokenize(content)) {
      int sStart = locate(content, s, cursor);
      cursor = sStart + s.length();
      int tokenFrom = tokens.size();
      int pos = sStart;
      for (String w : wordTokenizer.tokenize(s)) {
        int wStart = locate(content, w, pos);
        pos = wStart + w.length();
        if (!w.isBlank()) {
          tokens.add(new Token(w, base + wStart, base + pos, tokens.size(), sentences.size(), morphology, null));
        }
      }
      addSentence(content, base, paragraph, sentences, tokens, sStart, cursor, tokenFrom);
    }
  }

  private List<AnalyzedSentence> fullAnalysis(JLanguageTool lt, String content, int base, int paragraph,
      List<Sentence> sentences, List<Token> tokens) {
    List<AnalyzedSentence> analyzed;
    try {
      analyzed = lt.analyzeText(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int cursor = 0;
    for (AnalyzedSentence as : analyzed) {
      String s = as.getText();
      int sStart = locate(content, s, cursor);
      cursor = sStart + s.length();
      int tokenFrom = tokens.size();
      for (AnalyzedTokenReadings atr : as.getTokensWithoutWhitespace()) {
        String w = atr.getToken();
        if (w.isBlank()) {
          continue; // sentence-start marker
        }
        int wStart = sStart + atr.getStartPos();
        if (!content.startsWith(w, wStart)) {
          wStart = locate(content, w, wStart);
        }
        tokens.add(new Token(w, base + wStart, base + wStart + w.length(), tokens.size(), sentences.size(),
            morphology, Morphology.fromLanguageTool(atr)));
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
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
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
