package org.closureassurance.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
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
 *
 * <p>The two bands are translucent and outlined at their P10 and P90 edges (solid for the
 * liability, dashed for the assurance), so that where they overlap both stay readable; the
 * legend shows each band's fill, and the mixed colour of the overlap as an entry of its own,
 * so that every colour painted on the plot has a name.
 */
public final class CoverageTimelineChart {

    static final String LIABILITY_SERIES = "Walk-away liability L(t): P10–P90, median";
    static final String ASSURANCE_SERIES = "Realisable assurance A(t): P10–P90, median";
    static final String COVERAGE_SERIES = "P(A(t) ≥ L(t))";
    static final String CLOSURE_MARKER = "Median closure year";
    static final String LIABILITY_MEDIAN = "Walk-away liability L(t): median";
    static final String LIABILITY_BAND = "L(t): P10–P90";
    static final String ASSURANCE_MEDIAN = "Realisable assurance A(t): median";
    static final String ASSURANCE_BAND = "A(t): P10–P90";
    static final String OVERLAP = "Both bands overlap";
    /** Opacity of each band's fill. */
    static final double BAND_OPACITY = 0.22;

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

        DeviationRenderer bands = bands(ChartPalette.LIABILITY, ChartPalette.ASSURANCE);
        NumberAxis money = ChartParts.moneyAxis("Value at year t (" + currency + ", base-year prices)", currency);
        money.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(fans, ChartParts.yearAxis("Year after the base year"), money, bands);

        addCoverage(plot, coverage, "Probability assurance covers liability");
        plot.setDataset(2, edges(hasData ? t : null));
        plot.setRenderer(2, edgeRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend());

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

    /**
     * Translucent P10–P90 bands around median lines: series {@code i} in {@code colours[i]}, with
     * the {@code i}-th line style, so that overlapping bands stay readable.
     */
    static DeviationRenderer bands(Color... colours) {
        DeviationRenderer bands = new DeviationRenderer(true, false);
        for (int i = 0; i < colours.length; i++) {
            bands.setSeriesPaint(i, colours[i]);
            bands.setSeriesFillPaint(i, colours[i]);
            bands.setSeriesStroke(i, ChartPalette.line(i));
        }
        bands.setAlpha((float) BAND_OPACITY);
        return bands;
    }

    /** {@code coverage} as dataset 1: a thin black line on a second axis from 0 to 1 labelled {@code label}. */
    static void addCoverage(XYPlot plot, XYSeries coverage, String label) {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartPalette.PROBABILITY);
        line.setSeriesStroke(0, ChartPalette.thinLine(2));
        plot.setDataset(1, new XYSeriesCollection(coverage));
        plot.setRangeAxis(1, ChartParts.probabilityAxis(label));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
    }

    /** The P10 and P90 edges of both bands as lines: liability P10, P90, then assurance P10, P90. */
    private static XYSeriesCollection edges(Timeline t) {
        XYSeriesCollection edges = new XYSeriesCollection();
        if (t == null) {
            return edges;
        }
        edges.addSeries(line("L(t) P10", t.years(), t.liability().p10()));
        edges.addSeries(line("L(t) P90", t.years(), t.liability().p90()));
        edges.addSeries(line("A(t) P10", t.years(), t.assurance().p10()));
        edges.addSeries(line("A(t) P90", t.years(), t.assurance().p90()));
        return edges;
    }

    private static XYSeries line(String key, int[] years, double[] values) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < years.length; i++) {
            s.add(years[i], values[i]);
        }
        return s;
    }

    private static XYLineAndShapeRenderer edgeRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < 4; i++) {
            boolean liability = i < 2;
            r.setSeriesPaint(i, liability ? ChartPalette.LIABILITY : ChartPalette.ASSURANCE);
            r.setSeriesStroke(i, ChartPalette.hairline(liability ? 0 : 1));
        }
        return r;
    }

    /**
     * Medians as lines, bands as boxes in the colour they are painted (their fill over the white
     * plot), the overlap in its mixed colour, and the coverage probability.
     */
    private static LegendItemCollection legend() {
        Shape box = new Rectangle2D.Double(-6, -5, 12, 10);
        Shape line = new Line2D.Double(-8, 0, 8, 0);
        Color liabilityBand = liabilityBandColour();
        Color assuranceBand = ChartPalette.over(ChartPalette.ASSURANCE, BAND_OPACITY, Color.WHITE);
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(LIABILITY_MEDIAN, null, null, null, line, ChartPalette.line(0),
                ChartPalette.LIABILITY));
        items.add(new LegendItem(LIABILITY_BAND, null, null, null, box, liabilityBand,
                ChartPalette.hairline(0), ChartPalette.LIABILITY));
        items.add(new LegendItem(ASSURANCE_MEDIAN, null, null, null, line, ChartPalette.line(1),
                ChartPalette.ASSURANCE));
        items.add(new LegendItem(ASSURANCE_BAND, null, null, null, box, assuranceBand,
                ChartPalette.hairline(1), ChartPalette.ASSURANCE));
        items.add(new LegendItem(OVERLAP, null, null, null, box, overlapColour(),
                ChartPalette.hairline(0), ChartPalette.REFERENCE));
        items.add(new LegendItem(COVERAGE_SERIES, null, null, null, line, ChartPalette.thinLine(2),
                ChartPalette.PROBABILITY));
        return items;
    }

    /** The liability band's fill over the white plot. */
    static Color liabilityBandColour() {
        return ChartPalette.over(ChartPalette.LIABILITY, BAND_OPACITY, Color.WHITE);
    }

    /** Where the bands overlap: the liability band is painted first (series order), the assurance's over it. */
    static Color overlapColour() {
        return ChartPalette.over(ChartPalette.ASSURANCE, BAND_OPACITY, liabilityBandColour());
    }

    static YIntervalSeries fan(String key, int[] years, Band band) {
        YIntervalSeries s = new YIntervalSeries(key);
        for (int i = 0; i < years.length; i++) {
            s.add(years[i], band.p50()[i], band.p10()[i], band.p90()[i]);
        }
        return s;
    }
}
