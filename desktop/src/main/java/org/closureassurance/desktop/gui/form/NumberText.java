package org.closureassurance.desktop.gui.form;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into the editor and as the editor shows them back. Spaces (thin
 * ones too) and underscores inside a number are ignored ({@code 3 000 000}); the decimal point is
 * always {@code .}, whatever the machine's locale, so a scenario reads the same everywhere. Shown
 * numbers are the shortest text that reads back as the identical double, so that opening and
 * saving a scenario never changes a figure.
 */
public final class NumberText {
    private static final Pattern IGNORED = Pattern.compile("[\\s_\\u00a0\\u2009\\u202f]");

    private NumberText() {
    }

    /** The finite number {@code text} stands for, or empty when it is not one. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = IGNORED.matcher(text).replaceAll("");
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** Whether {@code text} is empty or only blanks. */
    public static boolean isBlank(String text) {
        return text == null || IGNORED.matcher(text).replaceAll("").isEmpty();
    }

    /** {@code text} without the blanks people put between digit groups. */
    public static String compact(String text) {
        return text == null ? "" : IGNORED.matcher(text).replaceAll("");
    }

    /**
     * The shortest plain text that reads back as exactly {@code value}: {@code 3000000},
     * {@code 0.03}, {@code 1E-9} (scientific only for very large or small magnitudes).
     */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        int magnitude = exact.precision() - exact.scale() - 1;
        if (magnitude >= -6 && magnitude < 16) {
            return exact.toPlainString();
        }
        return exact.toString();
    }

    /**
     * A plain number with its thousands set apart by thin spaces for reading ({@code 15 000 000});
     * the editor reads it back, and anything that is not a plain number is shown as typed.
     */
    public static String grouped(String text) {
        String t = text.strip();
        if (!t.matches("-?\\d{5,}(\\.\\d*)?")) {
            return text;
        }
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        StringBuilder out = new StringBuilder();
        int digits = whole.startsWith("-") ? whole.length() - 1 : whole.length();
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            out.append(c);
            int left = whole.length() - 1 - i;
            if (Character.isDigit(c) && left > 0 && left % 3 == 0 && left < digits) {
                out.append('\u2009');
            }
        }
        return out + (dot < 0 ? "" : t.substring(dot));
    }
}
