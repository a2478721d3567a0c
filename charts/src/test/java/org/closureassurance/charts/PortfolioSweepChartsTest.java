package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;
import org.closureassurance.simulator.sweep.PortfolioTarget;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** A portfolio search's crossing is marked on both curves, and its target on its own figure's. */
class PortfolioSweepChartsTest {
    private static PortfolioSweepPoint point(double value, double exhaustion, double unfunded) {
        return new PortfolioSweepPoint(value, exhaustion, new Interval(exhaustion - 0.02, exhaustion + 0.02), 1.5,
                unfunded, 1e4, 5e6, 2.0);
    }

    private static final PortfolioSweep SWEEP = new PortfolioSweep("fund/contributionPercent",
            List.of(point(0, 0.6, 3e6), point(2, 0.2, 1e6), point(4, 0.05, 2e5)));

    @Test
    void theCrossingAndItsBandAreOnBothCurvesAndTheTargetOnTheExhaustionCurve() {
        // exhaustion crosses 0.1 between 2 (0.2) and 4 (0.05): the search's finding 3.2, with its
        // 95 % interval 3.0 to 3.5, is what the charts must show
        PortfolioBreakEven found = new PortfolioBreakEven("fund/contributionPercent",
                PortfolioTarget.parse("fund.exhaustionProbability=0.1"), 0, 4, BreakEven.Outcome.CROSSED, 3.2,
                new Interval(3.0, 3.5), false, 4 / 1024.0, SWEEP.points().get(0), SWEEP.points().get(2), 12);
        List<NamedChart> charts = PortfolioSweepCharts.of(SWEEP, "AUD", found);
        assertEquals(List.of(PortfolioSweepCharts.EXHAUSTION, PortfolioSweepCharts.UNFUNDED_COST),
                charts.stream().map(NamedChart::name).toList());
        for (NamedChart c : charts) {
            XYPlot plot = ChartInspection.xyPlot(c.chart());
            assertEquals(3.2, ChartInspection.domainMarker(plot, "Break-even").getValue(), c.name());
            IntervalMarker band = (IntervalMarker) ChartInspection.backgroundMarkers(plot).get(0);
            assertEquals(3.0, band.getStartValue());
            assertEquals(3.5, band.getEndValue());
        }
        ValueMarker target = (ValueMarker) ChartInspection.xyPlot(charts.get(0).chart())
                .getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.1, target.getValue());
        assertNull(ChartInspection.xyPlot(charts.get(1).chart()).getRangeMarkers(Layer.FOREGROUND));
    }
}
