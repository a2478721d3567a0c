package org.closureassurance.simulator.results;

/**
 * Summary of one figure over the iterations it is defined for: mean, standard deviation
 * ({@code n - 1}), standard error of the mean, extremes and percentiles (Hyndman-Fan type 7).
 * With no iterations ({@code count == 0}) every number is NaN, written as null in files.
 */
public record Stats(long count, double mean, double sd, double standardError, double min,
                    double p5, double p10, double p50, double p80, double p90, double p95, double p99,
                    double max) {

    /** The summary of nothing. */
    public static final Stats EMPTY = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Whether any iteration contributed. */
    public boolean isEmpty() {
        return count == 0;
    }
}
