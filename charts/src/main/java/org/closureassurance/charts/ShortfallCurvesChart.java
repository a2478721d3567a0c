package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * S-curves of the portfolio's total shortfall {@code Σ S_i} and of its unfunded public cost
 * {@code Σ U_t}, both valued at year 0 over all iterations: the probability that each stays at
 * or below an amount. Drawn through the percentiles 0..100 when the run recorded them, else
 * through the Stats' minimum, percentiles and maximum (with points, to show how coarse that is).
 * Without a fund the two are the same and only the total is drawn.
 */
final class ShortfallCurvesChart {

    static final String TOTAL_SERIES = "Total shortfall ΣS";
    static final String UNFUNDED_SERIES = "Unfunded public cost ΣU";
    static final String NO_FUND_NOTE = "Without a pooled fund every shortfall is unfunded: the two curves are one.";

    private static final String[] STAT_NAMES = {"Minimum", "P5", "P10", "Median", "P80", "P90", "P95", "P99", "Maximum"};

    private ShortfallCurvesChart() {
    }

    static JFreeChart create(PortfolioResults r, String currency) {
        boolean fine = r.distributions().totalShortfall().length > 0;
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve(TOTAL_SERIES, r.distributions().totalShortfall(), r.totalShortfall()));
        if (r.fund() != null) {
            data.addSeries(curve(UNFUNDED_SERIES, r.distributions().unfundedPublicCost(), r.unfundedPublicCost()));
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, !fine);
        lines.setSeriesPaint(0, ChartPalette.LIABILITY);
        lines.setSeriesStroke(0, ChartPalette.line(0));
        lines.setSeriesShape(0, ChartPalette.shape(0));
        lines.setSeriesPaint(1, ChartPalette.RULE);
        lines.setSeriesStroke(1, ChartPalette.line(1));
        lines.setSeriesShape(1, ChartPalette.shape(1));
        NumberAxis money = ChartParts.moneyAxis("Valued at year 0 (" + currency + ")", currency);
        money.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, money, ChartParts.probabilityAxis("Probability of at most this amount"), lines);
        JFreeChart chart = ChartParts.chart("Total and unfunded shortfall: S-curves", plot, PortfolioCharts.line(r));
        if (r.fund() == null) {
            ChartParts.note(chart, NO_FUND_NOTE);
        }
        return chart;
    }

    private static XYSeries curve(String key, double[] percentiles, Stats stats) {
        XYSeries s = new XYSeries(key, false, true);
        if (percentiles.length > 0) {
            for (int k = 0; k < percentiles.length; k++) {
                s.add(percentiles[k], k / (double) (percentiles.length - 1));
            }
        } else if (stats != null && !stats.isEmpty()) {
            for (double[] point : ForfeitureCharts.percentilePoints(stats)) {
                s.add(point[0], point[1]);
            }
        }
        return s;
    }

    static ChartTable table(PortfolioResults r, MoneyFormat money) {
        Stats total = ReportFigures.stats(r.totalShortfall());
        Stats unfunded = ReportFigures.stats(r.unfundedPublicCost());
        double[][] t = ForfeitureCharts.percentilePoints(total);
        double[][] u = ForfeitureCharts.percentilePoints(unfunded);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Mean", money.format(total.mean()), money.format(unfunded.mean())));
        for (int i = 0; i < STAT_NAMES.length; i++) {
            rows.add(List.of(STAT_NAMES[i], money.format(t[i][0]), money.format(u[i][0])));
        }
        return new ChartTable("Total shortfall (after estate recovery) and unfunded public cost, valued at year 0, "
                + "over all iterations", List.of("Statistic", "Total shortfall", "Unfunded public cost"), rows);
    }
}
