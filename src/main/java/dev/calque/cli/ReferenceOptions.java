package dev.calque.cli;

import java.nio.file.Path;
import dev.calque.engine.Checker;
import dev.calque.reference.ReferenceEvidence;
import dev.calque.reference.ReferenceIndex;
import dev.calque.reference.ReferenceSettings;
import picocli.CommandLine.Option;

/** --reference: weigh findings against an edited archive's counts (see docs/reference.md). */
final class ReferenceOptions {
  @Option(names = "--reference", paramLabel = "DIR", description = "A reference index of your own edited archive "
      + "(built by calque index): a capitalised name it attests often is not reported as a misspelling, flagged "
      + "words it rarely has while it often has the suggestion gain confidence, flagged words it often has lose it.")
  Path reference;

  @Option(names = "--reference-min-mentions", paramLabel = "N", description = "With --reference: how many mentions "
      + "inside sentences attest a name (default: rules/reference.yaml, 20).")
  Integer minMentions;

  /** One index per process: a command opens it once, whatever the number of checkers built on it. */
  private ReferenceEvidence evidence;

  /** The checker weighing against the index when one was given; a missing or damaged index is a ReferenceIndexException. */
  Checker apply(Checker checker) {
    ReferenceEvidence e = evidence();
    return e == null ? checker : checker.withReference(e);
  }

  /** The archive's evidence, opened once; null without --reference. */
  ReferenceEvidence evidence() {
    if (reference == null) {
      return null;
    }
    if (evidence == null) {
      ReferenceSettings settings = ReferenceSettings.bundled();
      if (minMentions != null) {
        if (minMentions < 1) {
          throw new dev.calque.engine.RequestException("--reference-min-mentions must be 1 or more: " + minMentions);
        }
        settings = settings.withNameMentions(minMentions);
      }
      ReferenceIndex index = ReferenceIndex.open(reference);
      index.words(); // a damaged index fails here, before any file is checked, not inside every check
      evidence = new ReferenceEvidence(index, settings);
    }
    return evidence;
  }
}
