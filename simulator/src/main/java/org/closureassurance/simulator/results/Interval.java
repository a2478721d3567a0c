package org.closureassurance.simulator.results;

/** A closed interval, such as a 95 % confidence interval; NaN bounds when undefined. */
public record Interval(double lower, double upper) {
    /** The interval of nothing. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);
}
