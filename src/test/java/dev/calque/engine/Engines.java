package dev.calque.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checkers shared across tests: building one (and LanguageTool above all) is too slow to repeat. */
public final class Engines {
  private static final Map<String, Checker> LIGHT = new ConcurrentHashMap<>();
  private static final Map<String, Checker> FULL = new ConcurrentHashMap<>();

  private Engines() {
  }

  /** Without LanguageTool's rules; source may be null. */
  public static Checker light(String source) {
    return LIGHT.computeIfAbsent(String.valueOf(source),
        s -> new Checker(CheckOptions.defaults().withGrammar(false).withSourceLanguage(source)));
  }

  /** With LanguageTool's rules. */
  public static Checker full(String source) {
    return FULL.computeIfAbsent(String.valueOf(source),
        s -> new Checker(CheckOptions.defaults().withSourceLanguage(source)));
  }
}
