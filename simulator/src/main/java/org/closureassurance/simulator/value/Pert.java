package org.closureassurance.simulator.value;

/**
 * PERT on {@code [min, max]}: a Beta distribution with shapes
 * {@code a = 1 + lambda (mode - min) / (max - min)} and
 * {@code b = 1 + lambda (max - mode) / (max - min)} (docs/model.md), lambda 4 by default.
 */
public record Pert(double min, double mode, double max, double lambda) implements Value {
    /** The conventional weight of the mode. */
    public static final double DEFAULT_LAMBDA = 4.0;

    public Pert {
        Checks.finite(min, "min");
        Checks.finite(mode, "mode");
        Checks.finite(max, "max");
        Checks.finite(lambda, "lambda");
        Checks.ordered(min, mode, "min", "mode");
        Checks.ordered(mode, max, "mode", "max");
        if (lambda < 0) {
            throw new IllegalArgumentException("lambda must be >= 0, was " + lambda);
        }
    }

    public Pert(double min, double mode, double max) {
        this(min, mode, max, DEFAULT_LAMBDA);
    }

    /** First Beta shape parameter. */
    public double alpha() {
        return min == max ? 1.0 : 1.0 + lambda * (mode - min) / (max - min);
    }

    /** Second Beta shape parameter. */
    public double beta() {
        return min == max ? 1.0 : 1.0 + lambda * (max - mode) / (max - min);
    }

    @Override public double lowerBound() { return min; }
    @Override public double upperBound() { return max; }
    @Override public boolean isDegenerate() { return min == max; }
    @Override public double expectedValue() { return min + (max - min) * alpha() / (alpha() + beta()); }
    @Override public String kind() { return "pert"; }
}
