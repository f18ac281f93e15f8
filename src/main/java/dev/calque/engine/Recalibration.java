package dev.calque.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.rules.ITSIssueType;
import dev.calque.calibration.CalibrationTable;
import dev.calque.calibration.DocumentFeatures;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.Rule;
import dev.calque.rule.family.Evidence;

/**
 * Gives a checked document's findings their calibrated confidence: the rule's fitted prior (for the
 * document's source language when the table has one), plus the fitted weight of each piece of
 * evidence the finding names, plus what the document's features add for the rule's family, the sum
 * passed through the language's final monotone map (rules/calibration/LANG.tsv). A rule or weight the table lacks keeps its hand-set value.
 * Confidences are recomputed from those parts, not adjusted from the rule's own, so nothing hand-set
 * leaks through once a number is fitted.
 */
final class Recalibration {
  private final CalibrationTable table;
  private final Map<String, Double> rulePriors = new HashMap<>();
  private final Evidence evidence;
  private final LanguageToolBridge.Policy policy;

  Recalibration(CalibrationTable table, List<Rule> rules, Evidence evidence, LanguageToolBridge.Policy policy) {
    this.table = table;
    this.evidence = evidence;
    this.policy = policy;
    for (Rule r : rules) {
      rulePriors.put(r.id(), r.spec().prior());
    }
  }

  /** The hand-set prior of the rule behind a finding (its rule file, or LanguageTool's policy). */
  double handPrior(Finding f) {
    return handPrior(f.ruleId(), f.rule().languageTool());
  }

  private double handPrior(String ruleId, LanguageToolOrigin lt) {
    if (lt != null) {
      return policy == null ? 0.5 : policy.prior(lt.rule(), lt.category(), ITSIssueType.getIssueType(lt.issueType()));
    }
    Double p = rulePriors.get(ruleId);
    return p == null ? 0.5 : p;
  }

  /** The hand-set weight of a named piece of evidence. */
  double handWeight(String name) {
    if (name.equals(LanguageToolBridge.ONE_EDIT)) {
      return policy.oneEditTypo();
    }
    if (name.equals(LanguageToolBridge.TWO_EDITS)) {
      return policy.twoEditTypo();
    }
    return evidence.weight(name);
  }

  /** The findings at their calibrated confidence; the source is the given or inferred code, or null. */
  List<Finding> apply(List<Finding> findings, String source, DocumentFeatures features) {
    if (table.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.withFindingConfidence(confidence(f, source, features)));
    }
    return out;
  }

  private double confidence(Finding f, String source, DocumentFeatures features) {
    if (f.isJoined()) {
      // A joined finding is as likely as its likelier part (as when it was joined).
      double best = 0;
      for (String id : f.components()) {
        String family = CalibrationTable.family(id);
        double prior = table.prior(id, family, handPrior(id, null), source);
        best = Math.max(best, table.confidence(prior, table.documentShift(family, features)));
      }
      return best;
    }
    String family = CalibrationTable.family(f);
    double prior = table.prior(f.ruleId(), family, handPrior(f), source);
    double logOdds = table.documentShift(family, features);
    for (String name : f.evidence()) {
      logOdds += table.weight(name, handWeight(name));
    }
    return table.confidence(prior, logOdds);
  }
}
