package org.closureassurance.simulator.results;

/**
 * Percentiles 0..100 (101 numbers each; empty arrays with no data) of the liability,
 * assurance and shortfall over forfeiting iterations, and of the cost present value over all
 * iterations: the S-curves and histograms of the charts.
 */
public record Distributions(double[] liability, double[] assurance, double[] shortfall, double[] costPV) {
}
