package dev.calque.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.calque.engine.Checker;
import dev.calque.fix.BitextFixer;
import dev.calque.fix.Fixer;
import dev.calque.fix.UnifiedDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fix", mixinStandardHelpOptions = true,
    description = {"Apply the suggestions calque is confident about and print the corrected text. "
        + "Only the best suggestion of a finding is applied, and only when its confidence reaches --threshold; "
        + "each edit is narrowed to the characters it changes, so nested corrections compose, and of two that "
        + "still overlap the more confident wins. Nothing else in the text changes. A bilingual file (XLIFF, TMX, "
        + ".tsv, or FILE with --source) is corrected in its translations only, every other byte kept.", ""},
    footer = {"", "Examples:", "  calque fix --source-lang es article.txt > article.fixed.txt",
        "  calque fix --diff --threshold 0.8 article.txt",
        "  calque fix --in-place job.xlf           (corrects the translations, keeps the rest of the file)",
        "  calque fix --in-place article.txt        (keeps article.txt.orig)"})
final class FixCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engine;

  @Mixin
  BilingualOptions bilingual;

  @Mixin
  ReferenceOptions reference;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8) to fix; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--threshold", defaultValue = "" + Fixer.DEFAULT_THRESHOLD, paramLabel = "P",
      description = "Apply suggestions with at least this confidence (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--diff", description = "Print a unified diff of the changes instead of the corrected text.")
  boolean diff;

  @Option(names = "--in-place", description = "Replace each file with its corrected text (atomically), keeping "
      + "the original as FILE.orig (see --backup-suffix; never overwritten: an existing backup gets a number, "
      + "FILE.orig.1, FILE.orig.2, ...). A symbolic link stays a link: the file it points to is rewritten "
      + "and backed up beside that file, named after it. Read-only files are left alone.")
  boolean inPlace;

  @Option(names = "--backup-suffix", defaultValue = ".orig", paramLabel = "SUFFIX",
      description = "Suffix of the backup --in-place keeps (default: ${DEFAULT-VALUE}); not empty, no path separator.")
  String backupSuffix;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threshold < 0 || threshold > 1) {
      throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1");
    }
    if (!diff && !inPlace && files.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "several files need --diff or --in-place (the corrected texts would run together on stdout)");
    }
    // The suffix is glued to the file name: empty would make the backup the file itself, a separator
    // would put it somewhere else.
    if (backupSuffix.isEmpty() || backupSuffix.contains("/") || backupSuffix.contains(File.separator)
        || backupSuffix.indexOf('\0') >= 0) {
      throw new ParameterException(spec.commandLine(),
          "--backup-suffix must not be empty or contain a path separator: '" + backupSuffix + "'");
    }
    if (inPlace && files.contains("-")) {
      throw new ParameterException(spec.commandLine(), "--in-place cannot rewrite standard input");
    }
    Checker checker = reference.apply(parent.runtime().checker(engine.toCheckOptions()));
    InPlaceWriter writer = new InPlaceWriter(backupSuffix);
    boolean failed = false;
    // Files are read and checked on all cores; fixes are printed and written in argument order.
    boolean[] anyFailed = {false};
    BilingualInputs inputs = new BilingualInputs(parent.runtime(), engine.toCheckOptions(), bilingual, files);
    InOrder.run(inPlace ? distinct(files, err) : files, file -> inputs.checked(checker, file, parent.stdin), done -> {
      err.print(done.errors());
      err.flush();
      if (done.result() == null && done.bitext() == null) {
        anyFailed[0] = true;
        return;
      }
      // A bilingual file is corrected in its translations only, everything else in it kept.
      Fixer.Result fixed = done.bitext() != null
          ? BitextFixer.apply(done.bitext().bitext(), done.bitext().findings(), threshold)
          : Fixer.apply(done.input().text(), done.result().findings(), threshold);
      if (!fix(done.input(), fixed, writer, out, err)) {
        anyFailed[0] = true;
      }
    });
    failed = anyFailed[0];
    out.flush();
    return failed ? ExitCodes.USAGE : ExitCodes.CLEAN;
  }

  /** Prints or writes one checked file's fixes; false when it could not be rewritten. */
  private boolean fix(Inputs.Input in, Fixer.Result fixed, InPlaceWriter writer, PrintWriter out, PrintWriter err) {
    if (diff) {
      out.print(UnifiedDiff.diff(in.label(), in.text(), fixed.edits()));
    } else if (!inPlace) {
      out.print(fixed.text());
    }
    if (inPlace && !fixed.edits().isEmpty()) {
      Path target;
      Path backup;
      try {
        // A link stays a link: the file it points to is rewritten, and backed up beside itself.
        target = Path.of(in.label()).toRealPath();
        if (!Files.isRegularFile(target)) {
          err.println("calque: " + in.label() + ": not a regular file, not rewritten (use --diff)");
          return false;
        }
        if (InPlaceWriter.isReadOnly(target)) {
          err.println("calque: " + in.label() + ": read-only, not rewritten (make it writable or use --diff)");
          return false;
        }
        backup = writer.replace(target, fixed.text());
      } catch (IOException e) {
        err.println("calque: " + in.label() + ": not rewritten (" + e.getMessage() + "); the original is untouched");
        return false;
      }
      // Say where the original went when it is not simply FILE.orig beside the argument.
      String plain = target.getFileName() + backupSuffix;
      if (!backup.getFileName().toString().equals(plain)) {
        err.println("calque: " + in.label() + ": original kept as " + backup + " (" + plain + " already exists)");
      } else if (Files.isSymbolicLink(Path.of(in.label()))) {
        err.println("calque: " + in.label() + ": link followed; original kept as " + backup);
      }
    }
    err.printf("calque: %s: %d fix%s applied%n", in.label(), fixed.edits().size(),
        fixed.edits().size() == 1 ? "" : "es");
    return true;
  }

  /**
   * The arguments naming different files, in first-seen order. A file named twice (a.txt ./a.txt, or
   * through a link) would be fixed twice, the second backup holding the first pass's output.
   */
  private static List<String> distinct(List<String> args, PrintWriter err) {
    Map<Path, String> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      Path real;
      try {
        real = Path.of(arg).toRealPath();
      } catch (IOException | InvalidPathException e) {
        out.add(arg); // reading it will say what is wrong
        continue;
      }
      String first = seen.putIfAbsent(real, arg);
      if (first == null) {
        out.add(arg);
      } else {
        err.println("calque: " + arg + ": same file as " + first + ", skipped");
      }
    }
    return out;
  }
}
