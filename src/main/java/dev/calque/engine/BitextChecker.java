package dev.calque.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.bilingual.BilingualChecker;
import dev.calque.bilingual.BilingualContext;
import dev.calque.bilingual.BilingualRule;
import dev.calque.bitext.Bitext;
import dev.calque.bitext.Glossary;
import dev.calque.bitext.Segment;
import dev.calque.rule.Finding;
import dev.calque.util.LanguageTags;

/**
 * Checks bilingual documents: the bilingual rules compare each segment's translation with its
 * source, and the target language's own rules (and LanguageTool's, unless grammar is off) check
 * the translation as any text. Languages come from the file when it declares them, else from the
 * request. Thread-safe, like {@link Checker}.
 */
public final class BitextChecker {
  private final Calque runtime;
  private final CheckOptions options;
  private final BilingualChecker bilingual;
  private final Glossary glossary;
  private final Map<String, Checker> monolingual = new ConcurrentHashMap<>();

  /**
   * @param glossary terms to enforce, or null
   */
  BitextChecker(Calque runtime, CheckOptions options, Glossary glossary) {
    this.runtime = runtime;
    this.options = options;
    this.glossary = glossary;
    List<BilingualRule> active = new ArrayList<>();
    for (BilingualRule r : runtime.bilingualRules()) {
      var s = r.spec();
      boolean on = s.defaultOn() || CheckOptions.selects(options.enable(), s.id(), s.category());
      if (on && !CheckOptions.selects(options.disable(), s.id(), s.category())) {
        active.add(r);
      }
    }
    this.bilingual = new BilingualChecker(active);
    if (runtime.languages().contains(options.language())) {
      monolingual(options.language(), options.sourceLanguage()); // validates --enable/--disable before any file
    }
  }

  public List<BilingualRule> rules() {
    return bilingual.rules();
  }

  private Checker monolingual(String target, String source) {
    String src = source == null || !source.matches("[a-z]{2}") ? CheckOptions.NO_SOURCE : source;
    return monolingual.computeIfAbsent(target + "|" + src,
        k -> runtime.checker(options.withLanguage(target).withSourceLanguage(src)));
  }

  /**
   * Checks every segment. The file's languages win over the request's defaults; a language the
   * request set explicitly (sourceLanguage not null) is used only where the file declares none.
   *
   * @throws RequestException when neither the file nor the request says what the source language is
   */
  public BitextResult check(Bitext doc) {
    String source = doc.sourceLanguage() != null ? doc.sourceLanguage() : options.sourceLanguage();
    if (source == null || source.equals(CheckOptions.NO_SOURCE)) {
      throw new RequestException(doc.label() + ": the file does not say what language its source is in; give "
          + "--source-lang");
    }
    String target = doc.targetLanguage() != null ? doc.targetLanguage() : options.language();
    String sourceCode = LanguageTags.primary(source);
    String targetCode = LanguageTags.primary(target);
    Set<String> notes = new LinkedHashSet<>(doc.notes());
    Checker mono = null;
    if (runtime.languages().contains(targetCode)) {
      mono = monolingual(targetCode, sourceCode);
    } else {
      notes.add("no " + targetCode + " profile: only the bilingual rules ran (calque checks text in "
          + String.join(", ", runtime.languages()) + ")");
    }
    List<Finding> findings = new ArrayList<>();
    int words = 0;
    for (Segment seg : doc.segments()) {
      BilingualContext ctx = BilingualContext.of(seg.id(), seg.source().text(), source, seg.target().text(), target)
          .with(new BilingualContext.Extras(seg.source().codes(), seg.target().codes(), glossary));
      List<Finding> own = new ArrayList<>();
      for (Finding f : bilingual.check(ctx)) {
        if (f.confidence() >= options.minConfidence() || explicitlyEnabled(f)) {
          own.add(f);
        }
      }
      if (mono != null) {
        DocumentResult r = mono.check(doc.label() + "#" + seg.id(), seg.target().text());
        words += r.words();
        for (Finding f : r.findings()) {
          // The source explains more than the target alone: a bilingual finding on the same span wins.
          if (own.stream().noneMatch(b -> b.span().equals(f.span()))) {
            own.add(f.withSegment(seg.id()));
          }
        }
        notes.addAll(r.notes());
      } else {
        words += countWords(seg.target().text());
      }
      own.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
      findings.addAll(own);
    }
    notes.removeIf(n -> n.startsWith("source language"));
    return new BitextResult(doc, source, target, words, findings, new ArrayList<>(notes));
  }

  private boolean explicitlyEnabled(Finding f) {
    return !options.explicitMinConfidence() && CheckOptions.selects(options.enable(), f.ruleId(), f.category());
  }

  private static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      n += w && !in ? 1 : 0;
      in = w;
    }
    return n;
  }
}
