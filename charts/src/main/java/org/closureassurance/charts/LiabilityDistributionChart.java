package org.closureassurance.charts;

import java.awt.Color;
import java.awt.Font;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The walk-away liability at forfeiture as a histogram with its cumulative S-curve, against
 * what the assurance realises: the picture behind "how likely is the bond to be enough, and by
 * how much might it fall short".
 *
 * <p>The histogram is rebuilt from the 101 liability percentiles (1 % of the forfeiting
 * iterations lies between consecutive percentiles; see {@link PercentileHistogram}); each bar is
 * the share of forfeiting iterations in a bin whose width the axis label names. The S-curve on
 * the right axis runs through the percentiles themselves.
 *
 * <p>Vertical markers: the median realisable assurance; the liability's P50, P90 and P95; and
 * the <em>bond for P90 cover</em>, drawn at the median realisable assurance plus the required
 * additional assurance at 90 %. That last figure is defined iteration by iteration
 * ({@code P(A + x >= L) >= 0.9}, with each iteration's own realisable {@code A}), so it has no
 * exact place on a liability axis; anchoring it at the typical (median) assurance reads as
 * "what the regulator holds on a typical day plus the top-up", which is how a bond is topped
 * up. It is not the P90 liability: the two coincide only when the realisable assurance is
 * certain, and the gap between the two lines shows what uncertainty in the assurance itself
 * (provider default, trust-fund returns, self-bonds worth nothing) adds to the bond. The region
 * from the median assurance to the largest liability is shaded as the shortfall region.
 */
public final class LiabilityDistributionChart {

    /** Marker label prefixes, which tests and callers may look markers up by. */
    static final String MEDIAN_ASSURANCE = "Median assurance";
    static final String LIABILITY_P50 = "P50 liability";
    static final String LIABILITY_P90 = "P90 liability";
    static final String LIABILITY_P95 = "P95 liability";
    static final String BOND_P90 = "Bond for P90 cover";
    static final String SHORTFALL_REGION = "Shortfall region";
    /** Appended to the label of a marker drawn at the edge because its value lies off the axis. */
    static final String OFF_AXIS = " (off the axis)";
    /** How far markers may widen the axis, as a multiple of the data's span. */
    static final double MAX_WIDENING = 3.0;

    private LiabilityDistributionChart() {
    }

    /** The chart with default options. */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The liability histogram, S-curve and markers of {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        String currency = options.currencyFor(results);
        MoneyFormat money = new MoneyFormat(currency);
        Distributions d = results.distributions();
        double[] liability = d == null ? null : d.liability();
        boolean hasData = PercentileHistogram.hasData(liability);

        XYIntervalSeriesCollection histogram = new XYIntervalSeriesCollection();
        XYSeries sCurve = new XYSeries("Cumulative probability (S-curve)");
        String binText = "bin";
        if (hasData) {
            PercentileHistogram.Bins bins = PercentileHistogram.of(liability, options.histogramBins());
            histogram.addSeries(bins.series("Walk-away liability (share of forfeiting iterations)"));
            binText = money.format(bins.width()) + " bin";
            for (int i = 0; i < liability.length; i++) {
                sCurve.add(liability[i], i / (double) (liability.length - 1));
            }
        }

        NumberAxis x = ChartParts.moneyAxis(
                "Walk-away liability at the forfeiture year (" + currency + ", base-year prices)", currency);
        NumberAxis share = ChartParts.shareAxis("Share of forfeiting iterations per " + binText);
        XYBarRenderer bars = new XYBarRenderer(0.02);
        bars.setSeriesPaint(0, ChartPalette.tint(ChartPalette.LIABILITY, 0.45));
        bars.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(histogram, x, share, bars);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartPalette.PROBABILITY);
        line.setSeriesStroke(0, ChartPalette.line(0));
        plot.setDataset(1, new XYSeriesCollection(sCurve));
        plot.setRangeAxis(1, ChartParts.probabilityAxis("Cumulative probability"));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = ChartParts.chart("Walk-away liability against realisable assurance", plot, results);
        if (!hasData) {
            ChartParts.note(chart, ChartParts.NO_FORFEITURE);
            return chart;
        }
        addMarkers(plot, results, money, plot.getDataRange(x), liability[liability.length - 1]);
        return chart;
    }

    /**
     * The axis range: the data's, widened to take in every marker as long as the data keep at
     * least a third of the width ({@link #MAX_WIDENING}); markers beyond that stay outside and are
     * drawn at the nearer edge with their value.
     */
    static Range axisRange(Range data, double... markers) {
        double lo = data.getLowerBound();
        double hi = data.getUpperBound();
        double span = Math.max(data.getLength(), Math.abs(hi) * 1e-6 + 1e-9);
        for (double m : markers) {
            if (Double.isFinite(m) && Math.max(hi, m) - Math.min(lo, m) <= MAX_WIDENING * span) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        double margin = 0.03 * (hi - lo);
        double lower = lo >= 0 ? Math.max(0, lo - margin) : lo - margin;
        return new Range(lower, hi + margin);
    }

    private static void addMarkers(XYPlot plot, SimulationResults results, MoneyFormat money, Range data,
                                   double maxLiability) {
        Stats assurance = results.assurance() == null ? Stats.EMPTY : results.assurance();
        Stats liability = results.liability() == null ? Stats.EMPTY : results.liability();
        RequiredAssurance required = results.requiredAdditionalAssurance() == null
                ? RequiredAssurance.UNDEFINED : results.requiredAdditionalAssurance();
        double medianAssurance = assurance.p50();
        double bond = medianAssurance + required.p90();
        double[] rules = RuleMarkers.amounts(results);
        double[] marked = new double[5 + rules.length];
        marked[0] = medianAssurance;
        marked[1] = liability.p50();
        marked[2] = liability.p90();
        marked[3] = liability.p95();
        marked[4] = bond;
        System.arraycopy(rules, 0, marked, 5, rules.length);
        Range axis = axisRange(data, marked);
        plot.getDomainAxis().setRange(axis);

        if (Double.isFinite(medianAssurance) && medianAssurance < maxLiability) {
            IntervalMarker region = new IntervalMarker(axis.constrain(medianAssurance), maxLiability,
                    ChartPalette.translucent(ChartPalette.LIABILITY, 0.10));
            region.setLabel(SHORTFALL_REGION);
            region.setLabelFont(new Font(ChartPalette.FONT_FAMILY, Font.ITALIC, 10));
            region.setLabelPaint(ChartPalette.LIABILITY.darker());
            region.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            region.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            region.setLabelOffset(new RectangleInsets(0, 0, 24, 8));
            plot.addDomainMarker(region, Layer.BACKGROUND);
        }
        int row = 0;
        row = add(plot, axis, medianAssurance, MEDIAN_ASSURANCE, money, ChartPalette.ASSURANCE, 0, row);
        row = add(plot, axis, liability.p50(), LIABILITY_P50, money, ChartPalette.REFERENCE, 1, row);
        row = add(plot, axis, liability.p90(), LIABILITY_P90, money, ChartPalette.REFERENCE, 2, row);
        row = add(plot, axis, liability.p95(), LIABILITY_P95, money, ChartPalette.REFERENCE, 3, row);
        row = add(plot, axis, bond, BOND_P90, money, ChartPalette.REQUIRED, 0, row);
        for (int r = 0; r < rules.length; r++) {
            row = add(plot, axis, rules[r], RuleMarkers.label(results.requirements().get(r)), money,
                    ChartPalette.RULE, 1, row);
        }
    }

    /** Adds a marker at {@code value}, or at the nearer edge of {@code axis} saying where it really lies. */
    static int add(XYPlot plot, Range axis, double value, String label, MoneyFormat money, Color colour,
                           int dash, int row) {
        if (!Double.isFinite(value)) {
            return row;
        }
        String text = label + " " + money.format(value);
        if (value < axis.getLowerBound()) {
            text = "◂ " + text + OFF_AXIS;
        } else if (value > axis.getUpperBound()) {
            text = text + OFF_AXIS + " ▸";
        }
        ValueMarker marker = ChartParts.marker(axis.constrain(value), text, colour, dash, row);
        if (value > axis.getUpperBound()) {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        }
        plot.addDomainMarker(marker, Layer.FOREGROUND);
        return row + 1;
    }
}
