package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The wrong-way chart: coverage and share of walk-aways by a factor's decile. */
class WrongWayChartTest {

    private static SimulationResults withFactor() {
        double[] share = {0.4, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.03, 0.02, 0};
        double[] coverage = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.9, 0.95, 1, Double.NaN};
        SimulationResults r = Fixtures.copperMineResults();
        return new SimulationResults(r.scenario(), r.currency(), r.iterations(), r.seed(), r.sampling(),
                r.forfeitureProbability(), r.coverageProbability(), r.coverageProbabilityCI95(), r.expectedPublicCost(),
                r.publicCost(), r.liability(), r.assurance(), r.shortfall(), r.requiredAdditionalAssurance(),
                r.bondSizingCurve(), r.costPV(), r.costUndiscounted(), r.waterTreatment(), r.rehabilitation(),
                r.relinquishmentYear(), r.relinquishmentNeverProbability(), r.instruments(), r.sensitivity(),
                r.closureYear(), r.distributions(), r.timeline(), r.run(), r.baseEstimate(), r.requirements(),
                List.of(new FactorResult("copper-price", -0.8, share, coverage)));
    }

    @Test
    void plotsCoverageAndShareByDecileLeavingOutEmptyDeciles() {
        JFreeChart chart = WrongWayChart.create(withFactor(), ChartOptions.DEFAULT);
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(WrongWayChart.COVERAGE + "copper-price", data.getSeriesKey(0));
        assertEquals(9, data.getItemCount(0), "the tenth decile had no walk-away");
        assertEquals(1.0, data.getXValue(0, 0));
        assertEquals(0.5, data.getYValue(0, 0));
        assertEquals(10, data.getItemCount(1));
        assertEquals(0.4, data.getYValue(1, 0));
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400));
    }

    @Test
    void theChartSetHasItOnlyWithEconomicFactors() {
        assertTrue(ChartSet.of(withFactor()).names().contains(ChartSet.WRONG_WAY));
        assertFalse(ChartSet.of(Fixtures.copperMineResults()).names().contains(ChartSet.WRONG_WAY));
    }
}
