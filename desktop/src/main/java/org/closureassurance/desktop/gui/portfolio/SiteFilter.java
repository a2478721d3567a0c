package org.closureassurance.desktop.gui.portfolio;

import java.util.Locale;

/**
 * Which rows the sites table shows: those with {@code text} in any cell (ignoring case), and
 * only those with a problem when {@code problemsOnly}.
 *
 * @param text what to look for; empty for every row
 * @param problemsOnly whether to show only the rows with a problem
 */
public record SiteFilter(String text, boolean problemsOnly) {
    /** Every row. */
    public static final SiteFilter ALL = new SiteFilter("", false);

    public SiteFilter {
        text = text == null ? "" : text.strip();
    }

    /** Whether row {@code row} of {@code document} passes. */
    public boolean matches(PortfolioDocument document, int row) {
        if (problemsOnly && !document.hasProblem(row)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        for (SiteColumn c : SiteColumn.values()) {
            if (document.text(row, c).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
