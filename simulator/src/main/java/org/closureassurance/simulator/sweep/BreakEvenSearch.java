package org.closureassurance.simulator.sweep;

import java.util.HashMap;
import java.util.Map;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.ProgressListener;

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
        Crossing c = Crossing.search(this::at, target::reached, target::reachedOptimistically,
                target::reachedPessimistically, steps, from, to);
        return new BreakEven(sweep.keys().get(0).path(), target, from, to, c.outcome(), c.value(), c.interval(),
                c.open(), (to - from) / Math.pow(2, steps), at(from), at(to), runs.size());
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
