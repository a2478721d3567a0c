package org.closureassurance.desktop.gui.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.simulator.results.Interval;

/**
 * How the window writes figures: probabilities as percentages with one decimal
 * ({@code 62.3 %}), money with its currency and three significant digits
 * ({@code USD 20.1 M}), and differences with their sign. Undefined figures (NaN, when no
 * iteration forfeits) read as a dash.
 */
public final class Figures {
    /** What an undefined figure reads as. */
    public static final String UNDEFINED = "—";

    private Figures() {
    }

    /** A probability as a percentage: {@code 62.3 %}. */
    public static String percent(double p) {
        if (Double.isNaN(p)) {
            return UNDEFINED;
        }
        return BigDecimal.valueOf(100 * p).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** An interval of probabilities: {@code 61.6–63.0 %}. */
    public static String percentRange(Interval ci) {
        if (ci == null || Double.isNaN(ci.lower()) || Double.isNaN(ci.upper())) {
            return UNDEFINED;
        }
        return BigDecimal.valueOf(100 * ci.lower()).setScale(1, RoundingMode.HALF_UP).toPlainString() + "–"
                + percent(ci.upper());
    }

    /** Money: {@code USD 20.1 M}. */
    public static String money(double x, String currency) {
        return Double.isNaN(x) ? UNDEFINED : new MoneyFormat(currency).format(x);
    }

    /** A change in percentage points: {@code +4.2 points}. */
    public static String pointsChange(double from, double to) {
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return UNDEFINED;
        }
        BigDecimal d = BigDecimal.valueOf(100 * (to - from)).setScale(1, RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "±") + d.abs().toPlainString() + " points";
    }

    /** A change in money: {@code +USD 3.10 M}, {@code −USD 850 k}. */
    public static String moneyChange(double from, double to, String currency) {
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return UNDEFINED;
        }
        double d = to - from;
        String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        return sign + new MoneyFormat(currency).format(Math.abs(d));
    }

    /** A year, or the dash: {@code 2043}. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return UNDEFINED;
        }
        return String.format(Locale.ROOT, "%,.1f", x);
    }
}
