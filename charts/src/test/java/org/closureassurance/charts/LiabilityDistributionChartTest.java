package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.backgroundMarkers;
import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.markerCount;
import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.sumY;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class LiabilityDistributionChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final JFreeChart chart = LiabilityDistributionChart.create(results);
    private final XYPlot plot = xyPlot(chart);

    @Test
    void histogramIsRebuiltFromTheLiabilityPercentiles() {
        double[] liability = results.distributions().liability();
        PercentileHistogram.Bins expected = PercentileHistogram.of(liability, ChartOptions.DEFAULT.histogramBins());
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(1, bars.getSeriesCount());
        assertEquals(expected.count(), bars.getItemCount(0));
        for (int i = 0; i < expected.count(); i++) {
            assertEquals(expected.edges()[i], bars.getStartXValue(0, i), 0);
            assertEquals(expected.edges()[i + 1], bars.getEndXValue(0, i), 0);
            assertEquals(expected.probabilities()[i], bars.getYValue(0, i), 0);
        }
        assertEquals(1.0, sumY(bars, 0), 1e-9, "every forfeiting iteration is in some bin");
        assertTrue(ChartInspection.binsTile(bars, 0));
    }

    @Test
    void sCurveRunsThroughThe101PercentilesOnTheSecondAxis() {
        double[] liability = results.distributions().liability();
        XYDataset curve = plot.getDataset(1);
        assertEquals(1, curve.getSeriesCount());
        assertEquals(101, curve.getItemCount(0));
        for (int k = 0; k <= 100; k++) {
            assertEquals(liability[k], curve.getXValue(0, k), 0);
            assertEquals(k / 100.0, curve.getYValue(0, k), 1e-12);
        }
        assertSame(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        assertEquals(0.0, plot.getRangeAxis(1).getLowerBound(), 0);
        assertEquals(1.0, plot.getRangeAxis(1).getUpperBound(), 0);
    }

    @Test
    void markersStandAtTheFiguresTheyMark() {
        MoneyFormat usd = new MoneyFormat("USD");
        assertMarker(LiabilityDistributionChart.MEDIAN_ASSURANCE, results.assurance().p50(), usd);
        assertMarker(LiabilityDistributionChart.LIABILITY_P50, results.liability().p50(), usd);
        assertMarker(LiabilityDistributionChart.LIABILITY_P90, results.liability().p90(), usd);
        assertMarker(LiabilityDistributionChart.LIABILITY_P95, results.liability().p95(), usd);
        assertMarker(LiabilityDistributionChart.BOND_P90,
                results.assurance().p50() + results.requiredAdditionalAssurance().p90(), usd);
        assertEquals(5, markerCount(plot, Layer.FOREGROUND));
    }

    private void assertMarker(String label, double value, MoneyFormat money) {
        ValueMarker m = domainMarker(plot, label);
        assertNotNull(m, "marker " + label);
        assertEquals(value, m.getValue(), 0);
        assertEquals(label + " " + money.format(value), m.getLabel());
    }

    @Test
    void shadesTheShortfallRegionFromTheMedianAssuranceToTheLargestLiability() {
        Marker region = backgroundMarkers(plot).get(0);
        IntervalMarker interval = (IntervalMarker) region;
        assertEquals(results.assurance().p50(), interval.getStartValue(), 0);
        assertEquals(results.distributions().liability()[100], interval.getEndValue(), 0);
        assertEquals(results.liability().max(), interval.getEndValue(), 1e-6);
        assertEquals(LiabilityDistributionChart.SHORTFALL_REGION, interval.getLabel());
    }

    @Test
    void hasATitleAxesWithUnitsAndALegend() {
        assertEquals("Walk-away liability against realisable assurance", chart.getTitle().getText());
        assertTrue(subtitles(chart).contains("Copper mine, regulator base case — 4,000 iterations"));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        assertEquals("Walk-away liability at the forfeiture year (USD, base-year prices)", x.getLabel());
        assertEquals(new MoneyFormat("USD"), x.getNumberFormatOverride());
        double binWidth = PercentileHistogram.of(results.distributions().liability(), 40).width();
        assertEquals("Share of forfeiting iterations per " + new MoneyFormat("USD").format(binWidth) + " bin",
                plot.getRangeAxis(0).getLabel());
        assertEquals("Cumulative probability", plot.getRangeAxis(1).getLabel());
        assertNotNull(chart.getLegend());
        assertEquals(2, plot.getLegendItems().getItemCount());
    }

    @Test
    void showsMoneyInTheCurrencyAskedFor() {
        XYPlot aud = xyPlot(LiabilityDistributionChart.create(results, ChartOptions.DEFAULT.withCurrency("AUD")));
        assertEquals(new MoneyFormat("AUD"), ((NumberAxis) aud.getDomainAxis()).getNumberFormatOverride());
        assertTrue(aud.getDomainAxis().getLabel().contains("(AUD,"));
    }

    @Test
    void keepsThePaletteColoursThroughTheTheme() {
        assertEquals(ChartPalette.tint(ChartPalette.LIABILITY, 0.45), plot.getRenderer(0).getSeriesPaint(0));
        assertEquals(ChartPalette.PROBABILITY, plot.getRenderer(1).getSeriesPaint(0));
    }

    @Test
    void withoutForfeitureShowsEmptyDatasetsAndSaysWhy() {
        JFreeChart empty = LiabilityDistributionChart.create(Fixtures.noForfeitureResults());
        XYPlot p = xyPlot(empty);
        assertEquals(0, p.getDataset(0).getSeriesCount());
        assertEquals(0, p.getDataset(1).getItemCount(0));
        assertTrue(subtitles(empty).contains(ChartParts.NO_FORFEITURE));
        assertEquals(0, markerCount(p, Layer.FOREGROUND));
        assertEquals(0, markerCount(p, Layer.BACKGROUND));
    }
}
