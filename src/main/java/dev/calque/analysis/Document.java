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
  private final int words;
  private final List<String> problems;
  private final boolean firstWindow;
  private final boolean lastWindow;

  Document(String path, String text, LineIndex lines, List<Paragraph> paragraphs, List<Sentence> sentences,
      List<Token> tokens, int words, List<String> problems, boolean firstWindow, boolean lastWindow) {
    this.path = path;
    this.text = text;
    this.lines = lines;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.words = words;
    this.problems = List.copyOf(problems);
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

  /**
   * Number of words (tokens starting with a letter or digit, as the light analysis splits them),
   * the denominator of per-1,000-word rates; the same whichever analysis ran.
   */
  public int wordCount() {
    return words;
  }

  /** Paragraphs the analysis could not fully process, one line each, for the report's notes. */
  public List<String> problems() {
    return problems;
  }
}
