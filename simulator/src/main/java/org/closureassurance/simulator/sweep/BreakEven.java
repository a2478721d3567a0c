package org.closureassurance.simulator.sweep;

import org.closureassurance.simulator.results.Interval;

/**
 * What a break-even search found for {@code input} between {@code from} and {@code to}.
 * When the target is crossed, {@code value} is the middle of the last bisection bracket and
 * {@code interval} runs from the crossing of the optimistic end of the figure's 95 % interval
 * to the crossing of the pessimistic end (each taken to the outer end of its own bracket, so
 * the bisection's resolution is inside it); {@code intervalOpen} says the interval was cut by
 * the range. When the target is reached at both ends or at neither, {@code value} and
 * {@code interval} are NaN: there is no crossing in the range. {@code atFrom} and {@code atTo}
 * are the figures at the range's ends; {@code runs} counts the simulations made.
 */
public record BreakEven(String input, Target target, double from, double to, Outcome outcome, double value,
                        Interval interval, boolean intervalOpen, double resolution, SweepPoint atFrom,
                        SweepPoint atTo, int runs) {

    /** Whether and how the target was crossed in the range. */
    public enum Outcome {
        /** The figure crosses the target between the range's ends. */
        CROSSED,
        /** The target is reached at both ends: no crossing in the range. */
        REACHED_THROUGHOUT,
        /** The target is reached at neither end: it is never reached in the range. */
        NEVER_REACHED
    }
}
