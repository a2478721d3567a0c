package org.closureassurance.charts;

import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * Whether a Spearman rank correlation measured over {@code n} iterations is distinguishable
 * from zero, so that the report and the tornado give a direction ("higher input, higher
 * liability") only where the run supports one.
 *
 * <p>Under independence every ranking of one variable against the other is equally likely,
 * and the rank correlation then has mean 0 and variance exactly {@code 1 / (n - 1)} (Kendall
 * and Gibbons, <i>Rank Correlation Methods</i>, 5th ed., chapter 4); for large {@code n} it is
 * close to normal. So {@code |rho| >= 1.96 / sqrt(n - 1)} rejects independence at the two-sided
 * 5 % level. Each input is tested on its own: among many inputs with no effect, about one in
 * twenty will still pass by chance.
 */
final class SpearmanSignificance {

    private SpearmanSignificance() {
    }

    /** The standard error of the rank correlation under independence, {@code 1 / sqrt(n - 1)}; NaN for n < 2. */
    static double standardError(long n) {
        return n < 2 ? Double.NaN : 1 / Math.sqrt(n - 1.0);
    }

    /** The smallest |rho| that is distinguishable from 0 at the 5 % level over {@code n} iterations. */
    static double threshold(long n) {
        return WilsonInterval.Z95 * standardError(n);
    }

    /** Whether {@code rho} over {@code n} iterations is distinguishable from 0 (false when undefined). */
    static boolean isDistinguishable(double rho, long n) {
        return Math.abs(rho) >= threshold(n);
    }
}
