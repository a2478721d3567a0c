package org.closureassurance.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.SweepPoint;

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
        String range = value(b.from()) + " to " + value(b.to());
        String ends = String.format(Locale.ROOT, "%s is %s at %s and %s at %s", b.target().figureName(),
                figure(b, b.atFrom()), value(b.from()), figure(b, b.atTo()), value(b.to()));
        return switch (b.outcome()) {
            case NEVER_REACHED -> List.of("The target " + b.target() + " is never reached for " + b.input() + " from "
                    + range + ": " + ends + ".");
            case REACHED_THROUGHOUT -> List.of("The target " + b.target() + " is reached throughout " + range + " for "
                    + b.input() + ", so there is no break-even in the range: " + ends + ".");
            case CROSSED -> List.of(String.format(Locale.ROOT, "%s crosses %s at %s = %.6g (95 %% interval %.6g to "
                            + "%.6g%s; bisection resolution %.3g, %d runs).", b.target().figureName(),
                    value(b.target().value()), b.input(), b.value(), b.interval().lower(), b.interval().upper(),
                    b.intervalOpen() ? ", cut by the range" : "", b.resolution(), b.runs()), capitalised(ends) + ".");
        };
    }

    /** A value as the user would write it: whole numbers as integers, others to 6 significant digits. */
    public static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String figure(BreakEven b, SweepPoint p) {
        double v = b.target().figureAt(p);
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
