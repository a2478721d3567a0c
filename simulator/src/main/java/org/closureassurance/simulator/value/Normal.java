package org.closureassurance.simulator.value;

/**
 * Normal with the given mean and standard deviation, optionally truncated to
 * {@code [min, max]} (either bound may be infinite). Truncation is by inverse CDF, so there
 * are no atoms at the bounds.
 */
public record Normal(double mean, double sd, double min, double max) implements Value {
    public Normal {
        Checks.finite(mean, "mean");
        Checks.finite(sd, "sd");
        if (sd < 0) {
            throw new IllegalArgumentException("sd must be >= 0, was " + sd);
        }
        if (Double.isNaN(min) || Double.isNaN(max) || min == Double.POSITIVE_INFINITY
                || max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("bounds must be numbers, were " + min + ", " + max);
        }
        Checks.ordered(min, max, "min", "max");
    }

    /** An untruncated normal. */
    public Normal(double mean, double sd) {
        this(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Whether a lower or upper bound was given. */
    public boolean isTruncated() {
        return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }

    @Override public double lowerBound() { return sd == 0 ? Math.max(min, Math.min(mean, max)) : min; }
    @Override public double upperBound() { return sd == 0 ? Math.max(min, Math.min(mean, max)) : max; }
    @Override public boolean isDegenerate() { return sd == 0 || min == max; }
    @Override public String kind() { return "normal"; }

    /** The mean of the (possibly truncated) distribution; {@link #mean()} is the location parameter. */
    @Override
    public double expectedValue() {
        if (!isTruncated() || sd == 0) {
            return isDegenerate() ? lowerBound() : mean;
        }
        org.apache.commons.math3.distribution.NormalDistribution n =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double a = (min - mean) / sd;
        double b = (max - mean) / sd;
        double z = n.cumulativeProbability(b) - n.cumulativeProbability(a);
        if (z <= 0) {
            return Math.max(min, Math.min(mean, max));
        }
        return mean + sd * (n.density(a) - n.density(b)) / z;
    }
}
