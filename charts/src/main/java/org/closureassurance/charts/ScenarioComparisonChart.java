package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two or more runs overlaid, one series per run named by its scenario: the liability
 * S-curves (how the walk-away liability shifts between, say, a regulator's and an operator's
 * assumptions) and the bond sizing curves (what each would need to reach a given cover).
 * Runs must share one currency, since their amounts share one axis. A run with nothing to show
 * (no forfeiture) keeps its place in the legend with an empty series and is named in a note.
 * Each run is named in a subtitle with its iteration count and seed.
 *
 * <p>When one run's curve ends at less than a quarter of where another's ends
 * ({@link #LOG_SCALE_RATIO}), a linear axis squeezes the smaller into a sliver against the
 * left edge; the amount axis then turns logarithmic over three decades below the largest
 * amount, amounts below that (zero included) are drawn at the left edge, and a note says so.
 */
public final class ScenarioComparisonChart {

    /** How many times further one curve may reach than another before the axis turns logarithmic. */
    static final double LOG_SCALE_RATIO = 4.0;
    /** How many decades a logarithmic amount axis spans below the largest amount. */
    private static final double LOG_DECADES = 3.0;

    private ScenarioComparisonChart() {
    }

    /** Liability S-curves of {@code runs} with default options. */
    public static JFreeChart liabilityCurves(List<SimulationResults> runs) {
        return liabilityCurves(runs, ChartOptions.DEFAULT);
    }

    /**
     * Liability S-curves of {@code runs}: cumulative probability against walk-away liability at
     * forfeiture, from each run's 101 liability percentiles.
     */
    public static JFreeChart liabilityCurves(List<SimulationResults> runs, ChartOptions options) {
        String currency = commonCurrency(runs, options);
        NumberAxis x = ChartParts.moneyAxis("Walk-away liability at the forfeiture year (" + currency
                + ", base-year prices)", currency);
        return chart("Walk-away liability: scenarios compared", runs, x, "Cumulative probability", (r, s) -> {
            Distributions d = r.distributions();
            double[] p = d == null ? null : d.liability();
            if (PercentileHistogram.hasData(p)) {
                for (int i = 0; i < p.length; i++) {
                    s.add(p[i], i / (double) (p.length - 1));
                }
            }
        });
    }

    /** Bond sizing curves of {@code runs} with default options. */
    public static JFreeChart bondSizingCurves(List<SimulationResults> runs) {
        return bondSizingCurves(runs, ChartOptions.DEFAULT);
    }

    /** Bond sizing curves of {@code runs}: coverage probability against additional assurance. */
    public static JFreeChart bondSizingCurves(List<SimulationResults> runs, ChartOptions options) {
        String currency = commonCurrency(runs, options);
        NumberAxis x = ChartParts.moneyAxis("Additional assurance added in cash (" + currency
                + ", at the forfeiture year)", currency);
        x.setAutoRangeIncludesZero(true);
        return chart("Bond sizing curves: scenarios compared", runs, x, "Probability assurance covers liability",
                (r, s) -> {
                    for (BondSizingPoint p : r.bondSizingCurve()) {
                        s.add(p.additional(), p.coverageProbability());
                    }
                });
    }

    /** One line per run, filled by {@code curve}; runs it leaves empty are named in a note. */
    private static JFreeChart chart(String title, List<SimulationResults> runs, NumberAxis x, String yLabel,
                                    BiConsumer<SimulationResults, XYSeries> curve) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        List<String> empty = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SimulationResults r : runs) {
            XYSeries s = new XYSeries(uniqueName(r, used), true, true);
            curve.accept(r, s);
            if (s.isEmpty()) {
                empty.add(s.getKey().toString());
            }
            int i = data.getSeriesCount();
            data.addSeries(s);
            lines.setSeriesPaint(i, ChartPalette.series(i));
            lines.setSeriesStroke(i, ChartPalette.line(i));
        }
        double lower = logLowerBound(data);
        ValueAxis amounts = Double.isNaN(lower) ? x : logAxis(x, lower, data);
        XYPlot plot = new XYPlot(data, amounts, ChartParts.probabilityAxis(yLabel), lines);
        JFreeChart chart = ChartParts.chart(title, plot, runs);
        if (!Double.isNaN(lower)) {
            ChartParts.note(chart, "Log scale: the runs differ more than " + Math.round(LOG_SCALE_RATIO)
                    + "-fold; amounts below " + x.getNumberFormatOverride().format(lower) + " are drawn at the left edge.");
        }
        if (!empty.isEmpty()) {
            ChartParts.note(chart, "No iteration forfeited in: " + String.join(", ", empty) + ".");
        }
        return chart;
    }

    /**
     * The lower bound of a logarithmic amount axis, or NaN when a linear one shows every curve
     * well: when no two non-empty curves end more than {@link #LOG_SCALE_RATIO} apart.
     */
    static double logLowerBound(XYSeriesCollection data) {
        double smallestEnd = Double.POSITIVE_INFINITY;
        double largestEnd = 0;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XYSeries s = data.getSeries(i);
            if (!s.isEmpty()) {
                smallestEnd = Math.min(smallestEnd, s.getMaxX());
                largestEnd = Math.max(largestEnd, s.getMaxX());
            }
        }
        if (!(smallestEnd > 0) || largestEnd < LOG_SCALE_RATIO * smallestEnd) {
            return Double.NaN;
        }
        return largestEnd / Math.pow(10, LOG_DECADES);
    }

    /**
     * A logarithmic copy of {@code x} from {@code lower}. The points of a curve below it are
     * replaced by one point on it, at the probability the curve has reached there (the last of
     * them, since the curves rise), so that the curve starts at the left edge where it should.
     */
    private static LogAxis logAxis(NumberAxis x, double lower, XYSeriesCollection data) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XYSeries s = data.getSeries(i);
            Number reached = null;
            while (!s.isEmpty() && s.getX(0).doubleValue() < lower) {
                reached = s.getY(0);
                s.remove(0);
            }
            if (reached != null) {
                s.add(lower, reached);
            }
        }
        LogAxis log = new LogMoneyAxis(x.getLabel() + ", log scale", x.getNumberFormatOverride());
        log.setRange(lower, data.getDomainUpperBound(false) * 1.05);
        return log;
    }

    private static String commonCurrency(List<SimulationResults> runs, ChartOptions options) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("at least one run is needed to compare");
        }
        String currency = options.currencyFor(runs.get(0));
        for (SimulationResults r : runs) {
            String other = options.currencyFor(r);
            if (!other.equals(currency)) {
                throw new IllegalArgumentException("runs in different currencies cannot share an axis: "
                        + currency + " and " + other + " (" + r.scenario() + ")");
            }
        }
        return currency;
    }

    private static String uniqueName(SimulationResults r, Set<String> used) {
        String base = r.scenario() == null || r.scenario().isBlank() ? "Unnamed scenario" : r.scenario();
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + " (" + k + ")";
        }
        return name;
    }
}
