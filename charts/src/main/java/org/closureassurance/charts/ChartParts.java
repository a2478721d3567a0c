package org.closureassurance.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/** Axes, titles and notes that the chart classes build alike. */
final class ChartParts {

    /** The note shown when no iteration forfeited, so nothing over forfeiting iterations exists. */
    static final String NO_FORFEITURE = "No iteration forfeited: there is no walk-away liability to show.";

    /**
     * Room around every chart, wider on the right: the last tick label of a money axis is
     * centred on the plot's right edge, and half of it would otherwise touch the border.
     */
    static final RectangleInsets PADDING = new RectangleInsets(4, 6, 4, 28);

    private ChartParts() {
    }

    /**
     * A chart with {@code title}, the scenario's name, iteration count and seed as a subtitle,
     * the legend at the bottom and the house theme.
     */
    static JFreeChart chart(String title, Plot plot, SimulationResults results) {
        return chart(title, plot, results == null ? List.of() : List.of(results));
    }

    /** A chart with one subtitle line per run of {@code runs} (see {@link #chart(String, Plot, SimulationResults)}). */
    static JFreeChart chart(String title, Plot plot, List<SimulationResults> runs) {
        return withSubtitles(title, plot, runs.stream().map(ChartParts::scenarioLine).toList());
    }

    /** A chart whose subtitle is {@code line} (a portfolio's name, iterations and seed), styled as {@link #chart}. */
    static JFreeChart chart(String title, Plot plot, String line) {
        return withSubtitles(title, plot, List.of(line));
    }

    private static JFreeChart withSubtitles(String title, Plot plot, List<String> lines) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (String line : lines) {
            chart.addSubtitle(new TextTitle(line));
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.setPadding(PADDING);
        ChartPalette.apply(chart);
        return chart;
    }

    static String scenarioLine(SimulationResults results) {
        String name = results.scenario() == null ? "Unnamed scenario" : results.scenario();
        return name + " — " + String.format(Locale.ROOT, "%,d", results.iterations()) + " iterations, seed "
                + results.seed();
    }

    /**
     * Adds a note under the title saying why the chart is empty or partial. Call after
     * {@link #chart}, so the theme does not restyle it.
     */
    static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, new Font(ChartPalette.FONT_FAMILY, Font.ITALIC, 12));
        note.setPaint(ChartPalette.VERMILLION.darker());
        note.setHorizontalAlignment(HorizontalAlignment.CENTER);
        note.setPadding(new RectangleInsets(4, 0, 4, 0));
        chart.addSubtitle(note);
    }

    /** A money axis in {@code currency} with {@code USD 20.1 M}-style ticks. */
    static NumberAxis moneyAxis(String label, String currency) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new MoneyFormat(currency));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** A probability axis from 0 to 1 with percent ticks. */
    static NumberAxis probabilityAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0.0, 1.0);
        axis.setNumberFormatOverride(percentFormat());
        return axis;
    }

    /**
     * A histogram's share axis in percent: auto-ranged to the tallest bar, but never past
     * 100 %, which no share can exceed (the auto range's upper margin would show {@code 105 %}).
     */
    static NumberAxis shareAxis(String label) {
        NumberAxis axis = new NumberAxis(label) {
            @Override
            protected void autoAdjustRange() {
                super.autoAdjustRange();
                if (getUpperBound() > 1.0) {
                    setRange(new Range(Math.min(getLowerBound(), 0.0), 1.0), false, false);
                }
            }
        };
        axis.setNumberFormatOverride(percentFormat());
        return axis;
    }

    /** A year axis with whole-number ticks. */
    static NumberAxis yearAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Percent with a space, as the project writes it ({@code 62 %}), and decimals for fine ticks. */
    static NumberFormat percentFormat() {
        return new DecimalFormat("0.## %", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /**
     * A vertical (or horizontal, on a range axis) reference line with its label inside the plot;
     * {@code row} staggers labels of nearby markers so that they do not overprint.
     */
    static ValueMarker marker(double value, String label, Color colour, int dash, int row) {
        ValueMarker m = new ValueMarker(value, colour, ChartPalette.thinLine(dash));
        m.setLabel(label);
        m.setLabelFont(new Font(ChartPalette.FONT_FAMILY, Font.PLAIN, 10));
        m.setLabelPaint(colour.darker());
        m.setLabelBackgroundColor(ChartPalette.translucent(Color.WHITE, 0.8));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4 + 14 * row, 3, 0, 3));
        return m;
    }
}
