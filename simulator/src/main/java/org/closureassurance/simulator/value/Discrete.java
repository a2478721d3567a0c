package org.closureassurance.simulator.value;

import java.util.Arrays;

/**
 * A finite set of values with weights (equal when none are given; normalised). The inverse
 * CDF runs over the values sorted ascending (docs/model.md). The arrays are copied in
 * and out, so the record stays immutable; equality compares contents.
 */
public record Discrete(double[] values, double[] weights) implements Value {
    public Discrete {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        values = values.clone();
        weights = weights == null ? equalWeights(values.length) : weights.clone();
        if (weights.length != values.length) {
            throw new IllegalArgumentException("weights must have one entry per value ("
                    + values.length + "), had " + weights.length);
        }
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            Checks.finite(values[i], "values[" + i + "]");
            Checks.finite(weights[i], "weights[" + i + "]");
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] must be >= 0, was " + weights[i]);
            }
            total += weights[i];
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("weights must sum to a positive number, was " + total);
        }
    }

    private static double[] equalWeights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    @Override public double[] values() { return values.clone(); }
    @Override public double[] weights() { return weights.clone(); }

    /** Number of values. */
    public int size() { return values.length; }

    /** The {@code i}-th value as written. */
    public double value(int i) { return values[i]; }

    /** The {@code i}-th weight as written (not normalised). */
    public double weight(int i) { return weights[i]; }

    @Override
    public double lowerBound() {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0) m = Math.min(m, values[i]);
        }
        return m;
    }

    @Override
    public double upperBound() {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] > 0) m = Math.max(m, values[i]);
        }
        return m;
    }

    @Override public boolean isDegenerate() { return lowerBound() == upperBound(); }
    @Override public String kind() { return "discrete"; }

    @Override
    public double expectedValue() {
        double s = 0;
        double w = 0;
        for (int i = 0; i < values.length; i++) {
            s += values[i] * weights[i];
            w += weights[i];
        }
        return s / w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Discrete d && Arrays.equals(values, d.values) && Arrays.equals(weights, d.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Discrete[values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + "]";
    }
}
