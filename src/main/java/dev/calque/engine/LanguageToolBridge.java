package dev.calque.engine;

import dev.calque.util.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleSet;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.analysis.TextChars;
import dev.calque.language.LanguageProfile;
import dev.calque.rule.Category;
import dev.calque.rule.Confidence;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.Severity;
import dev.calque.rule.Suggestion;

/**
 * Runs LanguageTool's general rules on the sentences calque already analysed (no second analysis),
 * maps each match to an MQM category and a prior from rules/languagetool/*.yaml, and drops spelling
 * alarms on names and on other variants' spellings.
 */
public final class LanguageToolBridge {
  /** A JLanguageTool with the rules calque runs from it (those whose findings can be shown). */
  record Instance(JLanguageTool tool, RuleSet rules, Policy policy, LanguageProfile profile,
      List<SpellingPrefilter> spelling) {
  }

  /**
   * How LanguageTool's matches are taken: priors per ITS issue type, per-rule priors, rules turned off;
   * and the language's fitted calibration, which may raise a rule above what its hand-set prior allows.
   */
  record Policy(Map<String, Double> typePriors, Map<String, Double> categoryPriors, Map<String, Double> rulePriors,
      double oneEditTypo, double twoEditTypo, dev.calque.calibration.CalibrationTable calibration) {
    double prior(String ruleId, String categoryId, ITSIssueType type) {
      Double p = rulePriors.get(ruleId);
      if (p != null) {
        return p;
      }
      for (Map.Entry<String, Double> e : rulePriors.entrySet()) {
        String k = e.getKey();
        if ((k.endsWith("*") && ruleId.startsWith(k.substring(0, k.length() - 1)))
            || (k.startsWith("*") && ruleId.endsWith(k.substring(1)))) {
          return e.getValue();
        }
      }
      p = categoryPriors.get(categoryId);
      if (p != null) {
        return p;
      }
      return typePriors.getOrDefault(type.toString().toLowerCase(Locale.ROOT), typePriors.getOrDefault("other", 0.4));
    }
  }

  /** The names a spelling finding records for the policy's spelling evidence (see Finding.evidence). */
  public static final String ONE_EDIT = "spelling-evidence.one-edit";
  public static final String TWO_EDITS = "spelling-evidence.two-edits";

  private LanguageToolBridge() {
  }

  /**
   * A LanguageTool instance lent to one thread for one document; JLanguageTool is not thread-safe,
   * so instances are pooled rather than shared. Closing the lease returns it to its pool.
   */
  public static final class Lease implements AutoCloseable {
    private final Instance instance;
    private final Runnable giveBack;

    Lease(Instance instance, Runnable giveBack) {
      this.instance = instance;
      this.giveBack = giveBack;
    }

    public JLanguageTool tool() {
      return instance.tool();
    }

    @Override
    public void close() {
      giveBack.run();
    }
  }

  /**
   * A LanguageTool with only the rules whose matches can reach minConfidence: a rule whose prior
   * (plus the most evidence it can get) stays below it would only produce hidden findings, so it
   * is not run at all.
   */
  static Instance create(LanguageProfile profile, Policy policy, double minConfidence) {
    JLanguageTool lt = new JLanguageTool(profile.languageTool());
    List<org.languagetool.rules.Rule> rules = new ArrayList<>();
    List<SpellingPrefilter> spelling = new ArrayList<>();
    for (org.languagetool.rules.Rule r : lt.getAllActiveRules()) {
      double prior = policy.prior(r.getId(), r.getCategory().getId().toString(), r.getLocQualityIssueType());
      boolean misspelling = r.getLocQualityIssueType() == ITSIssueType.Misspelling;
      double best = misspelling
          ? Confidence.combine(prior, Math.max(policy.oneEditTypo(), policy.twoEditTypo())) : prior;
      // A rule whose fitted prior (for some source, in the most favourable document) can reach the cut runs too.
      var fitted = policy.calibration();
      double reach = fitted.upperBound("languagetool." + r.getId(), "languagetool:" + r.getCategory().getId(), prior,
          misspelling ? Math.max(fitted.weight(ONE_EDIT, policy.oneEditTypo()), fitted.weight(TWO_EDITS,
          policy.twoEditTypo())) : 0);
      best = Math.max(best, Confidence.round(reach)); // as the finding's confidence would be rounded
      if (prior > 0 && best >= minConfidence) {
        // Only the dictionary spellers search suggestions; wrapping a pattern rule would also hide
        // its token hints from the rule set, so it would run on every sentence.
        if (r.isDictionaryBasedSpellingRule() && !(r instanceof org.languagetool.rules.TextLevelRule)) {
          SpellingPrefilter wrapped = new SpellingPrefilter(r);
          spelling.add(wrapped);
          rules.add(wrapped);
        } else {
          rules.add(r);
        }
      }
    }
    return new Instance(lt, RuleSet.textLemmaHinted(rules), policy, profile, List.copyOf(spelling));
  }

  /**
   * The policy file rules/languagetool/LANG.yaml. A target language without one is an error: without
   * priors only spelling would survive the default confidence cut, silently.
   */
  static Policy loadPolicy(LanguageProfile profile) {
    String lang = profile.code();
    Map<String, Double> types = new HashMap<>();
    Map<String, Double> categories = new HashMap<>();
    Map<String, Double> rules = new HashMap<>();
    String res = profile.languageToolPolicy();
    try (InputStream in = LanguageToolBridge.class.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("no LanguageTool policy " + res + " for target language '" + lang + "'");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      root.path("issue-type-priors").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asDouble()));
      root.path("category-priors").fields().forEachRemaining(e -> categories.put(e.getKey(), e.getValue().asDouble()));
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rule-priors").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        rules.put(e.getKey(), e.getValue().isTextual() && e.getValue().asText().equals("off") ? 0.0
            : e.getValue().asDouble());
      }
      JsonNode typo = root.path("spelling-evidence");
      if (!typo.has("one-edit") || !typo.has("two-edits")) {
        throw new IllegalStateException(res + ": spelling-evidence needs one-edit and two-edits (log-odds weights)");
      }
      return new Policy(types, categories, rules, typo.get("one-edit").asDouble(), typo.get("two-edits").asDouble(),
          dev.calque.calibration.CalibrationTable.bundled(lang));
    } catch (IOException e) {
      throw new UncheckedIOException(res + ": " + e.getMessage(), e);
    }
  }

  /** LanguageTool's findings on the document, whose paragraphs must carry its full analysis. */
  public static List<Finding> check(Lease lease, RuleContext ctx) {
    Instance inst = lease.instance;
    List<Finding> out = new ArrayList<>();
    for (SpellingPrefilter s : inst.spelling()) {
      s.neverReported(word -> neverAMisspelling(word, ctx));
    }
    try {
      checkParagraphs(inst, ctx, out);
    } finally {
      for (SpellingPrefilter s : inst.spelling()) {
        s.neverReported(null); // the pooled instance keeps no document
      }
    }
    return out;
  }

  /**
   * One paragraph's work for LanguageTool, done by whichever worker takes it: its analysis of the
   * paragraph's LanguageTool-safe text and, when that yields a paragraph, its rules' matches.
   */
  static final class ParagraphWork {
    final int start;
    final String safe;
    List<AnalyzedSentence> analyzed;
    RuntimeException analysisFailure;
    List<RuleMatch> matches;
    Exception checkFailure;

    ParagraphWork(int start, String safe) {
      this.start = start;
      this.safe = safe;
    }

    /** The analysis, or its failure thrown again (the analyser then notes it and analyses lightly). */
    List<AnalyzedSentence> analysis() {
      if (analysisFailure != null) {
        throw analysisFailure;
      }
      return analyzed;
    }
  }

  /**
   * Lets a lease's spelling rules skip words that are never reported (see SpellingPrefilter), for
   * the given language's profile and morphology; null lets them check every word again.
   */
  static void neverReported(Lease lease, dev.calque.language.LanguageProfile profile,
      dev.calque.analysis.Morphology morphology, boolean on) {
    for (SpellingPrefilter s : lease.instance.spelling()) {
      s.neverReported(on ? word -> neverAMisspelling(word, profile, morphology) : null);
    }
  }

  /** Analyses one paragraph with the lease's LanguageTool and runs its rules over that analysis. */
  static void analyseAndCheck(Lease lease, ParagraphWork w) {
    Instance inst = lease.instance;
    try {
      w.analyzed = inst.tool().analyzeText(w.safe);
    } catch (IOException e) {
      w.analysisFailure = new UncheckedIOException(e);
      return;
    } catch (RuntimeException e) {
      w.analysisFailure = e;
      return;
    }
    if (!dev.calque.analysis.DocumentAnalyzer.yieldsParagraph(w.analyzed)) {
      return; // no paragraph of the document, so nothing to check
    }
    List<String> sentences = new ArrayList<>(w.analyzed.size());
    for (AnalyzedSentence s : w.analyzed) {
      sentences.add(s.getText());
    }
    try {
      w.matches = inst.tool().checkInternalWithCustomRules(inst.rules(),
          new AnnotatedTextBuilder().addText(w.safe).build(), JLanguageTool.ParagraphHandling.NORMAL, null,
          JLanguageTool.Mode.ALL, JLanguageTool.Level.DEFAULT, Collections.emptySet(), null, sentences, w.analyzed)
          .getRuleMatches();
    } catch (IOException | RuntimeException e) {
      w.checkFailure = e;
    }
  }

  /**
   * LanguageTool's findings on the document from the matches found ahead of time, by paragraph
   * start; only paragraphs that kept LanguageTool's analysis count, as in {@link #check}.
   */
  static List<Finding> findings(Lease lease, Map<Integer, ParagraphWork> work, RuleContext ctx) {
    Policy policy = lease.instance.policy();
    List<Finding> out = new ArrayList<>();
    for (Paragraph p : ctx.document().paragraphs()) {
      ParagraphWork w = p.hasLanguageToolAnalysis() ? work.get(p.start()) : null;
      if (w == null) {
        continue;
      }
      if (w.checkFailure != null) {
        ctx.problem("languagetool", "LanguageTool failed on the paragraph at line " + p.line() + " ("
            + Messages.firstLine(w.checkFailure) + "); its grammar and spelling findings there are missing");
        continue;
      }
      for (RuleMatch m : w.matches) {
        Finding f = toFinding(m, p.start(), policy, ctx);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static void checkParagraphs(Instance inst, RuleContext ctx, List<Finding> out) {
    Policy policy = inst.policy();
    Document doc = ctx.document();
    for (Paragraph p : doc.paragraphs()) {
      if (!p.hasLanguageToolAnalysis()) {
        continue;
      }
      List<AnalyzedSentence> analyzed = p.languageToolSentences();
      List<String> sentences = new ArrayList<>(analyzed.size());
      for (AnalyzedSentence s : analyzed) {
        sentences.add(s.getText());
      }
      List<RuleMatch> matches;
      try {
        // The sentences were analysed from this same LanguageTool-safe text (same length, same offsets).
        String safe = TextChars.forLanguageTool(doc.text(p));
        matches = inst.tool().checkInternalWithCustomRules(inst.rules(),
            new AnnotatedTextBuilder().addText(safe).build(), JLanguageTool.ParagraphHandling.NORMAL, null,
            JLanguageTool.Mode.ALL, JLanguageTool.Level.DEFAULT, Collections.emptySet(), null, sentences, analyzed)
            .getRuleMatches();
      } catch (IOException | RuntimeException e) {
        // One paragraph LanguageTool cannot check costs its findings there, never the document.
        ctx.problem("languagetool", "LanguageTool failed on the paragraph at line " + p.line() + " ("
            + Messages.firstLine(e) + "); its grammar and spelling findings there are missing");
        continue;
      }
      for (RuleMatch m : matches) {
        Finding f = toFinding(m, p.start(), policy, ctx);
        if (f != null) {
          out.add(f);
        }
      }
    }
  }

  private static Finding toFinding(RuleMatch m, int base, Policy policy, RuleContext ctx) {
    String id = m.getRule().getId();
    ITSIssueType type = m.getRule().getLocQualityIssueType();
    double prior = policy.prior(id, m.getRule().getCategory().getId().toString(), type);
    if (prior <= 0) {
      return null;
    }
    int start = base + m.getFromPos();
    int end = base + m.getToPos();
    if (end <= start || end > ctx.document().text().length()) {
      return null;
    }
    String covered = ctx.document().text(start, end);
    double evidence = 0;
    List<String> applied = List.of();
    if (type == ITSIssueType.Misspelling) {
      if (notAMisspelling(covered, start, ctx)) {
        return null;
      }
      String best = m.getSuggestedReplacements().isEmpty() ? null : m.getSuggestedReplacements().get(0);
      int distance = best == null ? Integer.MAX_VALUE : dev.calque.lexicon.EditDistance.between(covered.toLowerCase(Locale.ROOT),
          best.toLowerCase(Locale.ROOT));
      if (best == null || distance > 2 || isSplitCompound(covered, best)) {
        return null; // a rare or foreign word, or a compound written solid: not a typo to fix
      }
      evidence += distance == 1 ? policy.oneEditTypo() : policy.twoEditTypo();
      applied = List.of(distance == 1 ? ONE_EDIT : TWO_EDITS);
    }
    double conf = Confidence.combine(prior, evidence);
    List<Suggestion> suggestions = new ArrayList<>();
    List<String> repl = m.getSuggestedReplacements();
    for (int i = 0; i < Math.min(3, repl.size()); i++) {
      suggestions.add(new Suggestion(repl.get(i), Confidence.forSuggestion(conf, i)));
    }
    String message = m.getMessage().replaceAll("</?suggestion>", "'");
    return Finding.of(ruleRef(m)).severity(Severity.MINOR).span(start, end).message(message)
        .suggestions(suggestions).confidence(conf).engine(Engine.LANGUAGETOOL).evidence(applied).build();
  }

  /**
   * The LanguageTool rule as a finding reports it: calque's id and MQM category, with LanguageTool's
   * own id, category and ITS issue type beside them (the MQM mapping folds several types into one).
   */
  static dev.calque.rule.RuleRef ruleRef(RuleMatch m) {
    org.languagetool.rules.Rule r = m.getRule();
    java.net.URL url = m.getUrl() != null ? m.getUrl() : r.getUrl(); // a match may point at a more specific page
    org.languagetool.rules.Category c = r.getCategory();
    var origin = new dev.calque.rule.LanguageToolOrigin(r.getId(), r.getSubId(), c.getId().toString(), c.getName(),
        r.getLocQualityIssueType().toString());
    return new dev.calque.rule.RuleRef("languagetool." + r.getId(), category(r.getLocQualityIssueType()),
        r.getDescription(), url == null ? null : url.toString(), origin, List.of());
  }

  /** The suggestion only splits or hyphenates the word ("undercard" to "under card"). */
  private static boolean isSplitCompound(String word, String suggestion) {
    return suggestion.replace(" ", "").replace("-", "").equalsIgnoreCase(word) && !suggestion.equalsIgnoreCase(word);
  }

  /**
   * Spelling alarms calque does not pass on: names (any capital letter: "Lukashenko", "iQIYI"),
   * words inside a gazetteer name, short abbreviations, tails of elided names, hyphenated coinages,
   * words with letters of
   * other scripts, and words the English dictionary knows in another variant ("colour",
   * "programme" are not misspellings in British English).
   */
  private static boolean notAMisspelling(String covered, int start, RuleContext ctx) {
    if (neverAMisspelling(covered, ctx)) {
      return true;
    }
    String text = ctx.document().text();
    if (start >= 2 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019')
        && Character.isLetter(text.charAt(start - 2))) {
      return true; // the tail of an elided word or name ("Ng'ombe", "d'Ivoire")
    }
    for (var mention : ctx.mentions()) {
      if (mention.start() <= start && start < mention.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of {@link #notAMisspelling} that depends on the word alone, not on where it is: words
   * for which LanguageTool need not even search suggestions (see SpellingPrefilter).
   */
  static boolean neverAMisspelling(String covered, RuleContext ctx) {
    return neverAMisspelling(covered, ctx.profile(), ctx.morphology());
  }

  static boolean neverAMisspelling(String covered, dev.calque.language.LanguageProfile profile,
      dev.calque.analysis.Morphology morphology) {
    // A capital marks a name where the language capitalises only names (not in German, say).
    int capitalsFrom = profile.capitalisationMarksNames() ? 0 : 1;
    for (int i = capitalsFrom; i < covered.length(); i++) {
      if (Character.isUpperCase(covered.charAt(i))) {
        return true;
      }
    }
    if (covered.codePointCount(0, covered.length()) <= 3) {
      return true; // abbreviations and foreign function words ("dpa", "und"), far more often than typos
    }
    if (covered.indexOf('-') >= 0) {
      return true; // hyphenated coinages ("socio-demographic", "multi-centre") are formed at will
    }
    for (int i = 0; i < covered.length(); i++) {
      if (Character.UnicodeScript.of(covered.charAt(i)) != Character.UnicodeScript.LATIN
          && Character.isLetter(covered.charAt(i))) {
        return true; // units and symbols in other scripts ("µmol")
      }
    }
    if (!covered.contains(" ")) {
      for (var r : morphology.readings(covered)) {
        if (r.pos() != null) {
          return true;
        }
      }
    }
    return false;
  }

  static String category(ITSIssueType type) {
    return switch (type) {
      case Misspelling -> Category.SPELLING;
      case Typographical, Whitespace -> Category.PUNCTUATION;
      case Style, Register -> Category.UNIDIOMATIC;
      case Terminology -> Category.WRONG_TERM;
      case Mistranslation, Untranslated, Omission, Addition -> Category.MISTRANSLATION;
      case LocaleViolation -> Category.NUMBER_FORMAT;
      default -> Category.GRAMMAR;
    };
  }
}
