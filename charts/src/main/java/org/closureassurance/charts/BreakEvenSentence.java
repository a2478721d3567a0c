package org.closureassurance.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;

/**
 * What a break-even search found, in words: the crossing with its 95 % interval and the
 * bisection's resolution, or plainly that the range holds no crossing; then the figure at the
 * range's ends. The command line prints it and the desktop app shows it under the curve.
 */
public final class BreakEvenSentence {
    private BreakEvenSentence() {
    }

    /** The statement as lines: the finding, and for a crossing the figure at the range's ends. */
    public static List<String> lines(BreakEven b) {
        return lines(new Finding(b.input(), b.target().toString(), b.target().figureName(), b.target().value(),
                b.outcome(), b.from(), b.to(), b.value(), b.interval(), b.intervalOpen(), b.resolution(), b.runs(),
                b.target().figureAt(b.atFrom()), b.target().figureAt(b.atTo()), true));
    }

    /** The statement of a portfolio search, worded as a scenario search's. */
    public static List<String> lines(PortfolioBreakEven b) {
        return lines(new Finding(b.input(), b.target().toString(), b.target().figureName(), b.target().value(),
                b.outcome(), b.from(), b.to(), b.value(), b.interval(), b.intervalOpen(), b.resolution(), b.runs(),
                b.target().figureAt(b.atFrom()), b.target().figureAt(b.atTo()), false));
    }

    /**
     * What either search found, with the figure at the range's ends; {@code capitalise} says the
     * figure's name may open a sentence (a portfolio figure's, {@code fund.exhaustionProbability},
     * is written as in the results file, after "The figure").
     */
    private record Finding(String input, String target, String figureName, double targetValue,
                           BreakEven.Outcome outcome, double from, double to, double value, Interval interval,
                           boolean open, double resolution, int runs, double atFrom, double atTo,
                           boolean capitalise) {
    }

    private static List<String> lines(Finding b) {
        String range = value(b.from()) + " to " + value(b.to());
        String ends = String.format(Locale.ROOT, "%s is %s at %s and %s at %s", b.figureName(),
                figure(b.atFrom()), value(b.from()), figure(b.atTo()), value(b.to()));
        return switch (b.outcome()) {
            case NEVER_REACHED -> List.of("The target " + b.target() + " is never reached for " + b.input() + " from "
                    + range + ": " + ends + ".");
            case REACHED_THROUGHOUT -> List.of("The target " + b.target() + " is reached throughout " + range + " for "
                    + b.input() + ", so there is no break-even in the range: " + ends + ".");
            case CROSSED -> List.of(String.format(Locale.ROOT, "%s crosses %s at %s = %.6g (95 %% interval %.6g to "
                            + "%.6g%s; bisection resolution %.3g, %d runs).", b.figureName(),
                    value(b.targetValue()), b.input(), b.value(), b.interval().lower(), b.interval().upper(),
                    b.open() ? ", cut by the range" : "", b.resolution(), b.runs()),
                    (b.capitalise() ? capitalised(ends) : "The figure " + ends) + ".");
        };
    }

    /** A value as the user would write it: whole numbers as integers, others to 6 significant digits. */
    public static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
