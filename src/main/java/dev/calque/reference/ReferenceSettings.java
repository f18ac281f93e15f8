package dev.calque.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.calque.rule.family.Evidence;

/**
 * The weights and thresholds of reference evidence (rules/reference.yaml), read once by name so the
 * numbers live in data with the reason for each. The minimum of name mentions can be overridden (the
 * right count depends on the archive's size).
 */
public record ReferenceSettings(double attestedNameWeight, double commonSuggestionWeight, double commonFormWeight,
    int nameMentions, int commonMinCount, double commonPerMillion, int rareMaxCount, double rarePerMillion,
    double functionWordPerMillion, int functionWordMinCount, double raiseCap) {

  /** The bundled table's resource name. */
  public static final String FILE = "rules/reference.yaml";
  /** Evidence names, as recorded in a document's notes (and in calibration once findings carry them). */
  public static final String ATTESTED_NAME = "reference.attested-name";
  public static final String COMMON_SUGGESTION = "reference.common-suggestion";
  public static final String COMMON_FORM = "reference.common-form";

  /** The bundled settings. */
  public static ReferenceSettings bundled() {
    try (InputStream in = ReferenceSettings.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      return from(Evidence.parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
    }
  }

  /** Settings read from a parsed table (every name is read, so a stale one shows in {@link Evidence#unread()}). */
  public static ReferenceSettings from(Evidence t) {
    return new ReferenceSettings(t.weight(ATTESTED_NAME), t.weight(COMMON_SUGGESTION), t.weight(COMMON_FORM),
        (int) t.weight("reference.name-mentions"), (int) t.weight("reference.common-min-count"),
        t.weight("reference.common-per-million"), (int) t.weight("reference.rare-max-count"),
        t.weight("reference.rare-per-million"), t.weight("reference.function-word-per-million"),
        (int) t.weight("reference.function-word-min-count"), t.weight("reference.raise-cap"));
  }

  /** These settings with another minimum of name mentions. */
  public ReferenceSettings withNameMentions(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the minimum of name mentions must be at least 1: " + n);
    }
    return new ReferenceSettings(attestedNameWeight, commonSuggestionWeight, commonFormWeight, n, commonMinCount,
        commonPerMillion, rareMaxCount, rarePerMillion, functionWordPerMillion, functionWordMinCount, raiseCap);
  }
}
