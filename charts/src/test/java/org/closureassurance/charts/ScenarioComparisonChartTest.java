package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * A stress case with six times the costs ends its curves about six times further out than
     * the base case, so on a linear axis the base case would fill a sixth of the width, a sliver
     * at the left. On the logarithmic axis (three decades below the largest amount) it spans
     * log10(1000 / 6), about 2.2 of 3 decades; every curve must take at least a quarter.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"liability", "bond sizing"})
    void noCurveIsASliverWhenTheRunsDifferInScale(String which) {
        List<SimulationResults> runs = List.of(regulator, Fixtures.variant("Copper mine, stress case", 6.0, 5));
        JFreeChart chart = which.equals("liability") ? ScenarioComparisonChart.liabilityCurves(runs)
                : ScenarioComparisonChart.bondSizingCurves(runs);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(760, 440, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 760, 440), info);
        g2.dispose();
        XYPlot plot = xyPlot(chart);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYDataset data = plot.getDataset();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            double left = plot.getDomainAxis().valueToJava2D(data.getXValue(i, 0), area, plot.getDomainAxisEdge());
            double right = plot.getDomainAxis().valueToJava2D(data.getXValue(i, data.getItemCount(i) - 1), area,
                    plot.getDomainAxisEdge());
            assertTrue(right - left >= 0.25 * area.getWidth(), data.getSeriesKey(i) + " spans " + (right - left)
                    + " of " + area.getWidth());
        }
        assertTrue(plot.getDomainAxis() instanceof LogAxis);
        assertTrue(plot.getDomainAxis().getLabel().endsWith(", log scale"));
        assertTrue(subtitles(chart).stream().anyMatch(t -> t.startsWith("Log scale:")), subtitles(chart).toString());
    }

    @Test
    void keepsALinearAxisForRunsOfLikeScale() {
        XYPlot plot = xyPlot(ScenarioComparisonChart.liabilityCurves(List.of(regulator, operator)));
        assertTrue(plot.getDomainAxis() instanceof NumberAxis);
        assertTrue(Double.isNaN(ScenarioComparisonChart.logLowerBound((XYSeriesCollection) plot.getDataset())));
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
