package dev.calque.analysis;

import java.util.List;
import org.languagetool.AnalyzedSentence;

/**
 * One non-blank line of the document (machine-translated news comes one paragraph per line), with
 * its sentence range. When LanguageTool's full analysis ran, its analysed sentences are kept here so
 * its rules reuse them instead of analysing the text again.
 */
public record Paragraph(int index, int start, int end, int line, int sentenceFrom, int sentenceTo,
    List<AnalyzedSentence> languageToolSentences) {

  public boolean hasLanguageToolAnalysis() {
    return languageToolSentences != null;
  }
}
