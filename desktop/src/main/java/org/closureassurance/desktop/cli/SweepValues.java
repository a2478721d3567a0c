package org.closureassurance.desktop.cli;

import org.closureassurance.charts.BreakEvenSentence;
import picocli.CommandLine.Option;

/**
 * The values a sweep gives one input: a list ({@code --values 0.02,0.03,0.05}) or an evenly
 * spaced range ({@code --from 0.02 --to 0.06 --steps 9}, both ends included). The option names
 * carry a suffix, so a second input's options ({@code --values2}, ...) share this class.
 */
final class SweepValues {
    /** Values in a range when {@code --steps} is not given. */
    static final int DEFAULT_STEPS = 11;

    private final String suffix;
    private final String values;
    private final Double from;
    private final Double to;
    private final Integer steps;

    SweepValues(String suffix, String values, Double from, Double to, Integer steps) {
        this.suffix = suffix;
        this.values = values;
        this.from = from;
        this.to = to;
        this.steps = steps;
    }

    /** The option {@code name} with this input's suffix: {@code --values2}. */
    String option(String name) {
        return "--" + name + suffix;
    }

    /**
     * The values, in order.
     *
     * @throws IllegalArgumentException naming the option when the values are missing, not numbers or an empty range
     */
    double[] values() {
        if (values != null) {
            if (from != null || to != null || steps != null) {
                throw new IllegalArgumentException("give either " + option("values") + " or " + option("from") + "/"
                        + option("to") + ", not both");
            }
            return list();
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give " + option("values") + " a,b,c or " + option("from") + " and "
                    + option("to"));
        }
        int n = steps == null ? DEFAULT_STEPS : steps;
        if (n < 2 || n > 1000) {
            throw new IllegalArgumentException(option("steps") + " must be between 2 and 1000, was " + n);
        }
        if (!(from < to)) {
            throw new IllegalArgumentException("the range is empty: " + option("from") + " " + text(from)
                    + " must be below " + option("to") + " " + text(to));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i == n - 1 ? to : from + (to - from) * i / (n - 1);
        }
        return out;
    }

    private double[] list() {
        String[] parts = values.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                out[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
            if (p.isEmpty() || !Double.isFinite(out[i])) {
                throw new IllegalArgumentException(option("values") + ": '" + p + "' is not a number (give a,b,c)");
            }
        }
        return out;
    }

    /** A value as the user would write it: whole numbers as integers, others to 6 significant digits. */
    static String text(double v) {
        return BreakEvenSentence.value(v);
    }

    /** The first input's options. */
    static final class First {
        @Option(names = "--values", paramLabel = "A,B,C", description = "The input's values, comma-separated.")
        String values;
        @Option(names = "--from", paramLabel = "X", description = "First value of an evenly spaced range.")
        Double from;
        @Option(names = "--to", paramLabel = "Y", description = "Last value of the range.")
        Double to;
        @Option(names = "--steps", paramLabel = "N", description = "Values in the range, both ends included (default: 11).")
        Integer steps;

        SweepValues get() {
            return new SweepValues("", values, from, to, steps);
        }

        /** Whether any of the options was given. */
        boolean given() {
            return values != null || from != null || to != null || steps != null;
        }
    }

    /** The second input's options, for a grid. */
    static final class Second {
        @Option(names = "--values2", paramLabel = "A,B,C", description = "The second input's values.")
        String values;
        @Option(names = "--from2", paramLabel = "X", description = "First value of the second input's range.")
        Double from;
        @Option(names = "--to2", paramLabel = "Y", description = "Last value of the second input's range.")
        Double to;
        @Option(names = "--steps2", paramLabel = "N", description = "Values in the second range (default: 11).")
        Integer steps;

        SweepValues get() {
            return new SweepValues("2", values, from, to, steps);
        }
    }
}
