package org.closureassurance.desktop.gui.portfolio;

import java.util.Comparator;

/**
 * How the sites table sorts a column: numbers by value, before any text that is not a number
 * (an empty cell, a typing mistake), which sorts as text, so {@code 9} comes before {@code 10}.
 */
public final class CellOrder implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareToIgnoreCase(b);
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
