package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class BondSizingCurveChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final JFreeChart chart = BondSizingCurveChart.create(results);
    private final XYPlot plot = xyPlot(chart);

    @Test
    void curveHoldsEveryPointOfTheBondSizingCurve() {
        XYDataset data = plot.getDataset();
        List<BondSizingPoint> curve = results.bondSizingCurve();
        assertEquals(2, data.getSeriesCount());
        assertEquals(BondSizingCurveChart.CURVE_SERIES, data.getSeriesKey(0));
        assertEquals(curve.size(), data.getItemCount(0));
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(curve.get(i).additional(), data.getXValue(0, i), 0);
            assertEquals(curve.get(i).coverageProbability(), data.getYValue(0, i), 0);
        }
    }

    @Test
    void marksTheAmountsForEightyNinetyAndNinetyFivePercentCover() {
        XYDataset data = plot.getDataset();
        RequiredAssurance required = results.requiredAdditionalAssurance();
        double[][] expected = {{required.p80(), 0.80}, {required.p90(), 0.90}, {required.p95(), 0.95}};
        assertEquals(3, data.getItemCount(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i][0], data.getXValue(1, i), 0);
            assertEquals(expected[i][1], data.getYValue(1, i), 0);
        }
    }

    @Test
    void labelsTheMarkedPointsWithTheirAmounts() {
        RequiredAssurance required = results.requiredAdditionalAssurance();
        MoneyFormat usd = new MoneyFormat("USD");
        @SuppressWarnings("unchecked")
        List<XYAnnotation> annotations = plot.getAnnotations();
        assertEquals(3, annotations.size());
        String[] texts = {"P80: " + usd.format(required.p80()), "P90: " + usd.format(required.p90()),
            "P95: " + usd.format(required.p95())};
        double[] xs = {required.p80(), required.p90(), required.p95()};
        for (int i = 0; i < 3; i++) {
            XYPointerAnnotation a = (XYPointerAnnotation) annotations.get(i);
            assertEquals(texts[i], a.getText());
            assertEquals(xs[i], a.getX(), 0);
        }
    }

    @Test
    void hasATitleAxesWithUnitsAndALegend() {
        assertEquals("Bond sizing curve: cover bought by additional assurance", chart.getTitle().getText());
        assertEquals("Additional assurance added in cash (USD, at the forfeiture year)", plot.getDomainAxis().getLabel());
        assertEquals("Probability assurance covers liability", plot.getRangeAxis().getLabel());
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0);
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0);
        assertEquals(2, plot.getLegendItems().getItemCount());
    }

    @Test
    void withoutForfeitureHasNoCurveNoPointsAndSaysWhy() {
        JFreeChart empty = BondSizingCurveChart.create(Fixtures.noForfeitureResults());
        XYPlot p = xyPlot(empty);
        assertEquals(0, p.getDataset().getItemCount(0));
        assertEquals(0, p.getDataset().getItemCount(1));
        assertTrue(p.getAnnotations().isEmpty());
        assertTrue(subtitles(empty).contains(ChartParts.NO_FORFEITURE));
    }

    @Test
    void leavesOutALevelThatIsUndefined() {
        ResultsEdit e = new ResultsEdit(results);
        RequiredAssurance r = results.requiredAdditionalAssurance();
        e.requiredAdditionalAssurance = new RequiredAssurance(r.p50(), r.p80(), r.p90(), Double.NaN, Double.NaN);
        XYPlot p = xyPlot(BondSizingCurveChart.create(e.build()));
        assertEquals(2, p.getDataset().getItemCount(1));
        assertEquals(2, p.getAnnotations().size());
    }
}
