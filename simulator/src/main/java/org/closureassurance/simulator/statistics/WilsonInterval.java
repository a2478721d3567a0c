package org.closureassurance.simulator.statistics;

import org.closureassurance.simulator.results.Interval;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927): better than the normal
 * approximation near 0 and 1, where coverage probabilities of bonds often sit.
 */
public final class WilsonInterval {
    /** {@code Phi^-1(0.975)}. */
    public static final double Z95 = 1.959963984540054;

    private WilsonInterval() {
    }

    /** The 95 % interval for {@code successes} out of {@code n} trials; undefined when n is 0. */
    public static Interval of95(long successes, long n) {
        return of(successes, n, Z95);
    }

    /** The interval with normal quantile {@code z}. */
    public static Interval of(long successes, long n, double z) {
        if (n == 0) {
            return Interval.UNDEFINED;
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == n ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(lower, upper);
    }
}
