package org.closureassurance.charts;

import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Wrong-way risk: for each economic factor, by its decile in the forfeiture year (1 the worst
 * tenth of times), the coverage probability of the walk-aways that fell in it and their share
 * of all walk-aways. Without wrong-way risk each share is 10 % and coverage is flat; walk-aways
 * crowding into the low deciles, where coverage is lower, are what systemic risk looks like.
 */
public final class WrongWayChart {
    static final String COVERAGE = "Coverage probability: ";
    static final String SHARE = "Share of walk-aways: ";

    private WrongWayChart() {
    }

    /** The chart of every factor of {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int s = 0;
        for (FactorResult f : results.economy()) {
            data.addSeries(series(COVERAGE + f.factor(), f.coverageByDecile()));
            data.addSeries(series(SHARE + f.factor(), f.forfeitureShareByDecile()));
            for (int k = 0; k < 2; k++, s++) {
                renderer.setSeriesPaint(s, k == 0 ? ChartPalette.ASSURANCE : ChartPalette.REQUIRED);
                renderer.setSeriesStroke(s, ChartPalette.line(s / 2));
                renderer.setSeriesShape(s, ChartPalette.shape(s / 2));
            }
        }
        NumberAxis x = new NumberAxis("Decile of the factor in the forfeiture year (1: the worst tenth of times)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, FactorResult.DECILES + 0.5);
        XYPlot plot = new XYPlot(data, x, ChartParts.probabilityAxis("Probability"), renderer);
        return ChartParts.chart("Wrong-way risk: cover and walk-aways by the economy's state", plot, results);
    }

    /** Decile {@code d + 1} against {@code values[d]}, leaving out undefined (NaN) deciles. */
    private static XYSeries series(String name, double[] values) {
        XYSeries series = new XYSeries(name, true, false);
        for (int d = 0; d < values.length; d++) {
            if (!Double.isNaN(values[d])) {
                series.add(d + 1, values[d]);
            }
        }
        return series;
    }
}
