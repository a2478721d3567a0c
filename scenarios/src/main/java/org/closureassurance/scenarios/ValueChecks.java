package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.closureassurance.scenarios.ScenarioFormat.Distribution;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Value;

/**
 * The checks on one Value, worded as the file reader words them, for anything that builds
 * Values (the reader, the GUI's forms). Parameter checks take raw numbers and run before a
 * distribution record is built (its constructor would throw); support checks take a built
 * Value and ask whether every value it can take lies in a range, naming the parameter that
 * decides (the {@code min}, or an unbounded normal).
 */
public final class ValueChecks {
    private static final String MIN = Distribution.MIN.name();
    private static final String MODE = Distribution.MODE.name();
    private static final String MAX = Distribution.MAX.name();
    private static final String LAMBDA = Distribution.LAMBDA.name();
    private static final String MEAN = Distribution.MEAN.name();
    private static final String SD = Distribution.SD.name();
    private static final String VALUES = Distribution.VALUES.name();
    private static final String WEIGHTS = Distribution.WEIGHTS.name();
    private static final String P10 = Distribution.P10.name();
    private static final String P90 = Distribution.P90.name();
    /** Truncation intervals holding less probability than this are rejected as unusable. */
    private static final double MIN_TRUNCATED_MASS = 1e-12;

    private ValueChecks() {
    }

    /**
     * A range every value of an input must lie in: {@code lo} and {@code hi} may be infinite,
     * an open end excludes the bound itself.
     */
    public record Bounds(double lo, boolean loOpen, double hi, boolean hiOpen) {
        /** {@code >= 0}: money amounts, quantities, areas, flows, unit costs, percents. */
        public static final Bounds NON_NEGATIVE = new Bounds(0, false, Double.POSITIVE_INFINITY, true);
        /** {@code [0, 1]}: probabilities and fractions. */
        public static final Bounds UNIT_INTERVAL = new Bounds(0, false, 1, false);
        /** {@code (0, 1]}: a recovery target, a logistic initial condition. */
        public static final Bounds POSITIVE_FRACTION = new Bounds(0, true, 1, false);
        /** {@code > -1}: the discount rate. */
        public static final Bounds ABOVE_MINUS_ONE = new Bounds(-1, true, Double.POSITIVE_INFINITY, true);
        /** {@code > 0}. */
        public static final Bounds POSITIVE = new Bounds(0, true, Double.POSITIVE_INFINITY, true);

        /** How messages state the range: {@code must be >= 0}, {@code must lie in [0, 1]}. */
        public String requirement() {
            if (hi == Double.POSITIVE_INFINITY) {
                return "must be " + (loOpen ? "> " : ">= ") + format(lo);
            }
            if (lo == Double.NEGATIVE_INFINITY) {
                return "must be " + (hiOpen ? "< " : "<= ") + format(hi);
            }
            return "must lie in " + (loOpen ? "(" : "[") + format(lo) + ", " + format(hi) + (hiOpen ? ")" : "]");
        }
    }

    /** Checks that every value {@code value} can take is {@code >= 0}. */
    static void nonNegative(String path, Value value, List<ValidationError> out) {
        within(path, value, Bounds.NON_NEGATIVE, out);
    }

    /** Checks that every value {@code value} can take lies in {@code [0, 1]}. */
    public static void probability(String path, Value value, List<ValidationError> out) {
        within(path, value, Bounds.UNIT_INTERVAL, out);
    }

    /** Checks that every value {@code value} can take lies within {@code bounds}. */
    public static void within(String path, Value value, Bounds bounds, List<ValidationError> out) {
        within(path, value, bounds, bounds.requirement(), out);
    }

    /**
     * Checks that every value {@code value} can take lies within {@code bounds}, stating the
     * rule as {@code requirement} ({@code must be > 0 when a water stream is perpetual}).
     */
    public static void within(String path, Value value, Bounds bounds, String requirement,
                              List<ValidationError> out) {
        double lb = value.lowerBound();
        double ub = value.upperBound();
        boolean lowOk = bounds.lo() == Double.NEGATIVE_INFINITY || (bounds.loOpen()
                ? lb > bounds.lo() || (lb == bounds.lo() && excludesLowerBound(value))
                : lb >= bounds.lo());
        boolean highOk = bounds.hi() == Double.POSITIVE_INFINITY || (bounds.hiOpen() ? ub < bounds.hi() : ub <= bounds.hi());
        if (!lowOk) {
            out.add(new ValidationError(path, requirement + " (" + evidence(value, true) + ")"));
        } else if (!highOk) {
            out.add(new ValidationError(path, requirement + " (" + evidence(value, false) + ")"));
        }
    }

    /** A log-normal, however it is given, never takes its lower bound 0 itself. */
    private static boolean excludesLowerBound(Value value) {
        return isLogNormal(value) && !value.isDegenerate();
    }

    private static boolean isLogNormal(Value value) {
        return value instanceof LogNormal || value instanceof LogNormalRange || value instanceof EstimateClass;
    }

    /** What decides the lowest (or highest) value: {@code min was 0}, {@code was -5}. */
    private static String evidence(Value value, boolean lower) {
        double bound = lower ? value.lowerBound() : value.upperBound();
        String side = lower ? MIN : MAX;
        if (value.isDegenerate()) {
            return "was " + format(bound);
        }
        if (value instanceof Discrete) {
            return (lower ? "smallest" : "largest") + " value was " + format(bound);
        }
        if (value instanceof Normal && Double.isInfinite(bound)) {
            return "a normal without \"" + side + "\" is unbounded " + (lower ? "below" : "above");
        }
        if (isLogNormal(value)) {
            return lower ? "a lognormal comes arbitrarily close to 0" : "a lognormal is unbounded above";
        }
        return side + " was " + format(bound);
    }

    /** Checks a uniform's parameters. */
    public static void uniform(String path, double min, double max, List<ValidationError> out) {
        if (finite(path, out, MIN, min) & finite(path, out, MAX, max)) {
            ordered(path, MIN, min, MAX, max, out);
        }
    }

    /** Checks a triangular's parameters. */
    public static void triangular(String path, double min, double mode, double max, List<ValidationError> out) {
        if (finite(path, out, MIN, min) & finite(path, out, MODE, mode) & finite(path, out, MAX, max)) {
            ordered(path, MIN, min, MODE, mode, out);
            ordered(path, MODE, mode, MAX, max, out);
        }
    }

    /** Checks a PERT's parameters. */
    public static void pert(String path, double min, double mode, double max, double lambda,
                            List<ValidationError> out) {
        triangular(path, min, mode, max, out);
        if (finite(path, out, LAMBDA, lambda) && lambda < 0) {
            out.add(new ValidationError(JsonPath.field(path, LAMBDA), "must be >= 0 (was " + format(lambda) + ")"));
        }
    }

    /** Checks a normal's parameters; {@code min} and {@code max} are infinite when not given. */
    public static void normal(String path, double mean, double sd, double min, double max,
                              List<ValidationError> out) {
        boolean ok = finite(path, out, MEAN, mean) & finite(path, out, SD, sd);
        if (ok && sd < 0) {
            out.add(new ValidationError(JsonPath.field(path, SD), "must be >= 0 (was " + format(sd) + ")"));
            ok = false;
        }
        if (Double.isNaN(min) || min == Double.POSITIVE_INFINITY) {
            out.add(new ValidationError(JsonPath.field(path, MIN), "must be a finite number (was " + format(min) + ")"));
            ok = false;
        }
        if (Double.isNaN(max) || max == Double.NEGATIVE_INFINITY) {
            out.add(new ValidationError(JsonPath.field(path, MAX), "must be a finite number (was " + format(max) + ")"));
            ok = false;
        }
        if (ok && ordered(path, MIN, min, MAX, max, out) && sd > 0 && min < max
                && truncatedMass(mean, sd, min, max) < MIN_TRUNCATED_MASS) {
            out.add(new ValidationError(path, "[min, max] = [" + format(min) + ", " + format(max)
                    + "] lies so far in the tail of a normal with mean " + format(mean) + " and sd " + format(sd)
                    + " that it holds almost no probability"));
        }
    }

    /** The probability a normal puts on {@code [min, max]}, computed in the tail it lies in. */
    private static double truncatedMass(double mean, double sd, double min, double max) {
        double a = (min - mean) / sd;
        double b = (max - mean) / sd;
        if (a > 0) {
            return cdf(-a) - cdf(-b);
        }
        return cdf(b) - cdf(a);
    }

    private static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Checks a log-normal's parameters (mean and sd of the variable itself). */
    public static void lognormal(String path, double mean, double sd, List<ValidationError> out) {
        if (finite(path, out, MEAN, mean) && mean <= 0) {
            out.add(new ValidationError(JsonPath.field(path, MEAN), "must be > 0 for a lognormal (was "
                    + format(mean) + ")"));
        }
        if (finite(path, out, SD, sd) && sd < 0) {
            out.add(new ValidationError(JsonPath.field(path, SD), "must be >= 0 (was " + format(sd) + ")"));
        } else if (mean > 0 && Double.isFinite(mean) && sd > 0 && Double.isFinite(sd)
                && !Double.isFinite(new LogNormal(mean, sd).sigma())) {
            out.add(new ValidationError(JsonPath.field(path, SD), "is too large for the mean of a lognormal (sd / mean"
                    + " was " + format(sd / mean) + "; the log-scale spread ln(1 + (sd / mean)^2) must be finite, "
                    + "so sd / mean must stay below about 1e154)"));
        }
    }

    /** Checks a log-normal given by its percentiles: {@code 0 < p10 <= p90}. */
    public static void lognormalRange(String path, double p10, double p90, List<ValidationError> out) {
        boolean ok = finite(path, out, P10, p10) & finite(path, out, P90, p90);
        if (ok && !(p10 > 0)) {
            out.add(new ValidationError(JsonPath.field(path, P10), "must be > 0 for a lognormal (was "
                    + format(p10) + ")"));
        } else if (ok) {
            ordered(path, P10, p10, P90, p90, out);
        }
    }

    /** Checks a discrete distribution's values and weights ({@code weights} null: equal weights). */
    public static void discrete(String path, double[] values, double[] weights, List<ValidationError> out) {
        String valuesPath = JsonPath.field(path, VALUES);
        String weightsPath = JsonPath.field(path, WEIGHTS);
        if (values.length == 0) {
            out.add(new ValidationError(valuesPath, "must not be empty"));
            return;
        }
        for (int i = 0; i < values.length; i++) {
            finite(valuesPath, out, "[" + i + "]", values[i]);
        }
        if (weights == null) {
            return;
        }
        if (weights.length != values.length) {
            out.add(new ValidationError(weightsPath, "must have one weight per value (" + values.length
                    + " values, " + weights.length + " weights)"));
            return;
        }
        double total = 0;
        boolean ok = true;
        for (int i = 0; i < weights.length; i++) {
            String p = JsonPath.index(weightsPath, i);
            if (!Double.isFinite(weights[i])) {
                out.add(new ValidationError(p, "must be a finite number (was " + format(weights[i]) + ")"));
                ok = false;
            } else if (weights[i] < 0) {
                out.add(new ValidationError(p, "must be >= 0 (was " + format(weights[i]) + ")"));
                ok = false;
            } else {
                total += weights[i];
            }
        }
        if (ok && !(total > 0)) {
            out.add(new ValidationError(weightsPath, "must add up to more than 0 (was " + format(total) + ")"));
        } else if (ok && !Double.isFinite(total)) {
            out.add(new ValidationError(weightsPath, "must add up to a finite number (their sum overflows; "
                    + "scale them down, only their ratios matter)"));
        }
    }

    private static boolean finite(String path, List<ValidationError> out, String field, double x) {
        if (Double.isFinite(x)) {
            return true;
        }
        String p = field.startsWith("[") ? path + field : JsonPath.field(path, field);
        out.add(new ValidationError(p, "must be a finite number (was " + format(x) + ")"));
        return false;
    }

    /** Checks {@code lo <= hi}, reporting at {@code hi}: {@code max: must be >= mode (was 10 < 12)}. */
    private static boolean ordered(String path, String loName, double lo, String hiName, double hi,
                                   List<ValidationError> out) {
        if (lo <= hi) {
            return true;
        }
        out.add(new ValidationError(JsonPath.field(path, hiName), "must be >= " + loName + " (was "
                + format(hi) + " < " + format(lo) + ")"));
        return false;
    }
}
