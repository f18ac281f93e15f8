package dev.calque.audit;

import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;
import dev.calque.rule.Severity;

/**
 * One row of the audit's per-document summary (documents.csv; docs/audit.md): what the archive says
 * about the document, the languages checked, its words, its findings by severity and its MQM score,
 * and where it came from ({@code line} null for a whole-file document).
 */
public record DocumentSummary(String id, String title, String date, String section, String url, String language,
    String sourceLanguage, int words, int findings, int critical, int major, int minor, double mqmScore, String file,
    Long line) {

  static DocumentSummary of(Article a, DocumentResult r, Location where) {
    int[] bySeverity = new int[Severity.values().length];
    for (Finding f : r.findings()) {
      bySeverity[f.severity().ordinal()]++;
    }
    return new DocumentSummary(a.id(), a.title(), a.date(), a.section(), a.url(), r.language(), r.sourceLanguage(),
        r.words(), r.findings().size(), bySeverity[Severity.CRITICAL.ordinal()], bySeverity[Severity.MAJOR.ordinal()],
        bySeverity[Severity.MINOR.ordinal()], r.mqmScore(), where.file(), where.line() > 0 ? where.line() : null);
  }

  /** The values in the order of documents.csv's columns ({@link #COLUMNS}). */
  public Object[] values() {
    return new Object[] {id, title, date, section, url, language, sourceLanguage, words, findings, critical, major,
        minor, mqmScore, file, line};
  }

  /** documents.csv's header. */
  public static final java.util.List<String> COLUMNS = OutputFormat.COLUMNS;
}
