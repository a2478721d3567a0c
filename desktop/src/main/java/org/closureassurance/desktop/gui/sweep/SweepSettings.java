package org.closureassurance.desktop.gui.sweep;

import java.util.Objects;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Value;

/**
 * What the sweep dialog holds, as typed: the range ({@code from}, {@code to} and how many
 * {@code steps}, both ends included) or a list of {@code values}, as {@code spacing} says; the
 * iterations of each run; and for a break-even search the {@code target}
 * ({@code coverage=0.9}). {@link SweepPlan#of} reads it, refusing what cannot be run.
 */
public record SweepSettings(SweepKind kind, Spacing spacing, String from, String to, String steps, String values,
                            String iterations, String target) {
    /** Whether the values are an evenly spaced range or a list. */
    public enum Spacing { RANGE, LIST }

    /** Values in a range unless told otherwise. */
    public static final int DEFAULT_STEPS = 11;
    /** What a break-even search aims at unless told otherwise. */
    public static final String DEFAULT_TARGET = "coverage=0.9";

    public SweepSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spacing, "spacing");
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        steps = steps == null ? "" : steps;
        values = values == null ? "" : values;
        iterations = iterations == null ? "" : iterations;
        target = target == null ? "" : target;
    }

    /**
     * What the dialog offers first for {@code field} of {@code scenario} (null while it has
     * problems): the input's own range when its distribution is bounded, else half to one and a
     * half times its expected value (0 to 1 for 0); 11 steps; the scenario's iterations.
     */
    public static SweepSettings defaults(SweepKind kind, SweepField field, Scenario scenario) {
        String iterations = scenario == null ? "" : Integer.toString(scenario.simulation().iterations());
        double[] range = scenario == null ? null : InputPaths.all(scenario).stream()
                .filter(i -> i.key().equals(field.key())).findFirst().map(SampledInput::value)
                .map(SweepSettings::rangeOf).orElse(null);
        String from = range == null ? "" : BreakEvenSentence.value(range[0]);
        String to = range == null ? "" : BreakEvenSentence.value(range[1]);
        return new SweepSettings(kind, Spacing.RANGE, from, to, Integer.toString(DEFAULT_STEPS), "", iterations,
                DEFAULT_TARGET);
    }

    private static double[] rangeOf(Value v) {
        double lo = v.lowerBound();
        double hi = v.upperBound();
        if (!v.isDegenerate() && Double.isFinite(lo) && Double.isFinite(hi) && lo < hi) {
            return new double[] {lo, hi};
        }
        double mid = v.expectedValue();
        if (!Double.isFinite(mid) || mid == 0) {
            return new double[] {0, 1};
        }
        return new double[] {mid - Math.abs(mid) / 2, mid + Math.abs(mid) / 2};
    }
}
