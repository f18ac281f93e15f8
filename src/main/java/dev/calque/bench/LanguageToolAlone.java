package dev.calque.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * LanguageTool alone, the baseline of the whole-process benchmark: one JLanguageTool with all its
 * default rules, each non-blank line of each file checked as a paragraph, as LanguageTool's own
 * command line does with a plain-text file. Prints the number of matches, so a run that checked
 * nothing shows.
 *
 * <p>Usage: {@code java -cp calque.jar dev.calque.bench.LanguageToolAlone LANG FILE...}
 */
public final class LanguageToolAlone {
  private LanguageToolAlone() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LanguageToolAlone LANG FILE...");
      System.exit(2);
    }
    Language language = Languages.getLanguageForShortCode(args[0]);
    JLanguageTool lt = new JLanguageTool(language);
    long matches = 0;
    for (int i = 1; i < args.length; i++) {
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          matches += lt.check(line).size();
        }
      }
    }
    System.out.println(matches + " matches");
  }
}
