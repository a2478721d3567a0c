package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How many sites forfeit: the distribution of the number that walk away within the horizon
 * (a histogram of the share of iterations with each number when the run recorded the counts,
 * else the cumulative distribution through the recorded percentiles), and the mean number
 * walking away in each year.
 */
final class ForfeitureCharts {

    static final String COUNT_SERIES = "Share of iterations";
    static final String PERCENTILE_SERIES = "Cumulative probability (recorded percentiles)";
    static final String BY_YEAR_SERIES = "Mean number of sites forfeiting in the year";
    static final String MEAN_MARKER = "Mean";

    private ForfeitureCharts() {
    }

    /** The histogram of the forfeiture counts, or the cumulative distribution through the Stats percentiles. */
    static JFreeChart count(PortfolioResults r) {
        long[] counts = r.distributions().forfeitureCounts();
        return counts.length > 0 && total(counts) > 0 ? histogram(r, counts) : percentileCurve(r);
    }

    private static JFreeChart histogram(PortfolioResults r, long[] counts) {
        double n = total(counts);
        XYIntervalSeries s = new XYIntervalSeries(COUNT_SERIES);
        for (int k = 0; k <= last(counts); k++) {
            double share = counts[k] / n;
            s.add(k, k - 0.45, k + 0.45, share, share, share);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setSeriesPaint(0, ChartPalette.LIABILITY);
        bars.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(data, countAxis(), ChartParts.shareAxis("Share of iterations"), bars);
        Stats f = stats(r);
        if (Double.isFinite(f.mean())) {
            plot.addDomainMarker(ChartParts.marker(f.mean(), MEAN_MARKER + " " + NumberText.number(f.mean(), 2),
                    ChartPalette.REFERENCE, 1, 0), Layer.FOREGROUND);
        }
        return ChartParts.chart(title(r), plot, PortfolioCharts.line(r));
    }

    private static JFreeChart percentileCurve(PortfolioResults r) {
        Stats f = stats(r);
        XYSeries s = new XYSeries(PERCENTILE_SERIES, false, true);
        if (!f.isEmpty()) {
            for (double[] point : percentilePoints(f)) {
                s.add(point[0], point[1]);
            }
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartPalette.LIABILITY);
        line.setSeriesStroke(0, ChartPalette.line(0));
        line.setSeriesShape(0, ChartPalette.shape(0));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), countAxis(),
                ChartParts.probabilityAxis("Probability of at most this many"), line);
        JFreeChart chart = ChartParts.chart(title(r), plot, PortfolioCharts.line(r));
        if (f.isEmpty()) {
            ChartParts.note(chart, "No forfeiture counts in these results.");
        }
        return chart;
    }

    /** (count, cumulative probability) at the minimum, the recorded percentiles and the maximum. */
    static double[][] percentilePoints(Stats f) {
        return new double[][] {{f.min(), 0}, {f.p5(), 0.05}, {f.p10(), 0.10}, {f.p50(), 0.50}, {f.p80(), 0.80},
            {f.p90(), 0.90}, {f.p95(), 0.95}, {f.p99(), 0.99}, {f.max(), 1}};
    }

    private static String title(PortfolioResults r) {
        return "Number of sites forfeiting within the horizon (of " + ReportFigures.count(r.sites()) + ")";
    }

    private static NumberAxis countAxis() {
        NumberAxis x = new NumberAxis("Number of sites forfeiting");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return x;
    }

    static ChartTable countTable(PortfolioResults r) {
        long[] counts = r.distributions().forfeitureCounts();
        List<List<String>> rows = new ArrayList<>();
        if (counts.length > 0 && total(counts) > 0) {
            double n = total(counts);
            long below = 0;
            for (int k = 0; k <= last(counts); k++) {
                below += counts[k];
                if (counts[k] > 0) {
                    rows.add(List.of(Integer.toString(k), ReportFigures.count(counts[k]),
                            NumberText.percent(counts[k] / n), NumberText.percent(below / n)));
                }
            }
            return new ChartTable("Iterations by the number of sites forfeiting within the horizon",
                    List.of("Sites forfeiting", "Iterations", "Share", "Share with at most this many"), rows);
        }
        Stats f = stats(r);
        String[] names = {"Minimum", "P5", "P10", "Median", "P80", "P90", "P95", "P99", "Maximum"};
        double[][] points = percentilePoints(f);
        for (int i = 0; i < names.length; i++) {
            rows.add(List.of(names[i], NumberText.number(points[i][0], 2)));
        }
        rows.add(List.of("Mean", NumberText.number(f.mean(), 2)));
        return new ChartTable("Percentiles of the number of sites forfeiting within the horizon",
                List.of("Statistic", "Sites forfeiting"), rows);
    }

    /** The mean number of walk-aways in each year. */
    static JFreeChart byYear(PortfolioResults r) {
        XYSeries s = new XYSeries(BY_YEAR_SERIES);
        double[] mean = meanByYear(r);
        for (int t = 0; t < mean.length; t++) {
            s.add(t, mean[t]);
        }
        XYBarRenderer bars = new XYBarRenderer(0.1);
        bars.setSeriesPaint(0, ChartPalette.LIABILITY);
        bars.setDrawBarOutline(false);
        NumberAxis y = new NumberAxis("Mean number of sites");
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), ChartParts.yearAxis("Year after the base year"), y, bars);
        JFreeChart chart = ChartParts.chart("Forfeitures by year: mean number of sites walking away", plot,
                PortfolioCharts.line(r));
        if (mean.length == 0) {
            ChartParts.note(chart, "No forfeitures by year in these results.");
        }
        return chart;
    }

    static ChartTable byYearTable(PortfolioResults r) {
        double[] mean = meanByYear(r);
        List<List<String>> rows = new ArrayList<>();
        double cumulative = 0;
        for (int t = 0; t < mean.length; t++) {
            cumulative += mean[t];
            rows.add(List.of(Integer.toString(t), NumberText.number(mean[t], 3), NumberText.number(cumulative, 3)));
        }
        return new ChartTable("Mean number of sites forfeiting in each year and by the end of it",
                List.of("Year", "Mean forfeiting in the year", "Mean forfeited by the end of the year"), rows);
    }

    private static double[] meanByYear(PortfolioResults r) {
        return r.forfeituresMeanByYear() == null ? new double[0] : r.forfeituresMeanByYear();
    }

    private static Stats stats(PortfolioResults r) {
        return ReportFigures.stats(r.forfeitures());
    }

    private static long total(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The largest count with an iteration (trailing empty counts are not drawn). */
    private static int last(long[] counts) {
        int k = counts.length - 1;
        while (k > 0 && counts[k] == 0) {
            k--;
        }
        return k;
    }
}
