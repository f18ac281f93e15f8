package dev.calque.analysis;

/** A sentence span and its tokens [tokenFrom, tokenTo) in the document's token list. */
public record Sentence(int index, int start, int end, int paragraph, int tokenFrom, int tokenTo) {
  public int tokenCount() {
    return tokenTo - tokenFrom;
  }
}
