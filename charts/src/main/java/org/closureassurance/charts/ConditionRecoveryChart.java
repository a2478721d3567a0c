package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.results.ConditionFan;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * How the condition index of each rehabilitation domain (0 bare, 1 reference ecosystem)
 * recovers year by year: a fan of P10–P90 around the median, against the domain's target as a
 * dashed line of the same colour. It shows whether recovery is expected to reach the target at
 * all, and how much setbacks widen the range. Years are absolute (after the base year), from
 * the domain's earliest start.
 */
public final class ConditionRecoveryChart {

    private ConditionRecoveryChart() {
    }

    /** The chart with default options. */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The condition-index fans and targets of every domain in {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        List<DomainResult> domains = results.rehabilitation();
        YIntervalSeriesCollection fans = new YIntervalSeriesCollection();
        XYSeriesCollection targets = new XYSeriesCollection();
        DeviationRenderer bands = new DeviationRenderer(true, false);
        bands.setAlpha(0.2f);
        XYLineAndShapeRenderer targetLines = new XYLineAndShapeRenderer(true, false);
        boolean any = false;
        for (int i = 0; i < domains.size(); i++) {
            DomainResult d = domains.get(i);
            ConditionFan fan = d.conditionIndex();
            YIntervalSeries s = new YIntervalSeries(d.name() + ": P10–P90, median");
            XYSeries target = new XYSeries(d.name() + ": target");
            if (fan != null && fan.years() != null && fan.years().length > 0) {
                any = true;
                int[] years = fan.years();
                for (int k = 0; k < years.length; k++) {
                    s.add(years[k], fan.p50()[k], fan.p10()[k], fan.p90()[k]);
                }
                target.add(years[0], fan.target());
                target.add(years[years.length - 1], fan.target());
            }
            fans.addSeries(s);
            targets.addSeries(target);
            bands.setSeriesPaint(i, ChartPalette.series(i));
            bands.setSeriesFillPaint(i, ChartPalette.series(i));
            bands.setSeriesStroke(i, ChartPalette.line(0));
            targetLines.setSeriesPaint(i, ChartPalette.series(i));
            targetLines.setSeriesStroke(i, ChartPalette.thinLine(1));
        }
        NumberAxis condition = new NumberAxis("Condition index (0 bare, 1 reference ecosystem)");
        condition.setRange(0.0, 1.0);
        XYPlot plot = new XYPlot(fans, ChartParts.yearAxis("Year after the base year"), condition, bands);
        plot.setDataset(1, targets);
        plot.setRenderer(1, targetLines);

        JFreeChart chart = ChartParts.chart("Rehabilitation: condition recovery against target", plot, results);
        if (domains.isEmpty()) {
            ChartParts.note(chart, "The scenario has no rehabilitation domains.");
        } else if (!any) {
            ChartParts.note(chart, "No condition-index figures in these results.");
        }
        return chart;
    }
}
