package org.closureassurance.simulator.sweep;

import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import org.closureassurance.simulator.results.Interval;

/**
 * The bisection both break-even searches share: where a figure, run at values of one input,
 * crosses its target between {@code from} and {@code to}. Three bisections share the runs (the
 * caller caches them by value): one on the figure itself, one on each end of its 95 % interval;
 * the crossings of the two ends, each taken to the outer end of its bracket, bound the
 * crossing's Monte Carlo uncertainty.
 *
 * @param outcome whether the target is crossed in the range
 * @param value the middle of the estimate's last bracket; NaN without a crossing
 * @param interval from the lowest to the highest end of the three brackets; undefined without a crossing
 * @param open whether an interval end's crossing lies beyond the range, so the interval is cut by it
 */
record Crossing(BreakEven.Outcome outcome, double value, Interval interval, boolean open) {

    /**
     * Searches {@code from} to {@code to} ({@code from < to}, finite), halving the bracket
     * {@code steps} times.
     *
     * @param at the run at a value (cached by the caller, so each value is run once)
     * @param reached whether the figure is on the target's good side
     * @param optimistic the same with the favourable end of its interval
     * @param pessimistic the same with the unfavourable end
     */
    static <P> Crossing search(DoubleFunction<P> at, Predicate<P> reached, Predicate<P> optimistic,
                               Predicate<P> pessimistic, int steps, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("the range is empty: --from must be below --to, was " + from
                    + " to " + to);
        }
        boolean atFrom = reached.test(at.apply(from));
        if (atFrom == reached.test(at.apply(to))) {
            return new Crossing(atFrom ? BreakEven.Outcome.REACHED_THROUGHOUT : BreakEven.Outcome.NEVER_REACHED,
                    Double.NaN, Interval.UNDEFINED, false);
        }
        double[] estimate = bracket(at, reached, steps, from, to);
        double[] opt = bandBracket(at, optimistic, atFrom, steps, from, to);
        double[] pes = bandBracket(at, pessimistic, atFrom, steps, from, to);
        double lower = Math.min(estimate[0], Math.min(opt[0], pes[0]));
        double upper = Math.max(estimate[1], Math.max(opt[1], pes[1]));
        return new Crossing(BreakEven.Outcome.CROSSED, (estimate[0] + estimate[1]) / 2, new Interval(lower, upper),
                opt[2] > 0 || pes[2] > 0);
    }

    /**
     * The bracket of a band end's crossing, {lower, upper, open}: when the end does not change
     * between the range's ends, its crossing lies beyond one of them, and the bracket is that
     * end alone, marked open.
     */
    private static <P> double[] bandBracket(DoubleFunction<P> at, Predicate<P> reached, boolean estimateAtFrom,
                                            int steps, double from, double to) {
        boolean atFrom = reached.test(at.apply(from));
        if (atFrom != reached.test(at.apply(to))) {
            double[] b = bracket(at, reached, steps, from, to);
            return new double[] {b[0], b[1], 0};
        }
        // The estimate changes between the ends; this end keeps the value the estimate has at
        // one of them, so its crossing lies beyond the other.
        double end = atFrom == estimateAtFrom ? to : from;
        return new double[] {end, end, 1};
    }

    /** Bisection of {@code reached}, which differs at {@code from} and {@code to}: the last bracket. */
    private static <P> double[] bracket(DoubleFunction<P> at, Predicate<P> reached, int steps, double from,
                                        double to) {
        boolean atFrom = reached.test(at.apply(from));
        double lo = from;
        double hi = to;
        for (int i = 0; i < steps; i++) {
            double mid = lo + (hi - lo) / 2;
            if (reached.test(at.apply(mid)) == atFrom) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new double[] {lo, hi};
    }
}
