package dev.calque.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.calque.rule.Confidence;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Span;
import dev.calque.rule.Suggestion;

/**
 * Turns the raw findings of all rules into what a copy editor should see: one finding per problem,
 * sorted by position.
 * <ul>
 *   <li>a finding inside a span calque proposes to delete is dropped (the whole line goes anyway), and
 *       so is one inside a longer calque match with a suggestion (the longer phrase is more specific);
 *   <li>of two calque findings on the same span, the more confident stays;
 *   <li>two calque findings on adjacent words ("his" + "sera") become one compound finding whose
 *       suggestion applies both ("its vaccines"); its rule id joins both ids with '+' and its rule
 *       lists both as components;
 *   <li>a LanguageTool finding that overlaps a calque finding is dropped: calque's is more specific.
 * </ul>
 */
final class FindingMerger {
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
      .thenComparingInt(Finding::end).thenComparing(Comparator.comparingDouble(Finding::confidence).reversed());

  private FindingMerger() {
  }

  static List<Finding> merge(String text, List<Finding> calque, List<Finding> languageTool) {
    List<Finding> own = new ArrayList<>(calque);
    own.sort(ORDER);
    own = dropInsideDeletions(own);
    own = dropInsideLongerMatches(own);
    own = dropSameSpan(own);
    own = joinAdjacent(text, own);
    List<Finding> out = new ArrayList<>(own);
    SpanIndex calqueSpans = new SpanIndex(own);
    for (Finding lt : languageTool) {
      if (!calqueSpans.overlapsAny(lt.start(), lt.end())) {
        out.add(lt);
      }
    }
    out.sort(ORDER);
    return out;
  }

  private static List<Finding> dropInsideDeletions(List<Finding> sorted) {
    return dropContained(sorted, (outer, inner) -> isDeletion(outer));
  }

  /**
   * "the Gallic country" (an epithet) wins over "Gallic" (an adjective) inside it: of two findings of
   * one category, the longer match knows more. Different problems nested in one span both stay.
   */
  private static List<Finding> dropInsideLongerMatches(List<Finding> sorted) {
    return dropContained(sorted, (outer, inner) -> outer.best() != null && !isDeletion(outer)
        && outer.category().equals(inner.category()));
  }

  /**
   * Drops each finding that lies strictly inside a longer one for which the test holds. A sweep in
   * start order: only findings that start at or before this one and still reach its start can contain
   * it, so a window with thousands of findings is not compared pair by pair.
   */
  private static List<Finding> dropContained(List<Finding> sorted,
      java.util.function.BiPredicate<Finding, Finding> outerWins) {
    List<Finding> out = new ArrayList<>();
    List<Finding> open = new ArrayList<>(); // started at or before the current start, ending at or after it
    int next = 0;
    for (Finding f : sorted) {
      while (next < sorted.size() && sorted.get(next).start() <= f.start()) {
        open.add(sorted.get(next++)); // same start, longer end: sorted after f, still a container
      }
      open.removeIf(d -> d.end() < f.start());
      boolean inside = false;
      for (Finding d : open) {
        if (d != f && d.start() <= f.start() && f.end() <= d.end() && (d.end() - d.start()) > (f.end() - f.start())
            && outerWins.test(d, f)) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean isDeletion(Finding f) {
    return f.best() != null && f.best().replacement().isEmpty();
  }

  private static List<Finding> dropSameSpan(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : sorted) {
      Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.start() == f.start() && last.end() == f.end()) {
        continue; // sorted by confidence within a span: the first is the best
      }
      out.add(f);
    }
    return out;
  }

  private static List<Finding> joinAdjacent(String text, List<Finding> sorted) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : sorted) {
      Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && joinable(text, last, f)) {
        out.set(out.size() - 1, join(text, last, f));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean joinable(String text, Finding a, Finding b) {
    if (a.engine() != Engine.CALQUE || b.engine() != Engine.CALQUE || a.best() == null || b.best() == null
        || isDeletion(a) || isDeletion(b) || b.start() < a.end() || b.start() - a.end() > 1) {
      return false;
    }
    return text.substring(a.end(), b.start()).equals(" ");
  }

  private static Finding join(String text, Finding a, Finding b) {
    String gap = text.substring(a.end(), b.start());
    double conf = Math.max(a.confidence(), b.confidence());
    double both = Confidence.round(a.best().confidence() * b.best().confidence());
    List<Suggestion> suggestions = List.of(new Suggestion(a.best().replacement() + gap + b.best().replacement(), both));
    Finding major = a.severity().compareTo(b.severity()) >= 0 ? a : b;
    // Both come from one text, hence one segment; the joined finding answers to both source spans.
    Span source = a.source() != null && b.source() != null ? a.source().union(b.source()) : null;
    return Finding.of(RuleRef.joined(a.rule(), b.rule(), major.category())).severity(major.severity())
        .span(a.start(), b.end()).message(a.message() + " " + b.message()).suggestions(suggestions).confidence(conf)
        .engine(Engine.CALQUE).source(source).segment(a.segment()).build();
  }
}
