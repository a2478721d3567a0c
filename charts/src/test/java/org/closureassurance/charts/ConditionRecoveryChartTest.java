package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.ConditionFan;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ConditionRecoveryChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final JFreeChart chart = ConditionRecoveryChart.create(results);
    private final XYPlot plot = xyPlot(chart);

    @Test
    void fanHoldsTheConditionIndexPercentilesByYear() {
        ConditionFan fan = results.rehabilitation().get(0).conditionIndex();
        YIntervalSeriesCollection fans = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(1, fans.getSeriesCount());
        assertEquals(fan.years().length, fans.getItemCount(0));
        for (int i = 0; i < fan.years().length; i++) {
            assertEquals(fan.years()[i], fans.getXValue(0, i), 0);
            assertEquals(fan.p50()[i], fans.getYValue(0, i), 0);
            assertEquals(fan.p10()[i], fans.getStartYValue(0, i), 0);
            assertEquals(fan.p90()[i], fans.getEndYValue(0, i), 0);
        }
    }

    @Test
    void targetIsADashedLineAcrossTheFan() {
        ConditionFan fan = results.rehabilitation().get(0).conditionIndex();
        XYDataset targets = plot.getDataset(1);
        assertEquals(2, targets.getItemCount(0));
        assertEquals(fan.years()[0], targets.getXValue(0, 0), 0);
        assertEquals(fan.years()[fan.years().length - 1], targets.getXValue(0, 1), 0);
        assertEquals(fan.target(), targets.getYValue(0, 0), 0);
        assertEquals(fan.target(), targets.getYValue(0, 1), 0);
        assertEquals(ChartPalette.thinLine(1), plot.getRenderer(1).getSeriesStroke(0));
    }

    @Test
    void hasATitleAxesWithUnitsAndALegend() {
        assertEquals("Rehabilitation: condition recovery against target", chart.getTitle().getText());
        assertEquals("Year after the base year", plot.getDomainAxis().getLabel());
        assertEquals("Condition index (0 bare, 1 reference ecosystem)", plot.getRangeAxis().getLabel());
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0);
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0);
        assertEquals(2, plot.getLegendItems().getItemCount());
    }

    @Test
    void saysWhenThereAreNoDomains() {
        ResultsEdit e = new ResultsEdit(results);
        e.rehabilitation = List.of();
        JFreeChart empty = ConditionRecoveryChart.create(e.build());
        assertEquals(0, xyPlot(empty).getDataset(0).getSeriesCount());
        assertTrue(subtitles(empty).contains("The scenario has no rehabilitation domains."));
    }
}
