package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * When each rehabilitation domain is complete (its condition index first reaches the target),
 * as a distribution of completion years per domain: a slow or uncertain recovery keeps
 * maintenance and monitoring costs running and delays relinquishment. Each histogram is
 * rebuilt from the domain's 101 completion-year percentiles on one-year bins
 * ({@link PercentileHistogram}), over the iterations where the domain completes; the legend
 * says how often it is still incomplete at the horizon.
 */
public final class RehabilitationChart {

    private RehabilitationChart() {
    }

    /** The chart with default options. */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The completion-year distribution of every rehabilitation domain in {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        List<DomainResult> domains = results.rehabilitation();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (DomainResult d : domains) {
            double[] p = d.completionYearPercentiles();
            if (PercentileHistogram.hasData(p)) {
                min = Math.min(min, p[0]);
                max = Math.max(max, p[p.length - 1]);
            }
        }
        boolean any = min <= max;
        double[] edges = any ? PercentileHistogram.integerEdges(min, max) : null;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        ClusteredXYBarRenderer bars = new ClusteredXYBarRenderer(0.1, false);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < domains.size(); i++) {
            DomainResult d = domains.get(i);
            double[] p = d.completionYearPercentiles();
            String key = legendText(d);
            data.addSeries(any && PercentileHistogram.hasData(p)
                    ? new PercentileHistogram.Bins(edges, PercentileHistogram.probabilities(p, edges)).series(key)
                    : new XYIntervalSeries(key));
            bars.setSeriesPaint(i, ChartPalette.series(i));
        }
        NumberAxis share = ChartParts.shareAxis("Share of completing iterations per year");
        XYPlot plot = new XYPlot(data, ChartParts.yearAxis("Completion year (years after the base year)"),
                share, bars);

        JFreeChart chart = ChartParts.chart("Rehabilitation: when each domain reaches its target", plot, results);
        if (domains.isEmpty()) {
            ChartParts.note(chart, "The scenario has no rehabilitation domains.");
        } else if (!any) {
            ChartParts.note(chart, "No domain completes before the horizon in any iteration.");
        }
        return chart;
    }

    /** A domain's legend entry: its name and how often it is incomplete at the horizon. */
    static String legendText(DomainResult d) {
        return d.name() + ": incomplete at horizon " + NumberText.percent(d.probabilityIncomplete());
    }
}
