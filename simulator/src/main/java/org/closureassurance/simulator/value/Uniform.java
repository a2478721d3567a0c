package org.closureassurance.simulator.value;

/** Uniform on {@code [min, max]}. */
public record Uniform(double min, double max) implements Value {
    public Uniform {
        Checks.finite(min, "min");
        Checks.finite(max, "max");
        Checks.ordered(min, max, "min", "max");
    }

    @Override public double lowerBound() { return min; }
    @Override public double upperBound() { return max; }
    @Override public boolean isDegenerate() { return min == max; }
    @Override public double expectedValue() { return 0.5 * (min + max); }
    @Override public String kind() { return "uniform"; }
}
