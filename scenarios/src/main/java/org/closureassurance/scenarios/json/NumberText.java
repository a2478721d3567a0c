package org.closureassurance.scenarios.json;

import java.math.BigDecimal;

/**
 * Writes doubles for people and for JSON: whole numbers without a decimal point, others in
 * plain notation where that is short, always with digits that parse back to the identical
 * double.
 */
public final class NumberText {
    private NumberText() {
    }

    /**
     * The number as it should appear in a message: {@code 12}, {@code 0.05}, {@code 2600000},
     * {@code 1.0E-12}, {@code -Infinity}.
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return json(x);
    }

    /** The number as a JSON literal that parses back to exactly {@code x} (which must be finite). */
    public static String json(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("JSON has no " + x);
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0" : "-0.0";
        }
        double abs = Math.abs(x);
        if (abs < 1e-6 || abs >= 1e15) {
            return Double.toString(x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
