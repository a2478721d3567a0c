package org.closureassurance.simulator.sweep;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Finds the value of one portfolio input at which the fund's exhaustion probability or the
 * expected unfunded public cost crosses a {@link PortfolioTarget}, by the bisection the scenario
 * search uses. Every run has the same seed, so with common random numbers the figure moves only
 * with the input; each value is run once.
 */
public final class PortfolioBreakEvenSearch {
    private final String input;
    private final PortfolioTarget target;
    private final int steps;
    private final DoubleFunction<PortfolioSweepPoint> run;
    private final Map<Double, PortfolioSweepPoint> runs = new HashMap<>();

    /**
     * A search of {@code input}, halving the bracket {@code steps} times (1 to 40); {@code run}
     * runs the portfolio with the input at a value.
     */
    public PortfolioBreakEvenSearch(String input, PortfolioTarget target, int steps,
                                    DoubleFunction<PortfolioSweepPoint> run) {
        if (steps < 1 || steps > 40) {
            throw new IllegalArgumentException("bisection steps must be between 1 and 40, was " + steps);
        }
        this.input = input;
        this.target = target;
        this.steps = steps;
        this.run = run;
    }

    /**
     * Searches {@code from} to {@code to} ({@code from < to}).
     *
     * @throws IllegalArgumentException when the range is empty or not finite
     */
    public PortfolioBreakEven search(double from, double to) {
        Crossing c = Crossing.search(this::at, target::reached, target::reachedOptimistically,
                target::reachedPessimistically, steps, from, to);
        return new PortfolioBreakEven(input, target, from, to, c.outcome(), c.value(), c.interval(), c.open(),
                (to - from) / Math.pow(2, steps), at(from), at(to), runs.size());
    }

    private PortfolioSweepPoint at(double v) {
        return runs.computeIfAbsent(v, run::apply);
    }
}
