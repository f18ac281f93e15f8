package dev.calque.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckFailure;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.DocumentResult;
import dev.calque.io.InputException;

/**
 * The audit of one input item, whatever runs the archive: parsed as a record or a file, checked with
 * the checker its language pair calls for, and turned into the lines of the audit's outputs. {@code
 * calque audit} runs it on its threads; the Spark job on its executors. Safe for any number of
 * threads.
 */
public final class DocumentAudit {
  private final Checkers checkers;
  private final Fields fields;

  /** Validates the options (an unknown language or rule name is a RequestException) before any document. */
  public DocumentAudit(Calque runtime, CheckOptions check, Fields fields) {
    this(runtime, check, fields, null);
  }

  /** @param reference the edited archive findings are weighed against (calque audit --reference), or null */
  public DocumentAudit(Calque runtime, CheckOptions check, Fields fields, dev.calque.reference.ReferenceEvidence reference) {
    this.checkers = new Checkers(runtime, check, reference);
    this.fields = fields;
  }

  /**
   * What one item gives: its findings.jsonl lines and its documents.csv row, or, for an item skipped,
   * its problems.jsonl line (and {@code problemKind}: malformed or failed).
   *
   * @param findings the lines, without their line ends, in text order
   */
  public record Result(List<String> findings, DocumentSummary document, String problem, String problemKind) {
  }

  public Result audit(PortableItem item) {
    Outcome o = work(item.item(fields));
    if (o.problem() != null) {
      return new Result(List.of(), null, new String(OutputFormat.problem(o.problem(), o.kind()),
          StandardCharsets.UTF_8).stripTrailing(), o.kind());
    }
    String lines = new String(OutputFormat.findings(o.article(), o.result()), StandardCharsets.UTF_8);
    // JSON escapes line ends inside strings: a '\n' only ever ends a finding's line.
    List<String> findings = lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    return new Result(findings, DocumentSummary.of(o.article(), o.result(), o.item().where()), null, null);
  }

  Outcome work(Item item) {
    Article a;
    try {
      a = item.parse();
      DocumentResult r = checkers.forArticle(a).check(a.id(), a.text());
      return Outcome.checked(item, a, r);
    } catch (InputException e) {
      return Outcome.skipped(item, Problem.of(item.where(), e), "malformed");
    } catch (CheckFailure e) {
      String m = e.getMessage();
      String prefix = e.path() + ": ";
      return Outcome.skipped(item, new Problem(item.where(), m.startsWith(prefix) ? m.substring(prefix.length()) : m),
          "failed");
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in reading this one item (a parser's): the audit goes on, and the item is reported.
      return Outcome.skipped(item, new Problem(item.where(), "not read: internal error: " + e.getClass().getSimpleName()
          + ": " + dev.calque.util.Messages.firstLine(e) + " (please report it)"), "failed");
    }
  }
}
