package org.closureassurance.simulator.portfolio;

/**
 * Per-iteration figures of a portfolio run, indexed by iteration so that summaries read them
 * in index order whatever thread ran each: a handful of numbers an iteration, independent of
 * the number of sites.
 */
final class PortfolioRecords {
    final double[] forfeitures;
    final double[] totalShortfall;
    final double[] unfunded;
    final double[] liability0;
    final double[] assurance0;
    /** The smallest sufficient contribution percent (null without a fund). */
    final double[] requiredPercent;

    PortfolioRecords(int n, boolean fund) {
        forfeitures = new double[n];
        totalShortfall = new double[n];
        unfunded = new double[n];
        liability0 = new double[n];
        assurance0 = new double[n];
        requiredPercent = fund ? new double[n] : null;
    }
}
