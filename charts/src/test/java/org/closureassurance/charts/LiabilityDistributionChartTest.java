package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.backgroundMarkers;
import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.markerCount;
import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.sumY;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
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

    /**
     * An under-bonded run, as in the NGO stress case: every liability is raised by USD 150 M, so
     * the smallest is above USD 150 M, while the median assurance is USD 40 M, left of every bar.
     * The auto range from the data alone leaves its marker off the chart. Taking it in widens
     * the axis by under half the data's span, well inside the allowed three spans, so the
     * marker must stand at its own value and the shortfall region start there.
     */
    @Test
    void widensTheAxisToShowAnAssuranceBelowEveryLiability() {
        SimulationResults under = withMedianAssurance(withLiabilityRaisedBy(results, 150e6), 40e6);
        assertTrue(under.liability().min() > 150e6);
        XYPlot p = xyPlot(drawn(under));
        ValueMarker assurance = domainMarker(p, LiabilityDistributionChart.MEDIAN_ASSURANCE);
        assertNotNull(assurance);
        assertEquals(40e6, assurance.getValue(), 0);
        assertEquals(5, markerCount(p, Layer.FOREGROUND));
        for (Object o : p.getDomainMarkers(Layer.FOREGROUND)) {
            ValueMarker m = (ValueMarker) o;
            assertTrue(p.getDomainAxis().getRange().contains(m.getValue()),
                    m.getLabel() + " lies outside " + p.getDomainAxis().getRange());
            assertFalse(m.getLabel().contains(LiabilityDistributionChart.OFF_AXIS), m.getLabel());
        }
        IntervalMarker region = (IntervalMarker) backgroundMarkers(p).get(0);
        assertEquals(40e6, region.getStartValue(), 0);
    }

    /**
     * A heavily over-bonded run: the median assurance lies ten spans above the largest
     * liability. Widening that far would squeeze the histogram into a twelfth of the width, so
     * the marker stands at the right edge and its label gives the true value.
     */
    @Test
    void marksAnAssuranceFarOffTheAxisAtTheEdgeWithItsValue() {
        Stats l = results.liability();
        double above = l.max() + 10 * (l.max() - l.min());
        XYPlot p = xyPlot(drawn(withMedianAssurance(results, above)));
        ValueMarker assurance = domainMarker(p, LiabilityDistributionChart.MEDIAN_ASSURANCE);
        assertNotNull(assurance);
        assertEquals(p.getDomainAxis().getUpperBound(), assurance.getValue(), 0);
        assertTrue(p.getDomainAxis().getUpperBound() < above);
        assertTrue(assurance.getLabel().contains(new MoneyFormat("USD").format(above)), assurance.getLabel());
        assertTrue(assurance.getLabel().contains(LiabilityDistributionChart.OFF_AXIS), assurance.getLabel());
        ValueMarker p95 = domainMarker(p, LiabilityDistributionChart.LIABILITY_P95);
        assertEquals(l.p95(), p95.getValue(), 0, "markers near the data stay at their values");
    }

    @Test
    void theAxisRangeWidensOnlyUpToThreeDataSpans() {
        Range data = new Range(100, 200);
        // 40 lies 0.6 spans below: taken in, plus 3 % of the widened span 160 (4.8) each side.
        assertEquals(new Range(40 - 4.8, 200 + 4.8), LiabilityDistributionChart.axisRange(data, 40, 150));
        // -250 would need 4.5 spans: left out, only the 3 % margin of the data's span remains.
        assertEquals(new Range(97, 203), LiabilityDistributionChart.axisRange(data, -250, Double.NaN));
    }

    private static SimulationResults withMedianAssurance(SimulationResults r, double p50) {
        Stats a = r.assurance();
        ResultsEdit e = new ResultsEdit(r);
        e.assurance = new Stats(a.count(), a.mean(), a.sd(), a.standardError(), a.min(), a.p5(), a.p10(), p50,
                a.p80(), a.p90(), a.p95(), a.p99(), a.max());
        return e.build();
    }

    /** {@code r} with every walk-away liability (summary and percentile table) raised by {@code offset}. */
    private static SimulationResults withLiabilityRaisedBy(SimulationResults r, double offset) {
        Stats l = r.liability();
        ResultsEdit e = new ResultsEdit(r);
        e.liability = new Stats(l.count(), l.mean() + offset, l.sd(), l.standardError(), l.min() + offset,
                l.p5() + offset, l.p10() + offset, l.p50() + offset, l.p80() + offset, l.p90() + offset,
                l.p95() + offset, l.p99() + offset, l.max() + offset);
        Distributions d = r.distributions();
        e.distributions = new Distributions(Arrays.stream(d.liability()).map(x -> x + offset).toArray(),
                d.assurance(), d.shortfall(), d.costPV());
        return e.build();
    }

    /** The chart of {@code r} after one draw, so that every axis range is settled as the reader sees it. */
    private static JFreeChart drawn(SimulationResults r) {
        JFreeChart c = LiabilityDistributionChart.create(r);
        ChartExport.render(c, 760, 440, 1.0);
        return c;
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
        assertTrue(subtitles(chart).contains("Copper mine, regulator base case — 4,000 iterations, seed 42"));
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
