package org.closureassurance.simulator.portfolio;

import java.util.Arrays;

/**
 * What the charts need of a portfolio run beyond its Stats: how many iterations saw each
 * number of forfeitures, and the percentiles 0..100 of the total and the unfunded shortfall
 * (as the single-site results' distributions keep them), so that the distribution of
 * forfeitures can be drawn as a histogram and the shortfalls as smooth S-curves. Not part of
 * the results file. Empty arrays when the run did not record them.
 *
 * @param forfeitureCounts entry {@code k} is the number of iterations in which exactly {@code k}
 *     sites forfeit within the horizon ({@code k = 0 .. sites}); the entries add up to the iterations
 * @param totalShortfall percentiles 0..100 (Hyndman-Fan type 7) of {@code Σ_i S_i} valued at year 0, over all iterations
 * @param unfundedPublicCost percentiles 0..100 of {@code Σ_t U_t} valued at year 0, over all iterations
 */
public record PortfolioDistributions(long[] forfeitureCounts, double[] totalShortfall, double[] unfundedPublicCost) {

    /** Nothing recorded. */
    public static final PortfolioDistributions EMPTY =
            new PortfolioDistributions(new long[0], new double[0], new double[0]);

    public PortfolioDistributions {
        forfeitureCounts = forfeitureCounts == null ? new long[0] : forfeitureCounts.clone();
        totalShortfall = percentiles(totalShortfall, "totalShortfall");
        unfundedPublicCost = percentiles(unfundedPublicCost, "unfundedPublicCost");
        for (long c : forfeitureCounts) {
            if (c < 0) {
                throw new IllegalArgumentException("forfeitureCounts must be >= 0, was " + c);
            }
        }
    }

    private static double[] percentiles(double[] p, String field) {
        if (p == null) {
            return new double[0];
        }
        if (p.length != 0 && p.length != 101) {
            throw new IllegalArgumentException(field + " holds percentiles 0..100 (101 numbers), had " + p.length);
        }
        return p.clone();
    }

    @Override
    public long[] forfeitureCounts() {
        return forfeitureCounts.clone();
    }

    @Override
    public double[] totalShortfall() {
        return totalShortfall.clone();
    }

    @Override
    public double[] unfundedPublicCost() {
        return unfundedPublicCost.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortfolioDistributions d && Arrays.equals(forfeitureCounts, d.forfeitureCounts)
                && Arrays.equals(totalShortfall, d.totalShortfall)
                && Arrays.equals(unfundedPublicCost, d.unfundedPublicCost);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(forfeitureCounts) + Arrays.hashCode(totalShortfall))
                + Arrays.hashCode(unfundedPublicCost);
    }

    @Override
    public String toString() {
        return "PortfolioDistributions[forfeitureCounts=" + Arrays.toString(forfeitureCounts) + ", totalShortfall="
                + Arrays.toString(totalShortfall) + ", unfundedPublicCost=" + Arrays.toString(unfundedPublicCost) + "]";
    }
}
