package org.closureassurance.simulator.results;

/**
 * Per-stream water figures: how often it is needed and perpetual, the duration of finite
 * runs, and its year-0 present value over all iterations (0 where not needed).
 * {@code durationPercentiles} and {@code pvPercentiles} hold percentiles 0..100 (101
 * numbers, empty with no data) for histograms.
 */
public record WaterStreamResult(String name, double probabilityRequired, double perpetualProbability,
                                Stats durationYears, Stats pv, double[] durationPercentiles,
                                double[] pvPercentiles) {
}
