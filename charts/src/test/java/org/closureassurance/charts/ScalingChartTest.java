package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ScalingChartTest {
    private final ScalingChart.Line one = new ScalingChart.Line("1 thread",
            new double[] {1e4, 1e5, 1e6}, new double[] {0.9, 1.6, 8.0});
    private final ScalingChart.Line two = new ScalingChart.Line("2 threads",
            new double[] {1e4, 1e5, 1e6}, new double[] {0.8, 1.2, 5.0});

    @Test
    void drawsEveryMeasuredPointOnItsLine() {
        JFreeChart chart = ScalingChart.of("Whole run against iterations", "default scenario", "Iterations",
                "Wall seconds", List.of(one, two), true);
        XYDataset data = xyPlot(chart).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("2 threads", data.getSeriesKey(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(two.x()[i], data.getXValue(1, i), 0);
            assertEquals(two.y()[i], data.getYValue(1, i), 0);
        }
        assertEquals("Whole run against iterations", chart.getTitle().getText());
        assertTrue(xyPlot(chart).getDomainAxis() instanceof LogAxis);
        assertEquals("Wall seconds", xyPlot(chart).getRangeAxis().getLabel());
    }

    @Test
    void linearAxisStartsAtZeroAndLinesDifferInColour() {
        XYPlot plot = xyPlot(ScalingChart.of("t", null, "Cost items", "us", List.of(one, two), false));
        assertTrue(plot.getDomainAxis() instanceof NumberAxis);
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0);
        assertNotEquals(plot.getRenderer().getSeriesPaint(0), plot.getRenderer().getSeriesPaint(1));
    }

    @Test
    void refusesALineWithUnequalArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScalingChart.Line("bad", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("bad"), e.getMessage());
    }

    @Test
    void exportsAsANonBlankPng() {
        byte[] png = ChartExport.png(ScalingChart.of("t", null, "x", "y", List.of(one), true), 640, 400);
        assertTrue(png.length > 2_000, "PNG of " + png.length + " bytes");
    }
}
