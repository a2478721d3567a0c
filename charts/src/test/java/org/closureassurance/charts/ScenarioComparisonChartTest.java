package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ScenarioComparisonChartTest {

    private final SimulationResults regulator = Fixtures.copperMineResults();
    private final SimulationResults operator = Fixtures.variant("Copper mine, operator estimate", 0.8, 3);

    @Test
    void overlaysLiabilityCurvesNamedByScenario() {
        JFreeChart chart = ScenarioComparisonChart.liabilityCurves(List.of(regulator, operator));
        XYDataset data = xyPlot(chart).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(regulator.scenario(), data.getSeriesKey(0));
        assertEquals(operator.scenario(), data.getSeriesKey(1));
        double[] p = operator.distributions().liability();
        assertEquals(101, data.getItemCount(1));
        for (int k = 0; k <= 100; k++) {
            assertEquals(p[k], data.getXValue(1, k), 0);
            assertEquals(k / 100.0, data.getYValue(1, k), 1e-12);
        }
        assertEquals("Walk-away liability: scenarios compared", chart.getTitle().getText());
        assertEquals("Cumulative probability", xyPlot(chart).getRangeAxis().getLabel());
    }

    @Test
    void namesEachRunWithItsIterationsAndSeed() {
        for (JFreeChart chart : List.of(ScenarioComparisonChart.liabilityCurves(List.of(regulator, operator)),
                ScenarioComparisonChart.bondSizingCurves(List.of(regulator, operator)))) {
            List<String> lines = subtitles(chart);
            assertTrue(lines.contains("Copper mine, regulator base case — 4,000 iterations, seed 42"), lines.toString());
            assertTrue(lines.contains("Copper mine, operator estimate — 2,000 iterations, seed 3"), lines.toString());
        }
    }

    @Test
    void overlaysBondSizingCurves() {
        JFreeChart chart = ScenarioComparisonChart.bondSizingCurves(List.of(regulator, operator));
        XYDataset data = xyPlot(chart).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(regulator.bondSizingCurve().size(), data.getItemCount(0));
        for (int i = 0; i < regulator.bondSizingCurve().size(); i++) {
            assertEquals(regulator.bondSizingCurve().get(i).additional(), data.getXValue(0, i), 0);
            assertEquals(regulator.bondSizingCurve().get(i).coverageProbability(), data.getYValue(0, i), 0);
        }
        assertEquals("Additional assurance added in cash (USD, at the forfeiture year)",
                xyPlot(chart).getDomainAxis().getLabel());
    }

    @Test
    void secondSeriesDiffersInColourAndDash() {
        XYPlot plot = xyPlot(ScenarioComparisonChart.liabilityCurves(List.of(regulator, operator)));
        assertNotEquals(plot.getRenderer().getSeriesPaint(0), plot.getRenderer().getSeriesPaint(1));
        assertEquals(ChartPalette.line(1), plot.getRenderer().getSeriesStroke(1));
    }

    @Test
    void numbersRunsOfTheSameName() {
        XYDataset data = xyPlot(ScenarioComparisonChart.liabilityCurves(List.of(regulator, regulator))).getDataset();
        assertEquals(regulator.scenario() + " (2)", data.getSeriesKey(1));
    }

    @Test
    void refusesToMixCurrencies() {
        ResultsEdit e = new ResultsEdit(operator);
        e.currency = "AUD";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ScenarioComparisonChart.liabilityCurves(List.of(regulator, e.build())));
        assertTrue(error.getMessage().contains("USD and AUD"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparisonChart.bondSizingCurves(List.of()));
    }

    @Test
    void namesRunsWithoutForfeiture() {
        ResultsEdit e = new ResultsEdit(Fixtures.noForfeitureResults());
        e.scenario = "Strong operator";
        JFreeChart chart = ScenarioComparisonChart.bondSizingCurves(List.of(regulator, e.build()));
        assertEquals(0, xyPlot(chart).getDataset().getItemCount(1));
        assertTrue(subtitles(chart).contains("No iteration forfeited in: Strong operator."));
    }
}
