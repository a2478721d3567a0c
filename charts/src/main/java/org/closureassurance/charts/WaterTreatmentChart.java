package org.closureassurance.charts;

import java.util.List;
import java.util.function.Function;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.WaterStreamResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Post-closure water treatment per stream, in two charts: how long finite treatment runs
 * last ({@link #duration}) and what each stream is worth at the base year
 * ({@link #presentValue}). Water treatment is often the largest and least certain part of a
 * closure liability, and a perpetual stream has no duration at all, so every legend entry says
 * how often the stream is needed and how often it is perpetual.
 *
 * <p>Both are histograms rebuilt from the streams' 101 percentiles ({@link PercentileHistogram})
 * on one bin grid per chart, the streams' bars side by side in each bin. They are two charts
 * rather than two panels of one because their shares differ in scale (present values have an
 * atom at zero where a stream is not needed) and a shared share axis flattens the durations.
 * Durations are over finite runs only (a stream that is always perpetual has none); present
 * values are over all iterations, with 0 where the stream is not needed.
 */
public final class WaterTreatmentChart {

    private WaterTreatmentChart() {
    }

    /** Duration histograms with default options. */
    public static JFreeChart duration(SimulationResults results) {
        return duration(results, ChartOptions.DEFAULT);
    }

    /** Histograms of the duration of finite treatment runs of every stream in {@code results}. */
    public static JFreeChart duration(SimulationResults results, ChartOptions options) {
        Histograms h = histograms(results.waterTreatment(), WaterStreamResult::durationPercentiles,
                options.histogramBins());
        NumberAxis years = ChartParts.yearAxis("Duration of finite treatment runs (years"
                + h.binText(w -> MoneyFormat.compact(w) + "-year bins") + ")");
        NumberAxis share = ChartParts.shareAxis("Share of finite runs per bin");
        JFreeChart chart = ChartParts.chart("Water treatment: duration of finite runs by stream",
                new XYPlot(h.data, years, share, renderer(h.data.getSeriesCount())), results);
        if (results.waterTreatment().isEmpty()) {
            ChartParts.note(chart, "The scenario has no water-treatment streams.");
        } else if (!h.any) {
            ChartParts.note(chart, "No finite treatment runs: every stream, when needed, is perpetual.");
        }
        return chart;
    }

    /** Present-value histograms with default options. */
    public static JFreeChart presentValue(SimulationResults results) {
        return presentValue(results, ChartOptions.DEFAULT);
    }

    /** Histograms of the year-0 present value of every stream in {@code results}. */
    public static JFreeChart presentValue(SimulationResults results, ChartOptions options) {
        String currency = options.currencyFor(results);
        MoneyFormat money = new MoneyFormat(currency);
        Histograms h = histograms(results.waterTreatment(), WaterStreamResult::pvPercentiles, options.histogramBins());
        NumberAxis value = ChartParts.moneyAxis("Present value at the base year (" + currency
                + h.binText(w -> money.format(w) + " bins") + ")", currency);
        value.setAutoRangeIncludesZero(true);
        NumberAxis share = ChartParts.shareAxis("Share of iterations per bin");
        JFreeChart chart = ChartParts.chart("Water treatment: present value by stream",
                new XYPlot(h.data, value, share, renderer(h.data.getSeriesCount())), results);
        if (results.waterTreatment().isEmpty()) {
            ChartParts.note(chart, "The scenario has no water-treatment streams.");
        } else if (!h.any) {
            ChartParts.note(chart, "No water-treatment present values in these results.");
        }
        return chart;
    }

    /** The legend entry of a stream: its name, how often it is needed and how often perpetual. */
    static String legendText(WaterStreamResult s) {
        return s.name() + ": needed " + NumberText.percent(s.probabilityRequired())
                + ", perpetual " + NumberText.percent(s.perpetualProbability());
    }

    private static ClusteredXYBarRenderer renderer(int series) {
        ClusteredXYBarRenderer r = new ClusteredXYBarRenderer(0.1, false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, ChartPalette.series(i));
        }
        return r;
    }

    /** One series per stream (empty where the stream has no data) on a shared bin grid. */
    private record Histograms(XYIntervalSeriesCollection data, double binWidth, boolean any) {
        String binText(Function<Double, String> text) {
            return any ? "; " + text.apply(binWidth) : "";
        }
    }

    private static Histograms histograms(List<WaterStreamResult> streams, Function<WaterStreamResult, double[]> field,
                                         int targetBins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (WaterStreamResult s : streams) {
            double[] p = field.apply(s);
            if (PercentileHistogram.hasData(p)) {
                min = Math.min(min, p[0]);
                max = Math.max(max, p[p.length - 1]);
            }
        }
        boolean any = min <= max;
        double[] edges = any ? PercentileHistogram.niceEdges(min, max, targetBins) : null;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (WaterStreamResult s : streams) {
            double[] p = field.apply(s);
            String key = legendText(s);
            data.addSeries(any && PercentileHistogram.hasData(p)
                    ? new PercentileHistogram.Bins(edges, PercentileHistogram.probabilities(p, edges)).series(key)
                    : new XYIntervalSeries(key));
        }
        return new Histograms(data, any ? edges[1] - edges[0] : Double.NaN, any);
    }
}
