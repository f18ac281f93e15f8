package dev.calque.cli;

import picocli.CommandLine.Option;

/** Options for checking a translation against its source. */
final class BilingualOptions {
  @Option(names = "--source", paramLabel = "FILE",
      description = "The source text of the one FILE given (plain text, UTF-8): segments pair up by line, by "
          + "paragraph when the line counts differ, else by sentence (the report gives the alignment's confidence; "
          + "below 0.6 the pair is refused). Needs --source-lang.")
  String source;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "What FILE holds: auto (default: XLIFF and TMX by their content, tab-separated bitext by a .tsv "
          + "or .tab name, else plain text), text, tsv, xliff-1.2, xliff-2, tmx.")
  String inputFormat;

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Terms to enforce in bilingual checks: TBX (TBX-Basic or TBX v3 Core) or CSV with the columns "
          + "source, target and optionally forbidden. Inflected forms match (vacunas: vaccines).")
  String glossary;
}
