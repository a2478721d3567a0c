package org.closureassurance.charts;

import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * An approximate 95 % confidence interval for a quantile estimated from {@code n} Monte Carlo
 * iterations, read off the 101-point percentile table the results carry: how far the P90 of a
 * run might move if it were run again with another seed.
 *
 * <p>The count of iterations below the true {@code p}-quantile is binomial {@code (n, p)}, so
 * the order statistics at ranks {@code n (p ± 1.96 sqrt(p (1 - p) / n))} bracket it with about
 * 95 % probability, whatever the distribution (the distribution-free quantile interval, e.g.
 * Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed., section 3.2, with the normal
 * approximation to the binomial). Those order statistics are the percentiles
 * {@code p ± 1.96 sqrt(p (1 - p) / n)}, interpolated linearly between the table's whole
 * percentiles as the type-7 percentiles themselves are.
 */
final class PercentileInterval {
    private PercentileInterval() {
    }

    /**
     * The interval for the {@code p}-quantile (0..1) of a figure summarised by {@code percentiles}
     * (0..100, 101 numbers) over {@code n} iterations; undefined without a table or with fewer than
     * two iterations.
     */
    static Interval of(double[] percentiles, double p, long n) {
        if (percentiles == null || percentiles.length != 101 || n < 2 || !(p >= 0 && p <= 1)) {
            return Interval.UNDEFINED;
        }
        double half = WilsonInterval.Z95 * Math.sqrt(p * (1 - p) / n);
        return new Interval(at(percentiles, Math.max(0, p - half)), at(percentiles, Math.min(1, p + half)));
    }

    /** The table read at probability {@code u} (0..1), linear between whole percentiles. */
    static double at(double[] percentiles, double u) {
        double k = 100 * u;
        int i = (int) Math.min(99, Math.floor(k));
        double frac = k - i;
        return percentiles[i] + frac * (percentiles[i + 1] - percentiles[i]);
    }
}
