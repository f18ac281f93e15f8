package dev.calque.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import dev.calque.language.LanguageProfile;

/**
 * The decision of source inference over one document, from the evidence its windows showed: the
 * rule of {@link SourceInference} without the rules. A check feeds it live; {@code calque calibrate
 * --inference} replays saved evidence through it under many thresholds, so what is fitted is exactly
 * what the engine decides.
 */
public final class SourceTally {
  /**
   * One finding of a candidate source's rules that can tell sources apart: the text it covers (lower
   * case, quoted), its confidence, and whether no other candidate's rules found any of that text.
   */
  public record Evidence(String source, String artifact, double confidence, boolean specific) {
  }

  private final Function<String, LanguageProfile.SourceInference> thresholds;
  /** The artifacts any source needs in this document, for its length. */
  private final int forLength;
  private String language;
  /** Distinct strong findings per candidate source, over the windows read so far. */
  private final Map<String, Set<String>> seen = new TreeMap<>();
  /** Of those, the ones no other candidate's rules found: they point to this source alone. */
  private final Map<String, Set<String>> specific = new TreeMap<>();

  /**
   * @param thresholds each candidate source's thresholds
   * @param words the words of the whole text the source is inferred from
   */
  public SourceTally(Function<String, LanguageProfile.SourceInference> thresholds, int words) {
    this.thresholds = thresholds;
    this.forLength = forLength(words);
  }

  /** Words in a text as inference counts them (letter-or-digit runs). */
  public static int words(String text) {
    return SourceInference.words(text);
  }

  /** The distinct artifacts any source needs in a text of this many words ({@link SourceInference#MAX_FOR_LENGTH}). */
  public static int forLength(int words) {
    return Math.min(SourceInference.MAX_FOR_LENGTH, (int) Math.ceil(words * SourceInference.MIN_PER_THOUSAND_WORDS
        / 1000));
  }

  /**
   * Adds one window's evidence, in text order, and infers a source once exactly one candidate
   * qualifies. Once a source is inferred only its evidence is kept (for the note that quotes it).
   *
   * @return the inferred source, or null
   */
  public String add(List<Evidence> window) {
    for (Evidence e : window) {
      if (language != null && !language.equals(e.source())) {
        continue;
      }
      if (e.confidence() < thresholds.apply(e.source()).evidenceConfidence()) {
        continue;
      }
      seen.computeIfAbsent(e.source(), k -> new LinkedHashSet<>()).add(e.artifact());
      if (e.specific()) {
        specific.computeIfAbsent(e.source(), k -> new LinkedHashSet<>()).add(e.artifact());
      }
    }
    if (language == null) {
      List<String> qualified = qualified();
      if (qualified.size() == 1) {
        language = qualified.get(0);
      }
    }
    return language;
  }

  /** The inferred source, or null. */
  public String language() {
    return language;
  }

  /** The evidence for the inferred source, in text order (window by window). */
  public Set<String> evidence() {
    return language == null ? Set.of() : seen.getOrDefault(language, Set.of());
  }

  /** The evidence found by the inferred source's rules alone, in text order (window by window). */
  public Set<String> specificEvidence() {
    return language == null ? Set.of() : specific.getOrDefault(language, Set.of());
  }

  /**
   * When no source was inferred although several candidates found enough artifacts (calques they
   * share, or as many specific to each): those candidates. Empty otherwise.
   */
  public List<String> ambiguous() {
    if (language != null) {
      return List.of();
    }
    List<String> enough = new ArrayList<>();
    seen.forEach((source, artifacts) -> {
      if (artifacts.size() >= Math.max(forLength, thresholds.apply(source).minEvidence())) {
        enough.add(source);
      }
    });
    return enough.size() > 1 ? enough : List.of();
  }

  /**
   * The candidates that reach their thresholds and have the most specific artifacts (more than one
   * when they tie).
   */
  private List<String> qualified() {
    List<String> best = new ArrayList<>();
    int most = 0;
    for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
      LanguageProfile.SourceInference t = thresholds.apply(e.getKey());
      int own = specific.getOrDefault(e.getKey(), Set.of()).size();
      if (e.getValue().size() < Math.max(forLength, t.minEvidence()) || own < t.minSpecific() || own < most) {
        continue;
      }
      if (own > most) {
        best.clear();
        most = own;
      }
      best.add(e.getKey());
    }
    return best;
  }
}
