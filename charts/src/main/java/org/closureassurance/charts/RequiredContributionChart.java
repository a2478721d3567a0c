package org.closureassurance.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The yearly contribution, as a percent of each operating site's estimate, that keeps the
 * fund solvent in 80, 90 and 95 % of futures. Where no percent suffices (a payout falls due
 * before any contribution can arrive) the bar is left out and a note says why. The levy the
 * fund charges now is marked across the bars when known.
 */
final class RequiredContributionChart {

    static final String SERIES = "Contribution percent";
    static final List<String> SHARES = List.of("80 % of futures", "90 % of futures", "95 % of futures");
    static final String NONE_SUFFICES = "none suffices";
    static final String PRESENT_LEVY = "Present levy";

    private RequiredContributionChart() {
    }

    static double[] percents(RequiredContribution rc) {
        return new double[] {rc.p80(), rc.p90(), rc.p95()};
    }

    /** The bars of {@code rc}; a finite {@code presentLevy} (percent) is marked as a line across them. */
    static JFreeChart create(PortfolioResults r, RequiredContribution rc, double presentLevy) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] p = percents(rc);
        List<String> none = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            boolean finite = Double.isFinite(p[i]);
            data.addValue(finite ? p[i] : null, SERIES, SHARES.get(i));
            if (!finite) {
                none.add(SHARES.get(i));
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartPalette.REQUIRED);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.2);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %",
                new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        NumberAxis percent = new NumberAxis("Yearly contribution (% of estimate)");
        percent.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Fund solvent within the horizon in"), percent,
                bars);
        if (Double.isFinite(presentLevy)) {
            ValueMarker levy = ChartParts.marker(presentLevy, PRESENT_LEVY + " " + text(presentLevy),
                    ChartPalette.REFERENCE, 1, 0);
            levy.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            levy.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(levy, Layer.FOREGROUND);
            if (presentLevy > 0 && presentLevy >= highest(p)) {
                percent.setRange(0, presentLevy * 1.15);
            }
        }
        JFreeChart chart = ChartParts.chart("Contribution percent that keeps the fund solvent", plot,
                PortfolioCharts.line(r));
        if (!none.isEmpty()) {
            ChartParts.note(chart, "No percent suffices for " + String.join(", ", none)
                    + ": a payout falls due before any contribution can arrive.");
        }
        return chart;
    }

    /** The tallest finite bar; 0 when none. */
    private static double highest(double[] percents) {
        double max = 0;
        for (double x : percents) {
            if (Double.isFinite(x)) {
                max = Math.max(max, x);
            }
        }
        return max;
    }

    static ChartTable table(RequiredContribution rc) {
        double[] p = percents(rc);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            rows.add(List.of(SHARES.get(i), text(p[i])));
        }
        return new ChartTable("The smallest yearly contribution, as a percent of each operating site's estimate, "
                + "with no unfunded payout in the given share of iterations",
                List.of("Fund solvent in", "Contribution percent"), rows);
    }

    /** {@code 1.6 %}, or that no percent suffices. */
    static String text(double percent) {
        return Double.isFinite(percent) ? NumberText.number(percent, 2) + " %" : NONE_SUFFICES;
    }
}
