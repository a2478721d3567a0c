package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.sumY;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class RehabilitationChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final DomainResult domain = results.rehabilitation().get(0);

    @Test
    void completionYearsAreBinnedByWholeYear() {
        JFreeChart chart = RehabilitationChart.create(results);
        IntervalXYDataset data = (IntervalXYDataset) xyPlot(chart).getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(RehabilitationChart.legendText(domain), data.getSeriesKey(0));
        double[] p = domain.completionYearPercentiles();
        double[] edges = PercentileHistogram.integerEdges(p[0], p[100]);
        double[] expected = PercentileHistogram.probabilities(p, edges);
        assertEquals(expected.length, data.getItemCount(0));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Math.floor(p[0]) + i, data.getXValue(0, i), 0, "bins are centred on whole years");
            assertEquals(expected[i], data.getYValue(0, i), 0);
        }
        assertEquals(1.0, sumY(data, 0), 1e-9);
    }

    @Test
    void legendSaysHowOftenTheDomainIsIncomplete() {
        DomainResult d = new DomainResult("Dump", Stats.EMPTY, 0.02, Stats.EMPTY, new double[0], null);
        assertEquals("Dump: incomplete at horizon 2 %", RehabilitationChart.legendText(d));
    }

    @Test
    void hasATitleAndAxesWithUnits() {
        JFreeChart chart = RehabilitationChart.create(results);
        XYPlot plot = xyPlot(chart);
        assertEquals("Rehabilitation: when each domain reaches its target", chart.getTitle().getText());
        assertEquals("Completion year (years after the base year)", plot.getDomainAxis().getLabel());
        assertEquals("Share of completing iterations per year", plot.getRangeAxis().getLabel());
    }

    @Test
    void saysWhenNoDomainEverCompletes() {
        ResultsEdit e = new ResultsEdit(results);
        e.rehabilitation = List.of(new DomainResult("Dump", Stats.EMPTY, 1.0, domain.pv(), new double[0],
                domain.conditionIndex()));
        JFreeChart chart = RehabilitationChart.create(e.build());
        assertEquals(0, xyPlot(chart).getDataset().getItemCount(0));
        assertTrue(subtitles(chart).contains("No domain completes before the horizon in any iteration."));
    }
}
