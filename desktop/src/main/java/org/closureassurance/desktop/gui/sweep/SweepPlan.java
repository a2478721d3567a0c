package org.closureassurance.desktop.gui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.scenarios.InputValueChecks;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.Target;

/**
 * A sweep or break-even search ready to run: the field, the scenario at the iterations asked
 * for, the values of the curve (for a search, evenly spaced over its range) and, for a search,
 * the target and range. {@link #of} reads the dialog's settings and refuses, in words that
 * name the field or the box, what cannot be run.
 */
public record SweepPlan(SweepField field, SweepKind kind, Scenario scenario, double[] values, Target target,
                        double from, double to) {
    /** The most values a sweep runs, as on the command line. */
    static final int MOST_STEPS = 1000;

    public SweepPlan {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(scenario, "scenario");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The plan of {@code settings} for {@code field} of {@code scenario} (null while the
     * scenario has problems).
     *
     * @throws IllegalArgumentException with a message for the dialog, naming the field or box at fault
     */
    public static SweepPlan of(SweepField field, Scenario scenario, SweepSettings settings) {
        if (scenario == null) {
            throw new IllegalArgumentException("The scenario has problems (see the list under the pages): fix them "
                    + "before a sweep.");
        }
        List<String> known = InputPaths.all(scenario).stream().map(SampledInput::path).toList();
        if (!known.contains(field.inputPath())) {
            throw new IllegalArgumentException(field.named() + ": the scenario has no input " + field.inputPath()
                    + " to sweep.");
        }
        long n = whole(settings.iterations(), "Iterations", 1, Integer.MAX_VALUE);
        Scenario at = scenario.withSimulation(scenario.simulation().withIterations((int) n));
        Target target = settings.kind() == SweepKind.BREAK_EVEN ? target(settings.target()) : null;
        double[] values;
        double from;
        double to;
        if (settings.kind() == SweepKind.SWEEP && settings.spacing() == SweepSettings.Spacing.LIST) {
            values = list(settings.values());
            from = Double.NaN;
            to = Double.NaN;
        } else {
            from = number(settings.from(), "From");
            to = number(settings.to(), "To");
            if (!(from < to)) {
                throw new IllegalArgumentException("The range is empty: From " + BreakEvenSentence.value(from)
                        + " must be below To " + BreakEvenSentence.value(to) + ".");
            }
            values = range(from, to, (int) whole(settings.steps(), "Steps", 2, MOST_STEPS));
        }
        for (double v : values) {
            check(field, scenario, v);
        }
        return new SweepPlan(field, settings.kind(), at, values, target, from, to);
    }

    /** Refuses {@code v} where the scenario file could not hold it, naming the field and the file's own complaint. */
    private static void check(SweepField field, Scenario scenario, double v) {
        List<ValidationError> errors = InputValueChecks.check(scenario, field.key(), v);
        if (!errors.isEmpty()) {
            ValidationError e = errors.get(0);
            throw new IllegalArgumentException(field.named() + ": " + BreakEvenSentence.value(v) + " is not a valid "
                    + "value here (" + e.path() + ": " + e.message() + ").");
        }
    }

    private static Target target(String text) {
        try {
            return Target.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Target: " + e.getMessage() + ".", e);
        }
    }

    static double number(String text, String box) {
        OptionalDouble d = NumberText.parse(text);
        if (d.isEmpty()) {
            throw new IllegalArgumentException(box + ": '" + text.strip() + "' is not a number.");
        }
        return d.getAsDouble();
    }

    static long whole(String text, String box, long least, long most) {
        OptionalDouble d = NumberText.parse(text);
        if (d.isEmpty() || d.getAsDouble() != Math.rint(d.getAsDouble()) || d.getAsDouble() < least
                || d.getAsDouble() > most) {
            throw new IllegalArgumentException(box + " must be a whole number from " + least + " to "
                    + String.format(java.util.Locale.ROOT, "%,d", most) + ", was '" + text.strip() + "'.");
        }
        return (long) d.getAsDouble();
    }

    static double[] list(String text) {
        if (NumberText.isBlank(text)) {
            throw new IllegalArgumentException("Values: give the values to run, separated by commas (0.02, 0.03).");
        }
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(number(part, "Values"));
        }
        if (out.size() > MOST_STEPS) {
            throw new IllegalArgumentException("Values: at most " + MOST_STEPS + " values, was " + out.size() + ".");
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code n} evenly spaced values from {@code from} to exactly {@code to}. */
    static double[] range(double from, double to, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i == n - 1 ? to : from + (to - from) * i / (n - 1);
        }
        return out;
    }
}
