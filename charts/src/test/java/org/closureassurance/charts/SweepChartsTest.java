package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepGrid;
import org.closureassurance.simulator.sweep.SweepPoint;
import org.closureassurance.simulator.sweep.Target;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The sweep charts carry the sweep's figures, mark a break-even, and draw headless. */
class SweepChartsTest {
    private static SweepPoint point(double value, double coverage, double p90, double cost) {
        return new SweepPoint(value, 0.9, coverage, new Interval(coverage - 0.01, coverage + 0.01), cost, 1.0,
                new RequiredAssurance(0, 0, p90, p90, p90));
    }

    private static final Sweep SWEEP = new Sweep("economics/discountRate",
            List.of(point(0.02, 0.5, 3e6, 1e6), point(0.04, 0.7, 2e6, 6e5), point(0.06, 0.9, 0, 2e5)));

    @Test
    void theCurvesCarryTheFiguresAgainstTheValue() {
        List<NamedChart> charts = SweepCharts.of(SWEEP, "USD");
        assertEquals(List.of(SweepCharts.COVERAGE, SweepCharts.REQUIRED_P90, SweepCharts.PUBLIC_COST),
                charts.stream().map(NamedChart::name).toList());
        XYDataset coverage = ChartInspection.xyPlot(charts.get(0).chart()).getDataset();
        assertEquals(0.04, coverage.getXValue(0, 1));
        assertEquals(0.7, coverage.getYValue(0, 1));
        assertEquals(0.69, coverage.getYValue(1, 1), 1e-12);
        assertEquals(0.71, coverage.getYValue(2, 1), 1e-12);
        assertEquals(2e6, ChartInspection.xyPlot(charts.get(1).chart()).getDataset().getYValue(0, 1));
        assertEquals(2e5, ChartInspection.xyPlot(charts.get(2).chart()).getDataset().getYValue(0, 2));
        for (NamedChart c : charts) {
            draw(c.chart());
        }
    }

    @Test
    void aBreakEvenIsMarked() {
        XYPlot plot = ChartInspection.xyPlot(SweepCharts.coverage(SWEEP, 0.06));
        assertNotNull(ChartInspection.domainMarker(plot, "Break-even"));
        assertEquals(0.06, ChartInspection.domainMarker(plot, "Break-even").getValue());
    }

    @Test
    void aSearchsCrossingIsMarkedWithItsBandOnEveryCurveAndItsTargetOnTheCoverageChart() {
        // coverage crosses 0.8 between 0.04 (0.7) and 0.06 (0.9): the search's finding, 0.05 with
        // its 95 % interval 0.045 to 0.055, is what the charts must show, not something they work out
        BreakEven found = new BreakEven("economics/discountRate", Target.parse("coverage=0.8"), 0.02, 0.06,
                BreakEven.Outcome.CROSSED, 0.05, new Interval(0.045, 0.055), false, 0.001, SWEEP.points().get(0),
                SWEEP.points().get(2), 12);
        List<NamedChart> charts = SweepCharts.of(SWEEP, "USD", found);
        for (NamedChart c : charts) {
            XYPlot plot = ChartInspection.xyPlot(c.chart());
            assertEquals(0.05, ChartInspection.domainMarker(plot, "Break-even").getValue(), c.name());
            IntervalMarker band = (IntervalMarker) ChartInspection.backgroundMarkers(plot).get(0);
            assertEquals(0.045, band.getStartValue());
            assertEquals(0.055, band.getEndValue());
            draw(c.chart());
        }
        XYPlot coverage = ChartInspection.xyPlot(charts.get(0).chart());
        ValueMarker target = (ValueMarker) coverage.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.8, target.getValue());
        assertEquals(null, ChartInspection.xyPlot(charts.get(2).chart()).getRangeMarkers(Layer.FOREGROUND));
    }

    @Test
    void noCrossingMarksOnlyTheTarget() {
        // the cost never falls to 1e5 in the range: nothing to mark on the input's axis
        BreakEven never = new BreakEven("economics/discountRate", Target.parse("expectedPublicCost=100000"), 0.02,
                0.06, BreakEven.Outcome.NEVER_REACHED, Double.NaN, Interval.UNDEFINED, false, 0.001,
                SWEEP.points().get(0), SWEEP.points().get(2), 2);
        List<NamedChart> charts = SweepCharts.of(SWEEP, "USD", never);
        for (NamedChart c : charts) {
            assertEquals(0, ChartInspection.markerCount(ChartInspection.xyPlot(c.chart()), Layer.FOREGROUND));
            assertEquals(0, ChartInspection.markerCount(ChartInspection.xyPlot(c.chart()), Layer.BACKGROUND));
        }
        ValueMarker target = (ValueMarker) ChartInspection.xyPlot(charts.get(2).chart())
                .getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(100000, target.getValue());
    }

    @Test
    void theHeatMapColoursEveryPairByCoverage() {
        SweepGrid grid = new SweepGrid("economics/discountRate", "assurance/Bond/amount", List.of(0.02, 0.04),
                List.of(1.0, 2.0), List.of(List.of(point(1, 0.1, 0, 0), point(2, 0.2, 0, 0)),
                        List.of(point(1, 0.3, 0, 0), point(2, 0.95, 0, 0))));
        JFreeChart chart = SweepCharts.of(grid).get(0).chart();
        XYPlot plot = chart.getXYPlot();
        assertEquals(4, plot.getDataset().getItemCount(0));
        XYBlockRenderer r = (XYBlockRenderer) plot.getRenderer();
        assertEquals(0.02, r.getBlockWidth(), 1e-12);
        assertEquals(1.0, r.getBlockHeight(), 1e-12);
        assertNotEquals(r.getPaintScale().getPaint(0.1), r.getPaintScale().getPaint(0.95));
        assertEquals(Color.WHITE, r.getPaintScale().getPaint(0));
        draw(chart);
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 400));
        g.dispose();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < 600; x += 3) {
            for (int y = 0; y < 400; y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 3, "the chart drew " + colours.size() + " colours");
    }
}
