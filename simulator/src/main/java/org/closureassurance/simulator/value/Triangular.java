package org.closureassurance.simulator.value;

/** Triangular on {@code [min, max]} with its peak at {@code mode}. */
public record Triangular(double min, double mode, double max) implements Value {
    public Triangular {
        Checks.finite(min, "min");
        Checks.finite(mode, "mode");
        Checks.finite(max, "max");
        Checks.ordered(min, mode, "min", "mode");
        Checks.ordered(mode, max, "mode", "max");
    }

    @Override public double lowerBound() { return min; }
    @Override public double upperBound() { return max; }
    @Override public boolean isDegenerate() { return min == max; }
    @Override public double expectedValue() { return (min + mode + max) / 3.0; }
    @Override public String kind() { return "triangular"; }
}
