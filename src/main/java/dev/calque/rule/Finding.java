package dev.calque.rule;

import java.util.List;
import java.util.Objects;

/**
 * One artifact found in a document: the span [start, end) in UTF-16 units of the document text as
 * read (the target text, when a source is checked with it), what is wrong with it, and the
 * corrections proposed. Immutable; build one with {@link #of(RuleRef)} and derive variants with the
 * {@code with…} methods.
 *
 * @param rule the rule that raised it (a joined rule for a compound finding)
 * @param category this finding's MQM category, usually its rule's
 * @param confidence probability that the span is a real error (suggestions carry their own)
 * @param source the span in the source text that the finding answers to, or null when no source
 *     was checked
 * @param segment the id of the bilingual segment (an XLIFF unit, a TMX unit), or null for a
 *     monolingual document
 * @param evidence the names of the context evidence that moved the confidence from the rule's prior
 *     ("word-repetition.function-word"), so calibration can fit each weight from labelled findings
 */
public record Finding(RuleRef rule, String category, Severity severity, int start, int end, String message,
    List<Suggestion> suggestions, double confidence, Engine engine, Span source, String segment,
    List<String> evidence) {

  public Finding {
    Objects.requireNonNull(rule, "rule is required");
    Objects.requireNonNull(category, "category is required");
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(message, "message is required");
    Objects.requireNonNull(engine, "engine is required");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + rule.id());
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
    if (segment != null && segment.isEmpty()) {
      throw new IllegalArgumentException("segment id must not be empty (null means no segment)");
    }
    suggestions = List.copyOf(suggestions);
    evidence = List.copyOf(evidence);
  }

  /** The older shape (rule id only, no source or segment); kept so existing callers still compile. */
  public Finding(String ruleId, String category, Severity severity, int start, int end, String message,
      List<Suggestion> suggestions, double confidence, Engine engine) {
    this(RuleRef.of(ruleId, category), category, severity, start, end, message, suggestions, confidence, engine,
        null, null, List.of());
  }

  /** A builder for a finding of this rule; category defaults to the rule's. */
  public static Builder of(RuleRef rule) {
    return new Builder(rule);
  }

  /** The rule id as reported: "a+b" for a joined finding, "languagetool.ID" for LanguageTool's. */
  public String ruleId() {
    return rule.id();
  }

  /** The ids of the single rules behind this finding, in text order: one unless joined. */
  public List<String> components() {
    return rule.componentIds();
  }

  public boolean isJoined() {
    return rule.isJoined();
  }

  /** The span in the text checked, as a value. */
  public Span span() {
    return new Span(start, end);
  }

  /** The best suggestion, or null when the finding only points at a problem. */
  public Suggestion best() {
    return suggestions.isEmpty() ? null : suggestions.get(0);
  }

  public boolean overlaps(Finding o) {
    return start < o.end && o.start < end;
  }

  public Finding withSpan(int newStart, int newEnd) {
    return new Finding(rule, category, severity, newStart, newEnd, message, suggestions, confidence, engine, source,
        segment, evidence);
  }

  public Finding withSource(Span newSource) {
    return new Finding(rule, category, severity, start, end, message, suggestions, confidence, engine, newSource,
        segment, evidence);
  }

  public Finding withSegment(String newSegment) {
    return new Finding(rule, category, severity, start, end, message, suggestions, confidence, engine, source,
        newSegment, evidence);
  }

  /**
   * The same finding at another confidence, its suggestions scaled alike (each keeps its share of
   * the finding's confidence): how calibration moves a finding after its rule raised it.
   */
  public Finding withConfidence(double newConfidence) {
    List<Suggestion> scaled = new java.util.ArrayList<>(suggestions.size());
    for (Suggestion s : suggestions) {
      double share = confidence == 0 ? 1 : s.confidence() / confidence;
      scaled.add(new Suggestion(s.replacement(), Confidence.round(Math.min(1, newConfidence * share))));
    }
    return new Finding(rule, category, severity, start, end, message, scaled, newConfidence, engine, source,
        segment, evidence);
  }

  /**
   * The same finding at another confidence, its suggestions unchanged: how calibration moves a
   * finding. Calibration is fitted on whether human reviewers marked an error there (MQM spans); a
   * suggestion's confidence is another quantity (whether applying it makes the text right), which
   * those labels do not measure, so it stays the rule's own.
   */
  public Finding withFindingConfidence(double newConfidence) {
    return new Finding(rule, category, severity, start, end, message, suggestions, newConfidence, engine, source,
        segment, evidence);
  }

  /** Collects a finding's parts; {@link #build()} validates them all at once. */
  public static final class Builder {
    private final RuleRef rule;
    private String category;
    private Severity severity;
    private int start = -1;
    private int end = -1;
    private String message;
    private List<Suggestion> suggestions = List.of();
    private double confidence = Double.NaN;
    private Engine engine;
    private Span source;
    private String segment;
    private List<String> evidence = List.of();

    private Builder(RuleRef rule) {
      this.rule = Objects.requireNonNull(rule, "rule is required");
    }

    public Builder category(String c) {
      category = c;
      return this;
    }

    public Builder severity(Severity s) {
      severity = s;
      return this;
    }

    public Builder span(int s, int e) {
      start = s;
      end = e;
      return this;
    }

    public Builder message(String m) {
      message = m;
      return this;
    }

    public Builder suggestions(List<Suggestion> s) {
      suggestions = s;
      return this;
    }

    public Builder confidence(double c) {
      confidence = c;
      return this;
    }

    /** Defaults to LanguageTool for a rule with a LanguageTool origin, calque otherwise. */
    public Builder engine(Engine e) {
      engine = e;
      return this;
    }

    public Builder source(Span s) {
      source = s;
      return this;
    }

    public Builder segment(String id) {
      segment = id;
      return this;
    }

    /** The names of the evidence that moved the confidence (see {@link Finding#evidence()}). */
    public Builder evidence(List<String> names) {
      evidence = names;
      return this;
    }

    public Finding build() {
      Engine eng = engine != null ? engine : rule.languageTool() != null ? Engine.LANGUAGETOOL : Engine.CALQUE;
      return new Finding(rule, category != null ? category : rule.category(), severity, start, end, message,
          suggestions, confidence, eng, source, segment, evidence);
    }
  }
}
