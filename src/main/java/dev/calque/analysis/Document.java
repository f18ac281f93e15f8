package dev.calque.analysis;

import java.util.List;

/**
 * The analysis of one document (or one window of a very large one), computed once and shared by
 * every rule. Offsets everywhere are UTF-16 indices into {@link #text()}, the whole text as read.
 */
public final class Document {
  private final String path;
  private final String text;
  private final LineIndex lines;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final boolean firstWindow;
  private final boolean lastWindow;

  Document(String path, String text, LineIndex lines, List<Paragraph> paragraphs, List<Sentence> sentences,
      List<Token> tokens, boolean firstWindow, boolean lastWindow) {
    this.path = path;
    this.text = text;
    this.lines = lines;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.firstWindow = firstWindow;
    this.lastWindow = lastWindow;
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public LineIndex lines() {
    return lines;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Whether this window holds the start of the document (headline rules look only there). */
  public boolean isFirstWindow() {
    return firstWindow;
  }

  /** Whether this window holds the end of the document (trailer rules look only there). */
  public boolean isLastWindow() {
    return lastWindow;
  }

  public String text(int start, int end) {
    return text.substring(start, end);
  }

  public String text(Paragraph p) {
    return text.substring(p.start(), p.end());
  }

  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.tokenFrom(), s.tokenTo());
  }

  public Sentence sentenceOf(Token t) {
    return sentences.get(t.sentence());
  }

  /** Number of word tokens (letters or digits), the denominator of per-1,000-word rates. */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (t.isWord()) {
        n++;
      }
    }
    return n;
  }
}
