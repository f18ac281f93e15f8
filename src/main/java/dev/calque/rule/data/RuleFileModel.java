package dev.calque.rule.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML schema of a rule file, bound by Jackson with unknown keys refused. Keys are kebab-case.
 * See rules/README.md for the documented form.
 */
final class RuleFileModel {
  /** Source language the file's rules need ("es" in rules/es-en); absent for monolingual files. */
  @JsonProperty("source-language")
  public String sourceLanguage;
  public Defaults defaults = new Defaults();
  public List<RuleModel> rules = new ArrayList<>();

  static final class Defaults {
    public String kind;
    public String category;
    public String severity;
    public Double prior;
    public String message;
  }

  static final class RuleModel {
    public String id;
    public String kind;
    public String category;
    public String severity;
    public Double prior;
    public String message;
    public String description;
    @JsonProperty("default")
    public String defaultState;
    public ExamplesModel examples;

    // lexicon
    public String origin;
    public String pos;
    public List<String> match;
    public List<String> suggest;
    public ContextModel context;
    @JsonProperty("allow-capitalized")
    public Boolean allowCapitalized;

    // pattern
    public String pattern;
    @JsonProperty("case-sensitive")
    public Boolean caseSensitive;
    public List<String> replace;
    /** Words (matched on their stems) or literal strings a paragraph must hold for the pattern to run there. */
    public List<String> trigger;
    /** Where a trigger lets the pattern run: "near" it (the default) or its whole "paragraph". */
    @JsonProperty("trigger-scope")
    public String triggerScope;

    // line
    public String line;
    public String position;
    public Integer within;
    @JsonProperty("max-words")
    public Integer maxWords;

    // java
    public String family;
    public Map<String, Object> params = new LinkedHashMap<>();
  }

  static final class ContextModel {
    public List<String> before;
    @JsonProperty("not-before")
    public List<String> notBefore;
    public List<String> after;
    @JsonProperty("not-after")
    public List<String> notAfter;
    public List<String> near;
    @JsonProperty("not-near")
    public List<String> notNear;
    @JsonProperty("boost-near")
    public List<String> boostNear;
    public Integer window;
    /** Word forms never to match although they inflect a phrase word ("according" for "accord"). */
    public List<String> exclude;
  }

  static final class ExamplesModel {
    public List<FireModel> fire = new ArrayList<>();
    public List<String> clean = new ArrayList<>();
  }

  /** A firing example: {text, correction}, or the short string form "text with [[span]] => correction". */
  static final class FireModel {
    public String text;
    public String correction;

    FireModel() {
    }

    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static FireModel of(String shortForm) {
      FireModel f = new FireModel();
      int arrow = shortForm.lastIndexOf(" => ");
      f.text = arrow < 0 ? shortForm : shortForm.substring(0, arrow);
      f.correction = arrow < 0 ? null : shortForm.substring(arrow + 4);
      return f;
    }
  }
}
