package org.closureassurance.simulator.results;

/** Percentiles 10, 50 and 90 of a figure by year. */
public record Band(double[] p10, double[] p50, double[] p90) {
}
