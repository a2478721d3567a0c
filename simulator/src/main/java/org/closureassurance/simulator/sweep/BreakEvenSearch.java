package org.closureassurance.simulator.sweep;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.results.Interval;

/**
 * Finds the value of one input at which a headline figure crosses a {@link Target}, by
 * bisection with common random numbers (every run draws every other input identically, so
 * the figure moves only with the input). Three bisections share their runs: one on the
 * figure itself, one on each end of its 95 % interval; the crossings of the two ends bound the
 * crossing's Monte Carlo uncertainty (docs/model.md, "Readings we chose").
 */
public final class BreakEvenSearch {
    /** Bisection steps by default: the bracket ends at 1/1024 of the range. */
    public static final int DEFAULT_STEPS = 10;

    private final InputSweep sweep;
    private final Target target;
    private final int steps;
    private final ProgressListener listener;
    private final Map<Double, SweepPoint> runs = new HashMap<>();

    /**
     * A search on the single input of {@code sweep}, halving the bracket {@code steps} times
     * (1 to 40).
     */
    public BreakEvenSearch(InputSweep sweep, Target target, int steps, ProgressListener listener) {
        if (sweep.keys().size() != 1) {
            throw new IllegalArgumentException("a break-even search holds one input, not " + sweep.keys().size());
        }
        if (steps < 1 || steps > 40) {
            throw new IllegalArgumentException("bisection steps must be between 1 and 40, was " + steps);
        }
        this.sweep = sweep;
        this.target = target;
        this.steps = steps;
        this.listener = listener;
    }

    /**
     * Searches {@code from} to {@code to} ({@code from < to}).
     *
     * @throws IllegalArgumentException when the range is empty or not finite
     */
    public BreakEven search(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("the range is empty: --from must be below --to, was " + from
                    + " to " + to);
        }
        SweepPoint a = at(from);
        SweepPoint b = at(to);
        String input = sweep.keys().get(0).path();
        double resolution = (to - from) / Math.pow(2, steps);
        if (target.reached(a) == target.reached(b)) {
            BreakEven.Outcome o = target.reached(a) ? BreakEven.Outcome.REACHED_THROUGHOUT
                    : BreakEven.Outcome.NEVER_REACHED;
            return new BreakEven(input, target, from, to, o, Double.NaN, Interval.UNDEFINED, false, resolution,
                    a, b, runs.size());
        }
        double[] estimate = bracket(target::reached, from, to);
        double[] optimistic = bandBracket(target::reachedOptimistically, from, to);
        double[] pessimistic = bandBracket(target::reachedPessimistically, from, to);
        double lower = Math.min(estimate[0], Math.min(optimistic[0], pessimistic[0]));
        double upper = Math.max(estimate[1], Math.max(optimistic[1], pessimistic[1]));
        boolean open = optimistic[2] > 0 || pessimistic[2] > 0;
        return new BreakEven(input, target, from, to, BreakEven.Outcome.CROSSED, (estimate[0] + estimate[1]) / 2,
                new Interval(lower, upper), open, resolution, a, b, runs.size());
    }

    /**
     * The bracket of a band end's crossing, {lower, upper, open}: when the end does not change
     * between the range's ends, its crossing lies beyond one of them, and the bracket is that
     * end alone, marked open.
     */
    private double[] bandBracket(Predicate<SweepPoint> reached, double from, double to) {
        boolean atFrom = reached.test(at(from));
        if (atFrom != reached.test(at(to))) {
            double[] b = bracket(reached, from, to);
            return new double[] {b[0], b[1], 0};
        }
        // The estimate changes between the ends; this end keeps the value the estimate has at
        // one of them, so its crossing lies beyond the other.
        double end = atFrom == target.reached(at(from)) ? to : from;
        return new double[] {end, end, 1};
    }

    /** Bisection of {@code reached}, which differs at {@code from} and {@code to}: the last bracket. */
    private double[] bracket(Predicate<SweepPoint> reached, double from, double to) {
        boolean atFrom = reached.test(at(from));
        double lo = from;
        double hi = to;
        for (int i = 0; i < steps; i++) {
            double mid = lo + (hi - lo) / 2;
            if (reached.test(at(mid)) == atFrom) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new double[] {lo, hi};
    }

    /** The run at {@code v}, made once. */
    private SweepPoint at(double v) {
        SweepPoint p = runs.get(v);
        if (p == null) {
            int most = 2 + 3 * steps;
            p = SweepPoint.of(v, sweep.run(new double[] {v},
                    new SweepProgress(listener, Math.min(runs.size(), most - 1), most,
                            sweep.scenario().simulation().iterations())));
            runs.put(v, p);
        }
        return p;
    }
}
