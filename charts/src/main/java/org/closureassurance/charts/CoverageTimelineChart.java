package org.closureassurance.charts;

import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Year by year, the walk-away liability {@code L_t} against the realisable assurance
 * {@code A_t} (each a P10–P90 band around its median line), with {@code P(A_t >= L_t)} on a
 * second axis: when in the life of the mine the assurance is most likely to fall short. The
 * median drawn closure year is marked, because the liability steps up to the full package there.
 * Values are at year {@code t} in base-year prices, over all iterations (the timeline is not
 * conditional on forfeiture).
 */
public final class CoverageTimelineChart {

    static final String LIABILITY_SERIES = "Walk-away liability L(t): P10–P90, median";
    static final String ASSURANCE_SERIES = "Realisable assurance A(t): P10–P90, median";
    static final String COVERAGE_SERIES = "P(A(t) ≥ L(t))";
    static final String CLOSURE_MARKER = "Median closure year";

    private CoverageTimelineChart() {
    }

    /** The chart with default options. */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The liability and assurance fans and the yearly coverage probability of {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        String currency = options.currencyFor(results);
        Timeline t = results.timeline();
        boolean hasData = t != null && t.years() != null && t.years().length > 0;

        YIntervalSeriesCollection fans = new YIntervalSeriesCollection();
        XYSeries coverage = new XYSeries(COVERAGE_SERIES);
        if (hasData) {
            fans.addSeries(fan(LIABILITY_SERIES, t.years(), t.liability()));
            fans.addSeries(fan(ASSURANCE_SERIES, t.years(), t.assurance()));
            for (int i = 0; i < t.years().length; i++) {
                coverage.add(t.years()[i], t.coverageProbability()[i]);
            }
        }

        DeviationRenderer bands = new DeviationRenderer(true, false);
        bands.setSeriesPaint(0, ChartPalette.LIABILITY);
        bands.setSeriesFillPaint(0, ChartPalette.LIABILITY);
        bands.setSeriesStroke(0, ChartPalette.line(0));
        bands.setSeriesPaint(1, ChartPalette.ASSURANCE);
        bands.setSeriesFillPaint(1, ChartPalette.ASSURANCE);
        bands.setSeriesStroke(1, ChartPalette.line(1));
        bands.setAlpha(0.22f);
        NumberAxis money = ChartParts.moneyAxis("Value at year t (" + currency + ", base-year prices)", currency);
        money.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(fans, ChartParts.yearAxis("Year after the base year"), money, bands);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartPalette.PROBABILITY);
        line.setSeriesStroke(0, ChartPalette.thinLine(2));
        plot.setDataset(1, new XYSeriesCollection(coverage));
        plot.setRangeAxis(1, ChartParts.probabilityAxis("Probability assurance covers liability"));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = ChartParts.chart("Liability and assurance over time", plot, results);
        if (!hasData) {
            ChartParts.note(chart, "No timeline in these results.");
            return chart;
        }
        Stats closure = results.closureYear() == null ? Stats.EMPTY : results.closureYear();
        if (Double.isFinite(closure.p50())) {
            String label = CLOSURE_MARKER + " " + MoneyFormat.compact(closure.p50());
            plot.addDomainMarker(ChartParts.marker(closure.p50(), label, ChartPalette.REFERENCE, 1, 0),
                    Layer.FOREGROUND);
        }
        return chart;
    }

    private static YIntervalSeries fan(String key, int[] years, Band band) {
        YIntervalSeries s = new YIntervalSeries(key);
        for (int i = 0; i < years.length; i++) {
            s.add(years[i], band.p50()[i], band.p10()[i], band.p90()[i]);
        }
        return s;
    }
}
