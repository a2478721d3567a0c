package org.closureassurance.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats money as a currency code and a short figure with thousands, millions or billions:
 * {@code USD 20.1 M}, {@code USD 350 k}, {@code AUD 1.25 B}, or in words for prose
 * ({@code USD 20.1 million}). Closure liabilities span four orders of magnitude, and readers
 * compare them at a glance, so every figure keeps three significant digits whatever its size.
 *
 * <p>As a {@link NumberFormat} it can be handed to a JFreeChart axis
 * ({@code NumberAxis.setNumberFormatOverride}) and it {@linkplain #parse(String, ParsePosition)
 * parses} what it writes. Decimal points are always {@code .}, whatever the default locale,
 * so that reports and charts do not depend on the machine that made them.
 */
public final class MoneyFormat extends NumberFormat {

    /** How the magnitude is named. */
    public enum Style {
        /** {@code k}, {@code M}, {@code B}: axes, tables and legends. */
        SHORT(" k", " M", " B"),
        /** {@code thousand}, {@code million}, {@code billion}: sentences. */
        WORDS(" thousand", " million", " billion");

        private final String[] suffixes;

        Style(String thousands, String millions, String billions) {
            this.suffixes = new String[] {"", thousands, millions, billions};
        }
    }

    private static final double[] SCALES = {1, 1e3, 1e6, 1e9};
    /**
     * From a million billions up, figures are written as {@code 1.50e303}: values that large only
     * come from extreme inputs, and in billions they would run to hundreds of digits.
     */
    private static final double SCIENTIFIC_FROM = 1e15;

    private final String currency;
    private final Style style;

    /** A short-style format for {@code currency} (e.g. {@code "USD"}). */
    public MoneyFormat(String currency) {
        this(currency, Style.SHORT);
    }

    /** A format for {@code currency} (e.g. {@code "USD"}) in the given style. */
    public MoneyFormat(String currency, Style style) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** The currency code written before every figure. */
    public String currency() {
        return currency;
    }

    /**
     * A number with a short magnitude suffix and three significant digits, without currency:
     * {@code 2.0 M}, {@code 20.1 M}, {@code 350 k}, {@code 2.6}, {@code 0.012}, and from
     * 10^15 up {@code 1.50e303}. Used for quantities as well as money. NaN gives {@code "undefined"}.
     */
    public static String compact(double value) {
        return compact(value, Style.SHORT);
    }

    /** {@link #compact(double)} in the given style. */
    public static String compact(double value, Style style) {
        if (Double.isNaN(value)) {
            return "undefined";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= SCIENTIFIC_FROM) {
            return String.format(Locale.ROOT, "%.2e", value).replace("e+", "e");
        }
        int scale = abs >= 1e9 ? 3 : abs >= 1e6 ? 2 : abs >= 1e3 ? 1 : 0;
        BigDecimal rounded = roundToSignificant(value / SCALES[scale], 3);
        if (rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && scale < SCALES.length - 1) {
            scale++;
            rounded = roundToSignificant(value / SCALES[scale], 3);
        }
        String digits = rounded.stripTrailingZeros().toPlainString();
        if (scale > 0 && rounded.abs().compareTo(BigDecimal.valueOf(100)) < 0 && !digits.contains(".")) {
            digits = digits + ".0";
        }
        return digits + style.suffixes[scale];
    }

    private static BigDecimal roundToSignificant(double x, int significant) {
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        int decimals = Math.max(0, significant - 1 - magnitude);
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number)) {
            return toAppendTo.append("undefined");
        }
        return toAppendTo.append(currency).append(' ').append(compact(number, style));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /**
     * Reads a figure in either style, with or without the currency code
     * ({@code "USD 20.1 M"}, {@code "20.1 million"}, {@code "350"}); null when there is none.
     */
    @Override
    public Number parse(String source, ParsePosition pos) {
        int i = pos.getIndex();
        String rest = source.substring(i);
        String trimmed = rest.stripLeading();
        int consumed = rest.length() - trimmed.length();
        if (trimmed.startsWith(currency)) {
            String afterCode = trimmed.substring(currency.length());
            String stripped = afterCode.stripLeading();
            consumed += currency.length() + afterCode.length() - stripped.length();
            trimmed = stripped;
        }
        int end = 0;
        while (end < trimmed.length() && (Character.isDigit(trimmed.charAt(end))
                || "+-.eE".indexOf(trimmed.charAt(end)) >= 0)) {
            end++;
        }
        double number;
        try {
            number = Double.parseDouble(trimmed.substring(0, end));
        } catch (NumberFormatException e) {
            pos.setErrorIndex(i);
            return null;
        }
        consumed += end;
        String tail = trimmed.substring(end);
        for (Style s : new Style[] {Style.WORDS, Style.SHORT}) {
            for (int k = s.suffixes.length - 1; k > 0; k--) {
                if (tail.toLowerCase(Locale.ROOT).startsWith(s.suffixes[k].toLowerCase(Locale.ROOT))) {
                    pos.setIndex(i + consumed + s.suffixes[k].length());
                    return number * SCALES[k];
                }
            }
        }
        pos.setIndex(i + consumed);
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoneyFormat m && m.currency.equals(currency) && m.style == style;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + style.hashCode();
    }
}
