package dev.calque.rule;

import java.util.Objects;

/**
 * Which LanguageTool rule raised a finding, in LanguageTool's own terms, kept beside calque's MQM
 * category: mapping an ITS issue type to MQM loses detail (typographical and whitespace both become
 * punctuation), and a client may want to look the rule up or switch it off in LanguageTool itself.
 *
 * @param rule LanguageTool's rule id ("EN_QUOTES"), without calque's "languagetool." prefix
 * @param subId the sub-rule of a rule group ("1"), or null
 * @param category LanguageTool's category id ("TYPOGRAPHY")
 * @param categoryName its category's display name ("Typography"), or null
 * @param issueType the ITS 2.0 localization-quality issue type ("typographical")
 */
public record LanguageToolOrigin(String rule, String subId, String category, String categoryName,
    String issueType) {

  public LanguageToolOrigin {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(issueType, "issueType");
  }
}
