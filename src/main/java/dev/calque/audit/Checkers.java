package dev.calque.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.RequestException;
import dev.calque.io.InputException;
import dev.calque.reference.ReferenceEvidence;

/**
 * The checker for each article: its target and source language come from the record when it names
 * them, else from the options; with --lang auto an article that does not say is guessed. One checker
 * per language pair, built on first use and shared by all workers (at most languages × 677 of them:
 * source codes are two letters).
 */
final class Checkers {
  /** The --lang value that guesses each article's language. */
  static final String AUTO = "auto";

  private final Calque runtime;
  private final CheckOptions base;
  private final LanguageGuess guess;
  private final Map<String, Checker> checkers = new ConcurrentHashMap<>();
  private final ReferenceEvidence reference;

  /**
   * Validates the options (an unknown language or rule name is a RequestException) before any document.
   *
   * @param reference the edited archive every checker weighs its findings against, or null
   */
  Checkers(Calque runtime, CheckOptions base, ReferenceEvidence reference) {
    this.runtime = runtime;
    this.reference = reference;
    boolean auto = AUTO.equals(base.language());
    this.base = auto ? base.withLanguage(CheckOptions.DEFAULT_LANGUAGE) : base;
    this.guess = auto ? new LanguageGuess(runtime, CheckOptions.DEFAULT_LANGUAGE) : null;
    checker(this.base.language(), this.base.sourceLanguage());
  }

  Checker forArticle(Article a) throws InputException {
    // A record's "en-GB" or "ES" names the language calque checks as "en" or "es".
    String lang = a.language() != null ? a.language().toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0]
        : guess != null ? guess.guess(a.text()) : base.language();
    if (!runtime.languages().contains(lang)) {
      throw new InputException("language '" + lang + "' is not one calque checks (" + String.join(", ",
          runtime.languages()) + ")");
    }
    String source = base.sourceLanguage();
    if (a.sourceLanguage() != null) {
      try {
        source = CheckOptions.parseSource(a.sourceLanguage());
      } catch (RequestException e) {
        throw new InputException("source language: " + e.getMessage());
      }
    }
    return checker(lang, source);
  }

  private Checker checker(String lang, String source) {
    return checkers.computeIfAbsent(lang + "|" + source, k -> {
      Checker c = runtime.checker(base.withLanguage(lang).withSourceLanguage(source));
      return reference == null ? c : c.withReference(reference);
    });
  }
}
