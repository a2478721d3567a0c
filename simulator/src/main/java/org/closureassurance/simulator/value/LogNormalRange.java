package org.closureassurance.simulator.value;

/**
 * Log-normal given by its 10th and 90th percentiles, the way a cost engineer states an
 * accuracy range: {@code mu = (ln p10 + ln p90) / 2},
 * {@code sigma = (ln p90 - ln p10) / (2 z90)} with {@code z90 = Phi^-1(0.9)} (docs/model.md,
 * "Overruns and estimate classes"). {@code p10 == p90} is the constant it equals. Kept apart
 * from {@link LogNormal} so that a file written back says what its author wrote.
 *
 * @param p10 the value with 10 % below it, {@code > 0}
 * @param p90 the value with 90 % below it, {@code >= p10}
 */
public record LogNormalRange(double p10, double p90) implements Value {
    /** {@code Phi^-1(0.9)}, the normal score of the 90th percentile. */
    public static final double Z90 = 1.2815515655446004;

    public LogNormalRange {
        Checks.finite(p10, "p10");
        Checks.finite(p90, "p90");
        if (!(p10 > 0)) {
            throw new IllegalArgumentException("p10 must be > 0, was " + p10);
        }
        Checks.ordered(p10, p90, "p10", "p90");
    }

    /** Mean of {@code ln X}: the log of the median. */
    public double mu() {
        return 0.5 * (Math.log(p10) + Math.log(p90));
    }

    /** Standard deviation of {@code ln X}. */
    public double sigma() {
        return (Math.log(p90) - Math.log(p10)) / (2 * Z90);
    }

    @Override public double lowerBound() { return isDegenerate() ? p10 : 0.0; }
    @Override public double upperBound() { return isDegenerate() ? p10 : Double.POSITIVE_INFINITY; }
    @Override public boolean isDegenerate() { return p10 == p90; }
    @Override public String kind() { return "lognormal"; }

    @Override
    public double expectedValue() {
        double s = sigma();
        return Math.exp(mu() + 0.5 * s * s);
    }
}
