package dev.calque.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.RuleSelectors;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.Rule;

/**
 * One /v2/check request of LanguageTool's HTTP API, read into calque's terms: the text (plain, or
 * annotated with markup whose offsets count), the language asked and the one detected, the
 * engine's settings, the matches to keep, and how to answer. Everything a client may get wrong is a
 * 400 with a one-line reason, as LanguageTool answers; rule and category ids calque does not know
 * are accepted and select nothing, as LanguageTool does (OmegaT probes with disabledCategories=FOO).
 *
 * <p>The mapping: {@code motherTongue} is the source language (it switches on that pair's rules);
 * {@code enabledRules}/{@code disabledRules} take calque's rule ids, prefixes and categories and
 * LanguageTool's own ids (EN_QUOTES); {@code enabledCategories}/{@code disabledCategories} take
 * LanguageTool's category ids (TYPOGRAPHY) and calque's MQM categories; {@code level=picky} shows
 * calque's own findings from confidence {@value #PICKY_MIN_CONFIDENCE} up instead of
 * {@value #DEFAULT_MIN_CONFIDENCE} (which a text that reads as raw MT lowers, as in calque check);
 * LanguageTool's own matches are all given, as LanguageTool gives them, with their calibrated
 * confidence, unless the client filters them;
 * {@code mode=textLevelOnly} gets no matches (calque reports every finding in the other modes).
 */
record LtCheckRequest(AnnotatedText text, LtLanguage language, LtLanguage detected, double detectedConfidence,
    CheckOptions options, Predicate<Finding> keep, boolean compact, boolean allowIncompleteResults,
    boolean textLevelOnly, CheckOptions display) {

  /**
   * Every finding down to this is checked for: LanguageTool's clients get all of LanguageTool's own
   * matches (those calque's policy keeps), as from LanguageTool.
   */
  static final double ALL = 0.01;

  /**
   * Whether a kept finding is shown, given the document's threshold (the level's, moved by the kind
   * of text): LanguageTool's own matches always, calque's from the threshold up or when named.
   */
  boolean shown(Finding f, double threshold) {
    return f.rule().languageTool() != null || f.confidence() >= threshold
        || f.components().stream().anyMatch(id -> CheckOptions.selects(display.enable(), id, f.category()));
  }

  /** The threshold of calque check's report: findings less likely than this are not shown. */
  static final double DEFAULT_MIN_CONFIDENCE = 0.5;
  static final double PICKY_MIN_CONFIDENCE = 0.3;
  private static final ObjectMapper JSON = new ObjectMapper();

  static LtCheckRequest parse(Map<String, String> p, Calque calque, int maxTextLength) {
    AnnotatedText text = text(p);
    String plain = text.getPlainText();
    if (plain.length() > maxTextLength) {
      throw ApiError.tooLarge("the text is " + plain.length() + " characters long; this server checks at most "
          + maxTextLength + " (see --max-text-length)");
    }
    String languageParam = p.get("language");
    if (languageParam == null || languageParam.isBlank()) {
      throw ApiError.badRequest("missing 'language' parameter, e.g. language=en-US, or language=auto");
    }
    boolean auto = languageParam.equals("auto");
    List<String> preferred = preferredVariants(p.get("preferredVariants"), auto, calque.languages());
    LanguageGuess guess = LanguageGuess.of(plain, calque);
    String guessed = guess.target() != null ? guess.target() : CheckOptions.DEFAULT_LANGUAGE;
    LtLanguage detected = LtLanguage.defaultVariant(guessed);
    for (String v : preferred) {
      LtLanguage variant = LtLanguage.resolve(v, calque.languages(), "preferredVariants");
      if (variant.target().equals(guessed)) {
        detected = variant;
      }
    }
    LtLanguage language = auto ? detected : LtLanguage.resolve(languageParam, calque.languages(), "language");

    boolean enabledOnly = yes(p.get("enabledOnly"));
    List<String> enabledRules = list(p.get("enabledRules"));
    List<String> disabledRules = list(p.get("disabledRules"));
    List<String> enabledCategories = list(p.get("enabledCategories"));
    List<String> disabledCategories = list(p.get("disabledCategories"));
    if (enabledOnly && !(disabledRules.isEmpty() && disabledCategories.isEmpty())) {
      throw ApiError.badRequest("disabled rules or categories cannot be given with enabledOnly=true");
    }
    if (enabledOnly && enabledRules.isEmpty() && enabledCategories.isEmpty()) {
      throw ApiError.badRequest("enabledOnly=true needs enabledRules or enabledCategories");
    }
    List<Rule> rules = calque.bundledRules();
    Set<String> enable = new LinkedHashSet<>();
    Set<String> disable = new LinkedHashSet<>();
    Set<String> ltEnabledCategories = new LinkedHashSet<>();
    Set<String> ltDisabledCategories = new LinkedHashSet<>();
    enabledRules.forEach(id -> addSelector(id, rules, enable));
    disabledRules.forEach(id -> addSelector(id, rules, disable));
    enabledCategories.forEach(c -> addCategory(c, rules, enable, ltEnabledCategories));
    disabledCategories.forEach(c -> addCategory(c, rules, disable, ltDisabledCategories));
    // Only named rules wanted, none of them LanguageTool's: its rules (nearly all the time) need not run.
    boolean grammar = !enabledOnly || !ltEnabledCategories.isEmpty()
        || enable.stream().anyMatch(s -> s.startsWith("languagetool"));
    double min = level(p.get("level"));
    // The same fitted calibration as calque check (one table, rules/calibration/LANG.tsv). calque's own
    // findings are shown as check shows them (the level's threshold, moved by the kind of text);
    // LanguageTool's own matches all, as LanguageTool would, each with its calibrated confidence
    // (docs/server.md): its clients rely on them, and filter them by rule and category themselves.
    CheckOptions display = new CheckOptions(language.target(), source(p.get("motherTongue")), grammar, enable,
        disable, List.of(), min, false);
    CheckOptions options = display.withDefaultMinConfidence(ALL);
    Set<String> on = Set.copyOf(enable);
    Predicate<Finding> keep = f -> {
      LanguageToolOrigin lt = f.rule().languageTool();
      if (lt != null && ltDisabledCategories.contains(lt.category())) {
        return false;
      }
      if (!enabledOnly) {
        return true;
      }
      return (lt != null && ltEnabledCategories.contains(lt.category()))
          || f.components().stream().anyMatch(id -> CheckOptions.selects(on, id, f.category()));
    };
    return new LtCheckRequest(text, language, detected, guess.confidence(), options, keep, compact(p.get("c")),
        "true".equals(p.get("allowIncompleteResults")), textLevelOnly(p.get("mode")), display);
  }

  private static AnnotatedText text(Map<String, String> p) {
    String text = p.get("text");
    String data = p.get("data");
    if (text != null && data != null) {
      throw ApiError.badRequest("set only 'text' or 'data', not both");
    }
    if (text != null) {
      return new AnnotatedTextBuilder().addText(text).build();
    }
    if (data == null) {
      throw ApiError.badRequest("missing 'text' or 'data' parameter");
    }
    return annotated(data);
  }

  /** The 'data' parameter: {"text": …} or {"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}. */
  static AnnotatedText annotated(String data) {
    JsonNode root;
    try {
      root = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("'data' is not valid JSON: " + JsonErrors.describe(e));
    }
    if (root == null || !root.isObject()) {
      throw ApiError.badRequest("'data' must be a JSON object with a 'text' or an 'annotation' key");
    }
    JsonNode text = root.get("text");
    JsonNode annotation = root.get("annotation");
    if (text != null && annotation != null) {
      throw ApiError.badRequest("'data' takes either 'text' or 'annotation', not both");
    }
    AnnotatedTextBuilder b = new AnnotatedTextBuilder();
    if (text != null) {
      return b.addText(string(text, "data.text")).build();
    }
    if (annotation == null || !annotation.isArray()) {
      throw ApiError.badRequest("'data' needs a 'text' string or an 'annotation' array");
    }
    int i = 0;
    for (JsonNode part : annotation) {
      String where = "data.annotation[" + i++ + "]";
      if (!part.isObject()) {
        throw ApiError.badRequest(where + " must be an object with 'text' or 'markup'");
      }
      JsonNode t = part.get("text");
      JsonNode m = part.get("markup");
      JsonNode as = part.get("interpretAs");
      if (t != null && m != null) {
        throw ApiError.badRequest(where + " has both 'text' and 'markup'; give one");
      } else if (t != null && as != null) {
        throw ApiError.badRequest(where + ": 'interpretAs' goes with 'markup', not 'text'");
      } else if (t != null) {
        b.addText(string(t, where + ".text"));
      } else if (m != null && as != null) {
        b.addMarkup(string(m, where + ".markup"), string(as, where + ".interpretAs"));
      } else if (m != null) {
        b.addMarkup(string(m, where + ".markup"));
      } else {
        throw ApiError.badRequest(where + " has neither 'text' nor 'markup'");
      }
    }
    return b.build();
  }

  private static String string(JsonNode n, String where) {
    if (!n.isTextual()) {
      throw ApiError.badRequest(where + " must be a string");
    }
    return n.asText();
  }

  private static List<String> preferredVariants(String value, boolean auto, Set<String> targets) {
    if (value == null) {
      return List.of();
    }
    if (!auto) {
      throw ApiError.badRequest("'preferredVariants' works only with language=auto");
    }
    List<String> out = new ArrayList<>();
    for (String v : value.split(",\\s*")) {
      if (!v.contains("-")) {
        throw ApiError.badRequest("'preferredVariants' takes variants with a dash such as en-GB, not '"
            + FormParams.shown(v) + "'");
      }
      out.add(v);
    }
    return out;
  }

  /** motherTongue as calque's source language: the language subtag of any ISO 639-1 tag ("es-ES": es). */
  private static String source(String motherTongue) {
    if (motherTongue == null || motherTongue.isBlank()) {
      return null;
    }
    String lang = LtLanguage.normalise(motherTongue).split("-")[0];
    if (!lang.matches("[a-z]{2}")) {
      throw ApiError.badRequest("'motherTongue' is a language code such as es or es-ES, not '"
          + FormParams.shown(motherTongue) + "'");
    }
    return lang;
  }

  private static double level(String level) {
    if (level == null || level.equals("default")) {
      return DEFAULT_MIN_CONFIDENCE;
    }
    if (level.equals("picky")) {
      return PICKY_MIN_CONFIDENCE;
    }
    throw ApiError.badRequest("'level' is default or picky, not '" + FormParams.shown(level) + "'");
  }

  private static boolean textLevelOnly(String mode) {
    if (mode == null || mode.equals("all") || mode.equals("allButTextLevelOnly")) {
      return false;
    }
    if (mode.equals("textLevelOnly")) {
      return true;
    }
    throw ApiError.badRequest("'mode' is all, textLevelOnly or allButTextLevelOnly, not '" + FormParams.shown(mode) + "'");
  }

  private static boolean compact(String c) {
    if (c == null) {
      return false;
    }
    try {
      return Integer.parseInt(c.trim()) == 1;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("'c' is a number (1 for compact answers), not '" + FormParams.shown(c) + "'");
    }
  }

  private static boolean yes(String v) {
    return "true".equals(v) || "yes".equals(v);
  }

  private static List<String> list(String v) {
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String s : v.split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }

  /**
   * A rule id as calque's selector: calque's ids, prefixes and categories as they are, LanguageTool's
   * (EN_QUOTES) under "languagetool."; anything else selects nothing and is dropped.
   */
  private static void addSelector(String id, List<Rule> rules, Set<String> out) {
    if (RuleSelectors.known(id, rules)) {
      out.add(id);
    } else if (id.matches("[A-Z][A-Z0-9_]*")) {
      out.add("languagetool." + id);
    }
  }

  /** A category: calque's MQM categories select calque's way, anything else is a LanguageTool category id. */
  private static void addCategory(String id, List<Rule> rules, Set<String> calque, Set<String> languageTool) {
    if (!id.startsWith("languagetool") && RuleSelectors.known(id, rules)) {
      calque.add(id);
    } else {
      languageTool.add(id);
    }
  }
}
