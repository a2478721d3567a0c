package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class CoverageTimelineChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final JFreeChart chart = CoverageTimelineChart.create(results);
    private final XYPlot plot = xyPlot(chart);

    @Test
    void fansHoldTheYearlyPercentilesOfLiabilityAndAssurance() {
        YIntervalSeriesCollection fans = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(2, fans.getSeriesCount());
        assertEquals(CoverageTimelineChart.LIABILITY_SERIES, fans.getSeriesKey(0));
        assertEquals(CoverageTimelineChart.ASSURANCE_SERIES, fans.getSeriesKey(1));
        Timeline t = results.timeline();
        assertFan(fans, 0, t.years(), t.liability());
        assertFan(fans, 1, t.years(), t.assurance());
    }

    private static void assertFan(YIntervalSeriesCollection fans, int series, int[] years, Band band) {
        assertEquals(years.length, fans.getItemCount(series));
        for (int i = 0; i < years.length; i++) {
            assertEquals(years[i], fans.getXValue(series, i), 0);
            assertEquals(band.p50()[i], fans.getYValue(series, i), 0);
            assertEquals(band.p10()[i], fans.getStartYValue(series, i), 0);
            assertEquals(band.p90()[i], fans.getEndYValue(series, i), 0);
        }
    }

    @Test
    void coverageProbabilityIsOnASecondAxisFromZeroToOne() {
        XYDataset coverage = plot.getDataset(1);
        double[] expected = results.timeline().coverageProbability();
        assertEquals(expected.length, coverage.getItemCount(0));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], coverage.getYValue(0, i), 0);
        }
        assertSame(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        assertEquals(0.0, plot.getRangeAxis(1).getLowerBound(), 0);
        assertEquals(1.0, plot.getRangeAxis(1).getUpperBound(), 0);
    }

    @Test
    void marksTheMedianClosureYear() {
        ValueMarker closure = domainMarker(plot, CoverageTimelineChart.CLOSURE_MARKER);
        assertNotNull(closure);
        assertEquals(results.closureYear().p50(), closure.getValue(), 0);
    }

    @Test
    void hasATitleAxesWithUnitsAndALegend() {
        assertEquals("Liability and assurance over time", chart.getTitle().getText());
        assertEquals("Year after the base year", plot.getDomainAxis().getLabel());
        assertEquals("Value at year t (USD, base-year prices)", plot.getRangeAxis(0).getLabel());
        assertEquals("Probability assurance covers liability", plot.getRangeAxis(1).getLabel());
        assertEquals(3, plot.getLegendItems().getItemCount());
    }

    @Test
    void drawsAssuranceDashedBesideASolidLiability() {
        assertEquals(ChartPalette.LIABILITY, plot.getRenderer(0).getSeriesPaint(0));
        assertEquals(ChartPalette.ASSURANCE, plot.getRenderer(0).getSeriesPaint(1));
        assertEquals(ChartPalette.line(1), plot.getRenderer(0).getSeriesStroke(1));
    }

    @Test
    void withoutATimelineSaysSo() {
        ResultsEdit e = new ResultsEdit(results);
        e.timeline = null;
        JFreeChart empty = CoverageTimelineChart.create(e.build());
        assertEquals(0, xyPlot(empty).getDataset(0).getSeriesCount());
        assertTrue(subtitles(empty).contains("No timeline in these results."));
    }

    @Test
    void withoutForfeitureStillShowsTheTimelineOverAllIterations() {
        XYPlot p = xyPlot(CoverageTimelineChart.create(Fixtures.noForfeitureResults()));
        assertEquals(2, p.getDataset(0).getSeriesCount());
        assertEquals(results.timeline().years().length, p.getDataset(1).getItemCount(0));
    }
}
