package org.closureassurance.simulator.results;

/**
 * Percentiles 10, 50 and 90 of a domain's condition index by absolute year, from the
 * domain's earliest start to the last simulated year: the recovery fan. {@code target} is the
 * median target, for the chart's reference line.
 */
public record ConditionFan(int[] years, double[] p10, double[] p50, double[] p90, double target) {
}
