package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.sumY;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class WaterTreatmentChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final WaterStreamResult pit = results.waterTreatment().get(0);
    private final WaterStreamResult seepage = results.waterTreatment().get(1);

    @Test
    void legendSaysHowOftenAStreamIsNeededAndPerpetual() {
        WaterStreamResult s = new WaterStreamResult("Pit lake ARD", 0.6, 0.6, Stats.EMPTY, Stats.EMPTY,
                new double[0], new double[0]);
        assertEquals("Pit lake ARD: needed 60 %, perpetual 60 %", WaterTreatmentChart.legendText(s));
    }

    @Test
    void durationHasOneSeriesPerStreamAndNoneForAPerpetualOne() {
        XYPlot plot = xyPlot(WaterTreatmentChart.duration(results));
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(WaterTreatmentChart.legendText(pit), data.getSeriesKey(0));
        assertEquals(WaterTreatmentChart.legendText(seepage), data.getSeriesKey(1));
        assertEquals(0, data.getItemCount(0), "the pit lake stream is perpetual whenever it is needed");
        double[] p = seepage.durationPercentiles();
        double[] edges = PercentileHistogram.niceEdges(p[0], p[100], ChartOptions.DEFAULT.histogramBins());
        double[] expected = PercentileHistogram.probabilities(p, edges);
        assertEquals(expected.length, data.getItemCount(1));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], data.getYValue(1, i), 0);
            assertEquals(edges[i], data.getStartXValue(1, i), 0);
        }
        assertEquals(1.0, sumY(data, 1), 1e-9);
        assertTrue(plot.getDomainAxis().getLabel().startsWith("Duration of finite treatment runs (years; "));
        assertEquals("Share of finite runs per bin", plot.getRangeAxis().getLabel());
    }

    @Test
    void presentValueSharesOneBinGridAcrossStreams() {
        XYPlot plot = xyPlot(WaterTreatmentChart.presentValue(results));
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(data.getItemCount(0), data.getItemCount(1));
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertEquals(data.getStartXValue(0, i), data.getStartXValue(1, i), 0);
        }
        assertEquals(1.0, sumY(data, 0), 1e-9);
        assertEquals(1.0, sumY(data, 1), 1e-9);
        assertTrue(data.getYValue(0, 0) >= 1 - pit.probabilityRequired() - 1e-9,
                "the first bin holds at least the iterations without pit-lake treatment");
        assertTrue(plot.getDomainAxis().getLabel().startsWith("Present value at the base year (USD; USD "));
    }

    /**
     * A stream whose present value is the same in every iteration puts 100 % of iterations in
     * one bin. The auto range adds a 5 % upper margin (to 105 %); a share axis stops at 100 %.
     */
    @Test
    void theShareAxisStopsAt100PercentWhenOneBinHoldsEverything() {
        double[] constant = new double[101];
        java.util.Arrays.fill(constant, 2.5e6);
        ResultsEdit e = new ResultsEdit(results);
        e.waterTreatment = List.of(new WaterStreamResult("Fixed pumping", 1.0, 0.0, Stats.EMPTY, Stats.EMPTY,
                constant, constant));
        JFreeChart chart = WaterTreatmentChart.presentValue(e.build());
        ChartExport.render(chart, 760, 440, 1.0);
        XYPlot plot = xyPlot(chart);
        assertEquals(1.0, plot.getDataset().getYValue(0, 0), 1e-12, "one bin holds every iteration");
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0);
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0);
    }

    @Test
    void titlesSayWhatIsShown() {
        assertEquals("Water treatment: duration of finite runs by stream",
                WaterTreatmentChart.duration(results).getTitle().getText());
        assertEquals("Water treatment: present value by stream",
                WaterTreatmentChart.presentValue(results).getTitle().getText());
    }

    @Test
    void saysWhenEveryStreamIsPerpetual() {
        ResultsEdit e = new ResultsEdit(results);
        e.waterTreatment = List.of(pit);
        JFreeChart chart = WaterTreatmentChart.duration(e.build());
        assertTrue(subtitles(chart).contains("No finite treatment runs: every stream, when needed, is perpetual."));
        assertEquals(1, xyPlot(chart).getDataset().getSeriesCount(), "the stream keeps its legend entry");
    }

    @Test
    void saysWhenThereAreNoStreams() {
        ResultsEdit e = new ResultsEdit(results);
        e.waterTreatment = List.of();
        SimulationResults none = e.build();
        assertTrue(subtitles(WaterTreatmentChart.duration(none)).contains("The scenario has no water-treatment streams."));
        assertTrue(subtitles(WaterTreatmentChart.presentValue(none))
                .contains("The scenario has no water-treatment streams."));
    }
}
