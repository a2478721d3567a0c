package org.closureassurance.simulator.results;

/**
 * Year by year over all iterations: percentiles of the walk-away liability {@code L_t} and the
 * realisable assurance {@code A_t}, and the probability {@code P(A_t >= L_t)}. Percentiles
 * come from a deterministic binned estimator (see docs/model.md).
 */
public record Timeline(int[] years, Band liability, Band assurance, double[] coverageProbability) {
}
