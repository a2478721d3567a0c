package org.closureassurance.desktop.cli;

import java.util.Locale;

/** Money for people: {@code USD 20.1 M}, {@code USD 350 k}, {@code USD 1.25 bn}. */
final class MoneyText {
    private MoneyText() {
    }

    static String of(String currency, double amount) {
        if (Double.isNaN(amount)) {
            return "n/a";
        }
        double a = Math.abs(amount);
        String body;
        if (a >= 1e9) {
            body = String.format(Locale.ROOT, "%.2f bn", amount / 1e9);
        } else if (a >= 1e6) {
            body = String.format(Locale.ROOT, "%.1f M", amount / 1e6);
        } else if (a >= 1e3) {
            body = String.format(Locale.ROOT, "%.0f k", amount / 1e3);
        } else {
            body = String.format(Locale.ROOT, "%.0f", amount);
        }
        return currency + " " + body;
    }
}
