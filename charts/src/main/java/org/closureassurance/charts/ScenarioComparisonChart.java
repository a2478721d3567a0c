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
import org.jfree.chart.axis.NumberAxis;
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
 */
public final class ScenarioComparisonChart {

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
        XYPlot plot = new XYPlot(data, x, ChartParts.probabilityAxis(yLabel), lines);
        JFreeChart chart = ChartParts.chart(title, plot, runs);
        if (!empty.isEmpty()) {
            ChartParts.note(chart, "No iteration forfeited in: " + String.join(", ", empty) + ".");
        }
        return chart;
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
