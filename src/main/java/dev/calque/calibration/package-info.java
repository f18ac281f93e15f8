/**
 * Confidence learned from labelled data: {@link dev.calque.calibration.Harvest} turns labelled
 * documents into {@link dev.calque.calibration.Observation}s (one per candidate finding, with the
 * evidence it carried and whether a human marked an error there), {@link dev.calque.calibration.Fit}
 * fits rule priors, evidence weights and document weights by shrinkage, and
 * {@link dev.calque.calibration.CalibrationTable} is the fitted data the engine reads
 * (rules/calibration/LANG.tsv). {@link dev.calque.calibration.Reliability} measures how well
 * confidences match outcomes.
 */
package dev.calque.calibration;
