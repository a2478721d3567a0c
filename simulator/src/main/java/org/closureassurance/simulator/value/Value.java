package org.closureassurance.simulator.value;

/**
 * A numeric scenario input: a plain number or a probability distribution drawn once per
 * iteration (docs/model.md). Values are descriptions only; sampling lives in
 * {@code org.closureassurance.simulator.random}, which compiles each Value into a fast
 * inverse-CDF sampler.
 */
public sealed interface Value permits Constant, Uniform, Triangular, Pert, Normal, LogNormal, Discrete,
        LogNormalRange, EstimateClass {

    /** The smallest value the input can take (may be {@code -Infinity}). */
    double lowerBound();

    /** The largest value the input can take (may be {@code +Infinity}). */
    double upperBound();

    /**
     * Whether the input always takes one value ({@code min == max}, {@code sd == 0}, a single
     * discrete value): such an input is not sampled, not correlated and not in sensitivity.
     */
    boolean isDegenerate();

    /** The expectation of the input (of the truncated distribution for a truncated normal). */
    double expectedValue();

    /** The distribution's name as written in scenario files ({@code "constant"} for a number). */
    String kind();

    /** Shorthand for a plain number. */
    static Value of(double value) {
        return new Constant(value);
    }
}
