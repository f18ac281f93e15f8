package dev.calque.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.calque.audit.Audit;
import dev.calque.audit.AuditException;
import dev.calque.audit.AuditOptions;
import dev.calque.audit.AuditReport;
import dev.calque.audit.Fields;
import dev.calque.audit.Progress;
import dev.calque.audit.ProgressBarDisplay;
import dev.calque.engine.CheckOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audit an archive: every article of folders of .txt, .md and .html files and of JSON Lines "
        + "archives (gzip-compressed or not), checked on all cores. Writes findings.jsonl, documents.csv, "
        + "problems.jsonl and report.html to the --out folder. Interrupted (even by kill -9), the same command "
        + "resumes where the last checkpoint left off and gives the same results as an uninterrupted run.", ""},
    footer = {"", "Examples:", "  calque audit --out audit/ articles/",
        "  calque audit --out audit/ --threads 2 --no-grammar archive-2023.jsonl.gz",
        "  calque audit --out audit/ --field text=content --field date=/meta/day x.jsonl",
        "  calque audit --out audit/ --lang auto --source-lang es site-dump/",
        "  calque audit --out audit/ --reference archive-index/ new-articles/", "  calque audit --out audit/ --fresh articles/",
        "", "JSON Lines records: one object a line with id, title, text (or body), date, section, url, lang and "
            + "source_lang; --field renames them. lang and source_lang of a record win over --lang and --source-lang; "
            + "--lang auto guesses the language of an article that does not say.",
        "", "Exit status: 0 complete and nothing found, 1 complete with findings, 2 usage error, an --out folder that "
            + "cannot be written (the audit is resumable), or input items skipped (listed in problems.jsonl), "
            + "3 internal error."})
final class AuditCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engine;

  @Mixin
  ReferenceOptions reference;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Folders (walked in name order: .txt, .md, .html, .jsonl, and any of them .gz), files, or JSON Lines "
          + "archives (.jsonl, .ndjson, .jsonl.gz).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for the outputs and the checkpoint (created if needed).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Documents checked at once (default: all cores).")
  Integer threads;

  @Option(names = "--fresh", description = "Start over, even if DIR holds an interrupted audit of the same inputs "
      + "(needed too after an input or rule file was added, removed or edited).")
  boolean fresh;

  @Option(names = "--field", paramLabel = "ROLE=NAME",
      description = "The JSON field that holds a role (id, title, text, body, date, section, url, lang, source_lang), "
          + "e.g. text=content; a NAME starting with / is a JSON pointer (section=/meta/section). May repeat.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "P",
      description = "Keep only findings at least this likely to be real errors, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on stderr: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
  String progress;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Fields fieldNames = FieldNames.parse(spec, fields);
    if (threads != null && threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads takes a number of 1 or more");
    }
    CheckOptions request = engine.toCheckOptions(spec, minConfidence);
    Audit audit = new Audit(parent.runtime(), new AuditOptions(inputs, request, fieldNames, reference.evidence()), out).fresh(fresh)
        .messages(err).progress(progress());
    if (threads != null) {
      audit.threads(threads);
    }
    AuditReport.Totals t;
    try {
      t = audit.run();
    } catch (AuditException e) {
      err.println("calque: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    stdout.println(String.format(Locale.ROOT, "audited %,d documents (%,d words): %,d findings (%,d critical, %,d major, "
        + "%,d minor), %.1f per 1,000 words", t.documents(), t.words(), t.findings(), t.critical(), t.major(), t.minor(),
        t.words() == 0 ? 0.0 : t.findings() * 1000.0 / t.words()));
    long skipped = t.malformed() + t.failed();
    if (skipped > 0) {
      stdout.println(String.format(Locale.ROOT, "skipped %,d input items (%,d malformed or unreadable, %,d calque failed "
          + "on): see %s", skipped, t.malformed(), t.failed(), out(Audit.PROBLEMS)));
    }
    stdout.println("wrote " + out(Audit.FINDINGS) + ", " + out(Audit.DOCUMENTS) + " and " + out(Audit.REPORT));
    return skipped > 0 ? ExitCodes.USAGE : t.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private String out(String name) {
    return out.resolve(name).toString();
  }

  private Progress.Factory progress() {
    boolean show = Terminal.wants(progress, "--progress", true, spec);
    return show ? new ProgressBarDisplay(System.err) : Progress.NONE;
  }
}
