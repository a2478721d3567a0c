package org.closureassurance.simulator.value;

/**
 * The accuracy of a cost estimate of AACE class 1 to 5 (recommended practice 18R-97) as a
 * multiplier of the estimate: a log-normal whose 10th and 90th percentiles are the widest
 * range AACE gives for the class, read as its P10-P90 interval (docs/model.md, "Overruns and
 * estimate classes"). Class 5 (a concept screening) is the widest, class 1 (a check estimate)
 * the narrowest.
 *
 * @param estimateClass the class, 1 to 5
 */
public record EstimateClass(int estimateClass) implements Value {
    /** The lowest class. */
    public static final int FIRST = 1;
    /** The highest class. */
    public static final int LAST = 5;
    /** P10 and P90 of the multiplier by class, from class 1. */
    private static final double[][] RANGES = {
        {0.90, 1.15}, {0.85, 1.20}, {0.80, 1.30}, {0.70, 1.50}, {0.50, 2.00},
    };

    public EstimateClass {
        if (estimateClass < FIRST || estimateClass > LAST) {
            throw new IllegalArgumentException("estimate class must be " + FIRST + " to " + LAST + ", was "
                    + estimateClass);
        }
    }

    /** The log-normal this class stands for. */
    public LogNormalRange range() {
        double[] r = RANGES[estimateClass - FIRST];
        return new LogNormalRange(r[0], r[1]);
    }

    @Override public double lowerBound() { return 0.0; }
    @Override public double upperBound() { return Double.POSITIVE_INFINITY; }
    @Override public boolean isDegenerate() { return false; }
    @Override public double expectedValue() { return range().expectedValue(); }
    @Override public String kind() { return "estimate-class"; }
}
