package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The register as an auditor sees it, year by year: the liability {@code Σ L(t)} if every
 * operator walked away in year {@code t} against the security {@code Σ A(t)} held (each a
 * P10–P90 band around its median), with {@code P(Σ A(t) ≥ Σ L(t))} on a second axis. Drawn as
 * the single-site coverage timeline is, in the same colours.
 */
final class AggregateTimelineChart {

    static final String LIABILITY_SERIES = "Register liability ΣL(t): P10–P90, median";
    static final String ASSURANCE_SERIES = "Security held ΣA(t): P10–P90, median";
    static final String COVERAGE_SERIES = "P(ΣA(t) ≥ ΣL(t))";

    private AggregateTimelineChart() {
    }

    static JFreeChart create(PortfolioResults r, String currency) {
        Timeline t = r.aggregate() == null ? null : r.aggregate().timeline();
        boolean hasData = t != null && t.years() != null && t.years().length > 0;
        YIntervalSeriesCollection fans = new YIntervalSeriesCollection();
        XYSeries coverage = new XYSeries(COVERAGE_SERIES);
        if (hasData) {
            fans.addSeries(CoverageTimelineChart.fan(LIABILITY_SERIES, t.years(), t.liability()));
            fans.addSeries(CoverageTimelineChart.fan(ASSURANCE_SERIES, t.years(), t.assurance()));
            for (int i = 0; i < t.years().length; i++) {
                coverage.add(t.years()[i], t.coverageProbability()[i]);
            }
        }
        DeviationRenderer bands = CoverageTimelineChart.bands(ChartPalette.LIABILITY, ChartPalette.ASSURANCE);
        NumberAxis money = ChartParts.moneyAxis("Sum over sites (" + currency + ", base-year prices)", currency);
        money.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(fans, ChartParts.yearAxis("Year after the base year"), money, bands);
        CoverageTimelineChart.addCoverage(plot, coverage, "Probability security covers liability");
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = ChartParts.chart("Register liability against security held over time", plot,
                PortfolioCharts.line(r));
        if (!hasData) {
            ChartParts.note(chart, "No timeline in these results.");
        }
        return chart;
    }

    static ChartTable table(PortfolioResults r, MoneyFormat money) {
        Timeline t = r.aggregate() == null ? null : r.aggregate().timeline();
        List<List<String>> rows = new ArrayList<>();
        if (t != null && t.years() != null) {
            for (int i = 0; i < t.years().length; i++) {
                rows.add(List.of(Integer.toString(t.years()[i]), money.format(t.liability().p10()[i]),
                        money.format(t.liability().p50()[i]), money.format(t.liability().p90()[i]),
                        money.format(t.assurance().p10()[i]), money.format(t.assurance().p50()[i]),
                        money.format(t.assurance().p90()[i]), NumberText.percent(t.coverageProbability()[i])));
            }
        }
        return new ChartTable("Sum over sites of the walk-away liability and of the security held, if every "
                + "operator walked away in the year", List.of("Year", "Liability P10", "Liability median",
                "Liability P90", "Security P10", "Security median", "Security P90", "P(security ≥ liability)"), rows);
    }
}
