package dev.calque.spark;

import java.util.ArrayList;
import java.util.List;
import dev.calque.audit.Fields;
import dev.calque.cli.EngineOptions;
import dev.calque.engine.CheckOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The job's command line: input and output paths, and the options of {@code calque audit} that
 * decide the results (the same names, the same meanings). Executors parse the same arguments again,
 * so nothing but strings travels to them.
 */
@Command(name = "calque-spark", mixinStandardHelpOptions = true, version = "calque-spark 0.1.0",
    description = {"calque audit on Apache Spark: every article of IN (a Hadoop path or glob: folders of .txt, .md and "
        + ".html files, JSON Lines archives, gzip-compressed or not, or Parquet) checked on the executors; findings, "
        + "per-document summary and skipped items written under OUT, as Parquet and as calque audit's files.", ""},
    footer = {"", "Example:", "  spark-submit --class dev.calque.spark.AuditJob calque-spark.jar "
        + "hdfs:///archive/2023/ hdfs:///audits/2023/ --no-grammar"})
public final class JobOptions {
  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engine;

  @Parameters(index = "0", paramLabel = "IN", description = "Input path or glob (any Hadoop file system).")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output folder (must not exist unless --overwrite).")
  String output;

  @Option(names = "--field", paramLabel = "ROLE=NAME",
      description = "The field that holds a role (id, title, text, body, date, section, url, lang, source_lang), "
          + "as in calque audit; for Parquet, a column. May repeat.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "P",
      description = "Keep only findings at least this likely to be real errors, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "files (text, Markdown, HTML, JSON Lines; told apart by name as calque audit does), parquet "
          + "(a row an article), or auto: parquet when IN ends with .parquet (default: ${DEFAULT-VALUE}).")
  String inputFormat;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions the articles are spread over before checking (default: 4 × Spark's default "
          + "parallelism).")
  Integer partitions;

  @Option(names = "--overwrite", description = "Replace the outputs of an earlier run in OUT.")
  boolean overwrite;

  private String[] args;

  /** The options these arguments give; a bad one is a picocli ParameterException. */
  public static JobOptions parse(String... args) {
    JobOptions o = new JobOptions();
    CommandLine cl = new CommandLine(o);
    cl.parseArgs(args);
    o.args = args.clone();
    try {
      o.fields();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    if (o.partitions != null && o.partitions < 1) {
      throw new CommandLine.ParameterException(cl, "--partitions takes a number of 1 or more");
    }
    if (!List.of("auto", "files", "parquet").contains(o.inputFormat)) {
      throw new CommandLine.ParameterException(cl, "--input-format takes auto, files or parquet, not '"
          + o.inputFormat + "'");
    }
    return o;
  }

  /** The arguments as given, to be parsed again on the executors. */
  String[] args() {
    return args.clone();
  }

  CheckOptions check() {
    return engine.toCheckOptions(spec, minConfidence);
  }

  Fields fields() {
    return Fields.parse(fields);
  }

  boolean parquet() {
    return inputFormat.equals("parquet") || inputFormat.equals("auto") && input.replaceAll("/+$", "").endsWith(
        ".parquet");
  }
}
