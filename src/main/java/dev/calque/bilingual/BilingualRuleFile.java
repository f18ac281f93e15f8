package dev.calque.bilingual;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML schema of a bilingual rule file (rules/bilingual/*.yaml), bound by Jackson with unknown
 * keys refused. The rule keys are those of monolingual rules; examples give a source and a target.
 */
final class BilingualRuleFile {
  /** The language pair of the examples, "es-en", unless an example names its own. */
  public String pair;
  public List<RuleModel> rules = new ArrayList<>();

  static final class RuleModel {
    public String id;
    public String kind;
    public String family;
    public Map<String, Object> params = new LinkedHashMap<>();
    public String category;
    public String severity;
    public Double prior;
    public String message;
    public String description;
    @JsonProperty("default")
    public String defaultState;
    public ExamplesModel examples;
  }

  static final class ExamplesModel {
    public List<ExampleModel> fire = new ArrayList<>();
    public List<ExampleModel> clean = new ArrayList<>();
  }

  /**
   * A fire example marks the source span, and the target span unless the finding covers it all.
   * With {@code inline: true} both texts are XLIFF 2 inline content ({@code <ph id="1"/>}, {@code
   * <pc id="2">…</pc>}), read as XLIFF files are; {@code glossary} is a CSV glossary the example
   * is checked with.
   */
  static final class ExampleModel {
    public String source;
    public String target;
    public String correction;
    public String pair;
    public Boolean inline;
    public String glossary;
  }
}
