package org.closureassurance.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Probabilities and plain numbers as the project writes them in legends and reports:
 * {@code 62 %}, {@code 99.5 %}, {@code 61–63 %}; whole percents unless a figure lies within
 * one point of 0 or 100, where the decimal is what the reader cares about, and never
 * {@code 0 %} or {@code 100 %} for a figure that is not exactly that.
 */
final class NumberText {

    /** What an undefined (NaN) figure reads as. */
    static final String UNDEFINED = "undefined";

    private NumberText() {
    }

    /** A probability (0..1) as a percent: {@code 62 %}, {@code 0.4 %}, {@code 99.5 %}. */
    static String percent(double p) {
        return Double.isNaN(p) ? UNDEFINED : percentNumber(p) + " %";
    }

    /** An interval of probabilities: {@code 61–63 %}. */
    static String percentRange(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return UNDEFINED;
        }
        return percentNumber(lo) + "–" + percentNumber(hi) + " %";
    }

    private static String percentNumber(double p) {
        double x = 100 * p;
        if (x > 0 && x < 0.05) {
            return "< 0.1";
        }
        if (x > 99.95 && x < 100) {
            return "> 99.9";
        }
        int decimals = x != 0 && x != 100 && (x < 1 || x > 99) ? 1 : 0;
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A plain number with up to {@code decimals} decimals, trailing zeros dropped. */
    static String number(double x, int decimals) {
        if (Double.isNaN(x)) {
            return UNDEFINED;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
