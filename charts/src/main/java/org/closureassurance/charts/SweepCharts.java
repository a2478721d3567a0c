package org.closureassurance.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepGrid;
import org.closureassurance.simulator.sweep.SweepPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a sweep: coverage probability (with its 95 % interval), required additional
 * assurance at P90 and expected public cost against the swept value; for two inputs, a heat
 * map of coverage probability. A break-even found on the curve can be marked.
 */
public final class SweepCharts {
    /** File name of the coverage curve. */
    public static final String COVERAGE = "sweep-coverage";
    /** File name of the required additional assurance at P90. */
    public static final String REQUIRED_P90 = "sweep-required-additional-p90";
    /** File name of the expected public cost. */
    public static final String PUBLIC_COST = "sweep-expected-public-cost";
    /** File name of the two-input heat map. */
    public static final String COVERAGE_GRID = "sweep-coverage-grid";

    static final String COVERAGE_SERIES = "Coverage probability";
    static final String LOWER_SERIES = "95 % interval, lower";
    static final String UPPER_SERIES = "95 % interval, upper";

    private SweepCharts() {
    }

    /** The three curves of a one-input sweep, in reading order. */
    public static List<NamedChart> of(Sweep sweep, String currency) {
        return List.of(
                new NamedChart(COVERAGE, "Probability that the assurance covers the walk-away liability against "
                        + sweep.input() + ", with its 95 % interval; every run draws the other inputs alike.",
                        coverage(sweep, Double.NaN)),
                new NamedChart(REQUIRED_P90, "Additional assurance a regulator would need for 90 % cover against "
                        + sweep.input() + ".", money(sweep, currency, "Required additional assurance at P90",
                        p -> p.requiredAdditionalAssurance().p90())),
                new NamedChart(PUBLIC_COST, "Expected public cost (shortfall discounted to the base year, zeros "
                        + "included) against " + sweep.input() + ".",
                        money(sweep, currency, "Expected public cost", SweepPoint::expectedPublicCost)));
    }

    /**
     * The three curves with a break-even search's finding marked on each: a line at the
     * crossing and a band over its 95 % interval (when the target was crossed), and the target
     * itself as a horizontal line on the chart of its figure.
     */
    public static List<NamedChart> of(Sweep sweep, String currency, BreakEven breakEven) {
        List<NamedChart> charts = of(sweep, currency);
        for (NamedChart c : charts) {
            XYPlot plot = c.chart().getXYPlot();
            markCrossing(plot, breakEven);
            markTarget(c.name(), plot, breakEven);
        }
        return charts;
    }

    /** Label of the target's line. */
    static final String TARGET_LABEL = "Target";

    private static void markCrossing(XYPlot plot, BreakEven b) {
        markCrossing(plot, b.outcome(), b.value(), b.interval());
    }

    /** A search's crossing at {@code value} as a line, with a band over its 95 % {@code interval}; nothing unless crossed. */
    static void markCrossing(XYPlot plot, BreakEven.Outcome outcome, double value, Interval interval) {
        if (outcome != BreakEven.Outcome.CROSSED) {
            return;
        }
        IntervalMarker band = new IntervalMarker(interval.lower(), interval.upper(),
                ChartPalette.translucent(ChartPalette.REQUIRED, 0.15));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        plot.addDomainMarker(ChartParts.marker(value, String.format(java.util.Locale.ROOT,
                "Break-even %.4g (95 %%: %.4g to %.4g)", value, interval.lower(), interval.upper()),
                ChartPalette.REQUIRED, 1, 0));
    }

    /** The target on its own figure's chart: coverage (or the confidence a required-assurance target stands for), or the cost. */
    private static void markTarget(String chart, XYPlot plot, BreakEven b) {
        double level = switch (b.target().figure()) {
            case COVERAGE -> chart.equals(COVERAGE) ? b.target().value() : Double.NaN;
            case REQUIRED_ADDITIONAL -> chart.equals(COVERAGE) ? b.target().level()
                    : chart.equals(REQUIRED_P90) && b.target().level() == 0.9 ? 0 : Double.NaN;
            case EXPECTED_PUBLIC_COST -> chart.equals(PUBLIC_COST) ? b.target().value() : Double.NaN;
        };
        if (!Double.isNaN(level)) {
            markTarget(plot, level, b.target().toString());
        }
    }

    /** A target's horizontal line at {@code level}, labelled with the target as typed. */
    static void markTarget(XYPlot plot, double level, String target) {
        ValueMarker line = ChartParts.marker(level, TARGET_LABEL + " " + target, ChartPalette.ASSURANCE, 2, 0);
        // a horizontal line's label sits above it at the left, clear of the break-even's at the top
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(line);
    }

    /** The heat map of a two-input sweep. */
    public static List<NamedChart> of(SweepGrid grid) {
        return List.of(new NamedChart(COVERAGE_GRID, "Coverage probability for every pair of " + grid.input()
                + " and " + grid.input2() + ".", heatMap(grid)));
    }

    /**
     * Coverage probability with its 95 % interval against the swept value; a finite
     * {@code breakEven} is marked with a vertical line.
     */
    public static JFreeChart coverage(Sweep sweep, double breakEven) {
        XYSeries cov = new XYSeries(COVERAGE_SERIES, true, true);
        XYSeries lower = new XYSeries(LOWER_SERIES, true, true);
        XYSeries upper = new XYSeries(UPPER_SERIES, true, true);
        for (SweepPoint p : sweep.points()) {
            if (Double.isFinite(p.coverageProbability())) {
                cov.add(p.value(), p.coverageProbability());
                lower.add(p.value(), p.coverageProbabilityCI95().lower());
                upper.add(p.value(), p.coverageProbabilityCI95().upper());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(cov);
        data.addSeries(lower);
        data.addSeries(upper);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartPalette.PROBABILITY);
        r.setSeriesStroke(0, ChartPalette.line(0));
        r.setSeriesShape(0, ChartPalette.shape(0));
        for (int s = 1; s <= 2; s++) {
            r.setSeriesPaint(s, ChartPalette.ASSURANCE);
            r.setSeriesStroke(s, ChartPalette.thinLine(1));
            r.setSeriesShapesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, valueAxis(sweep.input()),
                ChartParts.probabilityAxis("Probability assurance covers liability"), r);
        if (Double.isFinite(breakEven)) {
            plot.addDomainMarker(ChartParts.marker(breakEven, "Break-even " + String.format(java.util.Locale.ROOT, "%.4g", breakEven),
                    ChartPalette.REQUIRED, 1, 0));
        }
        return titled("Coverage probability against " + sweep.input(), plot, sweep, cov.isEmpty());
    }

    private static JFreeChart money(Sweep sweep, String currency, String what, ToDoubleFunction<SweepPoint> figure) {
        XYSeries series = new XYSeries(what, true, true);
        for (SweepPoint p : sweep.points()) {
            double y = figure.applyAsDouble(p);
            if (Double.isFinite(y)) {
                series.add(p.value(), y);
            }
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartPalette.REQUIRED);
        r.setSeriesStroke(0, ChartPalette.line(0));
        r.setSeriesShape(0, ChartPalette.shape(0));
        NumberAxis y = ChartParts.moneyAxis(what + " (" + currency + ")", currency);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), valueAxis(sweep.input()), y, r);
        return titled(what + " against " + sweep.input(), plot, sweep, series.isEmpty());
    }

    /** Coverage probability as coloured blocks, the first input across, the second up. */
    static JFreeChart heatMap(SweepGrid grid) {
        int n = grid.values().size() * grid.values2().size();
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int i = 0; i < grid.values().size(); i++) {
            for (SweepPoint p : grid.rows().get(i)) {
                xyz[0][k] = grid.values().get(i);
                xyz[1][k] = p.value();
                xyz[2][k] = p.coverageProbability();
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(COVERAGE_SERIES, xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(spacing(grid.values()));
        r.setBlockHeight(spacing(grid.values2()));
        PaintScale scale = new CoverageScale();
        r.setPaintScale(scale);
        NumberAxis x = valueAxis(grid.input());
        NumberAxis y = valueAxis(grid.input2());
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart("Coverage probability: " + grid.input() + " by " + grid.input2(),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = ChartParts.probabilityAxis("Coverage probability");
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 8, 4, 4);
        chart.addSubtitle(legend);
        ChartPalette.apply(chart);
        return chart;
    }

    /** The smallest gap between neighbouring values (1 for a single value), so blocks do not overlap. */
    private static double spacing(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] > sorted[i - 1]) {
                gap = Math.min(gap, sorted[i] - sorted[i - 1]);
            }
        }
        return Double.isInfinite(gap) ? 1 : gap;
    }

    /** An axis of the swept values, written in full with digit grouping (5,000,000, not 5E6). */
    static NumberAxis valueAxis(String input) {
        NumberAxis x = new NumberAxis(input);
        x.setAutoRangeIncludesZero(false);
        java.text.NumberFormat full = java.text.NumberFormat.getNumberInstance(java.util.Locale.ROOT);
        full.setGroupingUsed(true);
        full.setMaximumFractionDigits(8);
        x.setNumberFormatOverride(full);
        return x;
    }

    private static JFreeChart titled(String title, XYPlot plot, Sweep sweep, boolean empty) {
        JFreeChart chart = ChartParts.chart(title, plot, List.of());
        chart.addSubtitle(new TextTitle("Sweep of " + sweep.input() + ", common random numbers"));
        if (empty) {
            ChartParts.note(chart, ChartParts.NO_FORFEITURE);
        }
        return chart;
    }

    /** White for no cover to the assurance blue for full cover; grey where coverage is undefined. */
    static final class CoverageScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return Color.LIGHT_GRAY;
            }
            return ChartPalette.over(ChartPalette.ASSURANCE, Math.max(0, Math.min(1, value)), Color.WHITE);
        }
    }
}
