package org.closureassurance.desktop.gui.results;

import java.util.List;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Timeline;

/**
 * Results as CSV for spreadsheets (RFC 4180: comma-separated, quoted where needed, CRLF line
 * ends): every statistic, and the year-by-year timeline. Numbers are written exactly, with
 * {@code .} as the decimal point; an undefined figure is an empty cell.
 */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    /** One row per {@link StatisticsRows} figure; the unit of amounts of money is {@code currency}. */
    public static String statistics(SimulationResults r, String currency) {
        StringBuilder out = new StringBuilder();
        StringBuilder header = new StringBuilder("group,figure,unit");
        for (StatisticsRows.Column c : StatisticsRows.COLUMNS) {
            header.append(',').append(c.header().toLowerCase(java.util.Locale.ROOT));
        }
        line(out, header.toString());
        for (StatisticsRows.Row row : StatisticsRows.of(r)) {
            StringBuilder l = new StringBuilder();
            l.append(quote(row.group())).append(',').append(quote(row.figure())).append(',')
                    .append(quote(row.unitIn(currency)));
            for (StatisticsRows.Column c : StatisticsRows.COLUMNS) {
                l.append(',').append(number(c.value().applyAsDouble(row.stats())));
            }
            line(out, l.toString());
        }
        return out.toString();
    }

    /**
     * One row per simulated year: liability and assurance percentiles 10, 50 and 90 and the
     * probability of cover; {@code calendarYear} when the scenario names its base year (nullable).
     */
    public static String timeline(SimulationResults r, Integer baseYear) {
        StringBuilder out = new StringBuilder();
        // A column of the timeline CSV, not the scenario field of the same name.
        line(out, "year" + (baseYear == null ? "" : ",calendarYear") + ",liabilityP10,liabilityP50,liabilityP90,"
                + "assuranceP10,assuranceP50,assuranceP90,coverageProbability");
        Timeline t = r.timeline();
        if (t == null) {
            return out.toString();
        }
        for (int i = 0; i < t.years().length; i++) {
            List<Double> cells = List.of(t.liability().p10()[i], t.liability().p50()[i], t.liability().p90()[i],
                    t.assurance().p10()[i], t.assurance().p50()[i], t.assurance().p90()[i], t.coverageProbability()[i]);
            StringBuilder l = new StringBuilder(Integer.toString(t.years()[i]));
            if (baseYear != null) {
                l.append(',').append(baseYear + t.years()[i]);
            }
            for (double d : cells) {
                l.append(',').append(number(d));
            }
            line(out, l.toString());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String l) {
        out.append(l).append("\r\n");
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : NumberText.of(d);
    }

    /**
     * A text cell, quoted when it holds a comma, a quote or a line break. Names come from
     * scenario files, which anyone may write: a cell that a spreadsheet would take for a formula
     * ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed with an apostrophe so it stays text.
     */
    static String quote(String text) {
        String s = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
