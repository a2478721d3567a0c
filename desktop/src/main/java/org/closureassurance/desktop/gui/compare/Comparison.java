package org.closureassurance.desktop.gui.compare;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Two runs side by side: the pinned run (A) and the latest (B), the differences in their
 * headline figures and their regulatory rules, and their liability S-curves and bond sizing curves overlaid. The charts
 * are null when the runs' currencies differ, with {@code note} saying so.
 *
 * @param pinnedLabel  what run A is called
 * @param currentLabel what run B is called
 * @param rows         the headline figures of A and B and their difference
 * @param rules        each regulatory rule of either run, matched by name, in A and B
 * @param liability    the liability S-curves, or null
 * @param bondSizing   the bond sizing curves, or null
 * @param note         why there are no charts, or null
 * @param changes      what differs between the two scenarios, in words
 */
public record Comparison(String pinnedLabel, String currentLabel, List<Row> rows, List<Row> rules, JFreeChart liability,
                         JFreeChart bondSizing, String note, List<String> changes) {

    /** One headline figure in both runs. */
    public record Row(String figure, String pinned, String current, String difference) {
    }

    public Comparison {
        rows = List.copyOf(rows);
        rules = List.copyOf(rules);
        changes = List.copyOf(changes);
    }
}
