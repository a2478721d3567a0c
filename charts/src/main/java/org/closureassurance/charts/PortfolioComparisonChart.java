package org.closureassurance.charts;

import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two portfolio runs on one chart, as the desktop's Compare tab shows them: the cumulative
 * probability that the pooled fund has run dry by each year under run A and under run B (a 1 %
 * levy against 2 %, say). A run without a fund has no curve; with neither, the chart says so.
 */
public final class PortfolioComparisonChart {
    /** What the chart says when neither run has a fund. */
    static final String NO_FUND = "Neither run has a pooled fund: there is no exhaustion curve to compare.";

    private PortfolioComparisonChart() {
    }

    /** The exhaustion curves of {@code a} (called {@code labelA}) and {@code b}, A first, keyed {@code A: labelA}. */
    public static JFreeChart exhaustion(String labelA, PortfolioResults a, String labelB, PortfolioResults b) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        add(data, lines, "A: " + labelA, a);
        add(data, lines, "B: " + labelB, b);
        XYPlot plot = new XYPlot(data, ChartParts.yearAxis("Year after the base year"),
                ChartParts.probabilityAxis("Probability some payout is unfunded"), lines);
        JFreeChart chart = ChartParts.chart("Fund exhaustion by year: A against B", plot,
                "The cumulative probability that the fund has left some payout unfunded by each year");
        if (data.getSeriesCount() == 0) {
            ChartParts.note(chart, NO_FUND);
        }
        return chart;
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer lines, String label, PortfolioResults r) {
        if (r.fund() == null) {
            return;
        }
        XYSeries s = new XYSeries(label);
        double[] byYear = r.fund().exhaustionByYear();
        for (int t = 0; t < byYear.length; t++) {
            s.add(t, byYear[t]);
        }
        int i = data.getSeriesCount();
        data.addSeries(s);
        lines.setSeriesPaint(i, i == 0 ? ChartPalette.BLUE : ChartPalette.VERMILLION);
        lines.setSeriesStroke(i, ChartPalette.line(i));
    }
}
