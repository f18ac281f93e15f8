package dev.calque.bilingual;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.bitext.Glossary;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * The user's glossary (--glossary). {@code report: missing}: a source term is in the source and
 * none of its target terms is in the translation. {@code report: forbidden}: the translation uses
 * a term the glossary forbids (for a source term present, or anywhere when the entry has no source
 * terms), with the admitted term as the correction. Terms match through each language's stems, so
 * inflected forms count ("vacunas" for "vacuna", "vaccines" for "vaccine").
 */
final class GlossaryRule extends AbstractBilingualRule {
  private final boolean missing;

  GlossaryRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    missing = choice(params, "report", "missing", "forbidden").equals("missing");
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    Glossary g = ctx.extras().glossary();
    if (g == null) {
      return;
    }
    Stems sourceStems = Stems.of(ctx.sourceLanguage());
    Stems targetStems = Stems.of(ctx.targetLanguage());
    List<Stems.Word> sourceWords = sourceStems.words(ctx.source());
    List<Stems.Word> targetWords = targetStems.words(ctx.target());
    for (Glossary.Entry e : g.entries()) {
      List<String> sourceTerms = e.admitted(ctx.sourceLanguage(), true);
      List<String> required = e.admitted(ctx.targetLanguage(), false);
      Span inSource = null;
      String sourceTerm = null;
      for (String term : sourceTerms) {
        List<Span> found = Stems.find(sourceStems.keys(term), sourceWords);
        if (!found.isEmpty()) {
          inSource = found.get(0);
          sourceTerm = term;
          break;
        }
      }
      if (missing) {
        // A forbidden term in its place is the forbidden rule's finding, with a correction.
        if (inSource != null && !required.isEmpty() && !anyFound(required, targetStems, targetWords)
            && !anyFound(e.forbidden(ctx.targetLanguage()), targetStems, targetWords)) {
          String message = spec.message("", required.get(0), "source", ctx.source(inSource), "term",
              String.join("' or '", required));
          out.accept(finding(ctx, new Span(0, ctx.target().length()), inSource, message, List.of(), 0));
        }
        continue;
      }
      if (inSource == null && !sourceTerms.isEmpty()) {
        continue;
      }
      for (String banned : e.forbidden(ctx.targetLanguage())) {
        for (Span at : Stems.find(targetStems.keys(banned), targetWords)) {
          String surface = ctx.target(at);
          String plural = pluralEnding(surface, banned);
          List<String> fix = required.isEmpty() ? List.of() : List.of(required.get(0) + (plural == null ? "" : plural));
          // An inflected match ("jabs" for "jab") is certain; rewriting it with the base term is less so,
          // unless the inflection is a plural ending the correction can carry too.
          double evidence = surface.equalsIgnoreCase(banned) || plural != null ? 0 : -1.0;
          String message = spec.message(surface, fix.isEmpty() ? null : fix.get(0), "source",
              sourceTerm == null ? "" : sourceTerm, "term", banned);
          out.accept(finding(ctx, at, inSource == null ? new Span(0, 0) : inSource, message, fix, evidence));
        }
      }
    }
  }

  /** "s" or "es" when the surface is the term with that plural ending, else null ("" for the term itself). */
  private static String pluralEnding(String surface, String term) {
    String s = surface.toLowerCase(java.util.Locale.ROOT);
    String t = term.toLowerCase(java.util.Locale.ROOT);
    if (s.equals(t)) {
      return "";
    }
    for (String ending : new String[] {"s", "es"}) {
      if (s.equals(t + ending)) {
        return ending;
      }
    }
    return null;
  }

  private static boolean anyFound(List<String> terms, Stems stems, List<Stems.Word> words) {
    for (String t : terms) {
      if (!Stems.find(stems.keys(t), words).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
