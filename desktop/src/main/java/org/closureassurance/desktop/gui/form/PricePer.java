package org.closureassurance.desktop.gui.form;

/**
 * The unit a price is per ({@code unitCost.per}, {@code establishmentCost.per}) shown with the
 * scenario's currency: a unit cost of 1.6 beside {@code m3} is 1.6 US dollars per cubic metre,
 * and the editor says {@code USD per m3} rather than leave the reader to guess.
 */
public final class PricePer {
    private PricePer() {
    }

    /** Whether the unit field {@code key} is the unit a price is per. */
    public static boolean isPriceUnit(String key) {
        return key != null && key.endsWith(".per");
    }

    /** {@code USD per m3}; {@code per m3} while the scenario has no currency. */
    public static String label(String currency, String unit) {
        String c = currency == null ? "" : currency.strip();
        return (c.isEmpty() ? "" : c + " ") + "per " + unit;
    }
}
