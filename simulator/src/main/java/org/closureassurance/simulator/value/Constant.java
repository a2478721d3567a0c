package org.closureassurance.simulator.value;

/** A plain number: the same in every iteration. */
public record Constant(double value) implements Value {
    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
    }

    @Override public double lowerBound() { return value; }
    @Override public double upperBound() { return value; }
    @Override public boolean isDegenerate() { return true; }
    @Override public double expectedValue() { return value; }
    @Override public String kind() { return "constant"; }
}
