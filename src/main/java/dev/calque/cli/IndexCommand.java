package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.calque.audit.Fields;
import dev.calque.reference.ReferenceIndexException;
import dev.calque.reference.ReferenceIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Build or extend a reference index of an edited archive (your newsroom's own published text): "
        + "word counts, counts of two- and three-word runs, and capitalised-name mentions, in a Lucene index that "
        + "check --reference reads as evidence. Inputs are read as audit reads them (folders of .txt, .md and "
        + ".html, JSON Lines, gzip). Rerunning it reads only files that are new or changed since the last run.", ""},
    footer = {"", "Examples:", "  calque index --out archive-index/ archive/ 2024.jsonl.gz",
        "  calque check --reference archive-index/ article.txt", "",
        "Exit status: 0 indexed, 2 usage error, an unusable --out folder, or some inputs unreadable (the rest is "
            + "indexed), 3 internal error."})
final class IndexCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Files and folders of the edited archive.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The index folder (created when absent; "
      + "an existing index is extended).")
  Path out;

  @Option(names = "--field", paramLabel = "ROLE=NAME", description = "The JSON field that holds a role (title, text, "
      + "body), e.g. text=content, as for audit. May repeat.")
  List<String> fields = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Fields fieldNames = FieldNames.parse(spec, fields);
    ReferenceIndexWriter.Summary s;
    try {
      s = ReferenceIndexWriter.index(inputs, fieldNames, out, problem -> {
        err.println("calque: " + problem);
        err.flush();
      });
    } catch (ReferenceIndexException e) {
      err.println("calque: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    stdout.println(String.format(Locale.ROOT, "indexed %,d articles from %,d files (%,d replaced, %,d unchanged and "
        + "passed over)%s; the index holds %,d words: %s", s.articles(), s.filesRead(), s.filesReplaced(),
        s.filesUnchanged(), s.problems() > 0 ? String.format(Locale.ROOT, ", %,d unreadable items", s.problems()) : "",
        s.words(), out));
    return s.problems() > 0 ? ExitCodes.USAGE : ExitCodes.CLEAN;
  }
}
