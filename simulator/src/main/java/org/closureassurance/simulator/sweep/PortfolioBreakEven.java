package org.closureassurance.simulator.sweep;

import org.closureassurance.simulator.results.Interval;

/**
 * What a portfolio break-even search found for {@code input} between {@code from} and
 * {@code to}, read as {@link BreakEven} is: {@code value} the middle of the last bisection
 * bracket, {@code interval} from the crossing of one end of the figure's 95 % interval to the
 * other's, both NaN when the range holds no crossing; {@code atFrom} and {@code atTo} are the
 * figures at the range's ends, {@code runs} the portfolio runs made.
 */
public record PortfolioBreakEven(String input, PortfolioTarget target, double from, double to,
                                 BreakEven.Outcome outcome, double value, Interval interval, boolean intervalOpen,
                                 double resolution, PortfolioSweepPoint atFrom, PortfolioSweepPoint atTo, int runs) {
}
