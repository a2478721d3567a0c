package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** Every portfolio chart carries the hand-built results' figures, and its table says the same. */
class PortfolioChartsTest {

    private final PortfolioResults results = PortfolioFixtures.withFund();
    private final PortfolioCharts charts = PortfolioCharts.of(results);

    private JFreeChart chart(String name) {
        return charts.get(name).orElseThrow().chart();
    }

    private ChartTable table(String name) {
        return charts.table(name).orElseThrow();
    }

    @Test
    void withAFundEveryChartIsPresentInReadingOrderWithItsTable() {
        assertEquals(List.of(PortfolioCharts.FUND_EXHAUSTION, PortfolioCharts.FUND_BALANCE,
                PortfolioCharts.AGGREGATE_TIMELINE, PortfolioCharts.FORFEITURE_COUNT,
                PortfolioCharts.FORFEITURES_BY_YEAR, PortfolioCharts.SHORTFALL_CURVES, PortfolioCharts.TOP_SITES,
                PortfolioCharts.FAIRNESS, PortfolioCharts.REQUIRED_CONTRIBUTION), charts.names());
        for (String name : charts.names()) {
            assertTrue(charts.table(name).isPresent(), name);
            assertTrue(subtitles(chart(name)).contains("Test register — 4 sites, 1,000 iterations, seed 7"), name);
        }
    }

    @Test
    void withoutAFundTheFundChartsAreLeftOut() {
        PortfolioCharts none = PortfolioCharts.of(PortfolioFixtures.withoutFund());
        assertEquals(List.of(PortfolioCharts.AGGREGATE_TIMELINE, PortfolioCharts.FORFEITURE_COUNT,
                PortfolioCharts.FORFEITURES_BY_YEAR, PortfolioCharts.SHORTFALL_CURVES, PortfolioCharts.TOP_SITES),
                none.names());
        assertTrue(none.table(PortfolioCharts.FUND_EXHAUSTION).isEmpty());
    }

    @Test
    void exhaustionIsTheCumulativeProbabilityByYearWithTheWholeHorizonFigure() {
        XYDataset d = xyPlot(chart(PortfolioCharts.FUND_EXHAUSTION)).getDataset();
        assertEquals(FundCharts.EXHAUSTION_SERIES, d.getSeriesKey(0));
        double[] expected = {0.05, 0.12, 0.18};
        assertEquals(3, d.getItemCount(0));
        for (int t = 0; t < 3; t++) {
            assertEquals(t, d.getXValue(0, t), 0);
            assertEquals(expected[t], d.getYValue(0, t), 0);
        }
        assertTrue(subtitles(chart(PortfolioCharts.FUND_EXHAUSTION))
                .contains("Within the horizon: 18 % (95 % interval 16–20 %)"));
        ChartTable t = table(PortfolioCharts.FUND_EXHAUSTION);
        assertEquals("12 %", t.cell(1, "Probability run dry"));
    }

    @Test
    void balanceFanHoldsTheYearlyPercentiles() {
        YIntervalSeriesCollection fan = (YIntervalSeriesCollection) xyPlot(chart(PortfolioCharts.FUND_BALANCE))
                .getDataset();
        assertEquals(FundCharts.BALANCE_SERIES, fan.getSeriesKey(0));
        assertEquals(2.6e8, fan.getYValue(0, 1), 0);
        assertEquals(2.0e8, fan.getStartYValue(0, 1), 0);
        assertEquals(3.0e8, fan.getEndYValue(0, 1), 0);
        ChartTable t = table(PortfolioCharts.FUND_BALANCE);
        assertEquals(List.of("2", "AUD 100 M", "AUD 240 M", "AUD 310 M"), t.rows().get(2));
    }

    @Test
    void aggregateTimelineBandsLiabilityAndSecurityWithCoverageOnASecondAxis() {
        XYPlot plot = xyPlot(chart(PortfolioCharts.AGGREGATE_TIMELINE));
        YIntervalSeriesCollection fans = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(AggregateTimelineChart.LIABILITY_SERIES, fans.getSeriesKey(0));
        assertEquals(AggregateTimelineChart.ASSURANCE_SERIES, fans.getSeriesKey(1));
        assertEquals(4.6e6, fans.getYValue(0, 1), 0);
        assertEquals(2.2e6, fans.getStartYValue(0, 1), 0);
        assertEquals(8.5e6, fans.getEndYValue(0, 1), 0);
        assertEquals(2.9e6, fans.getYValue(1, 1), 0);
        assertEquals(0.35, plot.getDataset(1).getYValue(0, 2), 0);
        assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        assertEquals("35 %", table(PortfolioCharts.AGGREGATE_TIMELINE).cell(2, "P(security ≥ liability)"));
    }

    /** Shares 300, 350, 200, 100, 50 of 1,000; cumulative at 1: 65 %; mean (350 + 400 + 300 + 200) / 1000. */
    @Test
    void forfeitureCountIsAHistogramOfTheRecordedCountsWithItsMean() {
        XYPlot plot = xyPlot(chart(PortfolioCharts.FORFEITURE_COUNT));
        IntervalXYDataset d = (IntervalXYDataset) plot.getDataset();
        double[] shares = {0.30, 0.35, 0.20, 0.10, 0.05};
        assertEquals(5, d.getItemCount(0));
        for (int k = 0; k < 5; k++) {
            assertEquals(k, d.getXValue(0, k), 0);
            assertEquals(shares[k], d.getYValue(0, k), 1e-15);
        }
        assertEquals(1.25, domainMarker(plot, ForfeitureCharts.MEAN_MARKER).getValue(), 0);
        ChartTable t = table(PortfolioCharts.FORFEITURE_COUNT);
        assertEquals(List.of("1", "350", "35 %", "65 %"), t.rows().get(1));
    }

    @Test
    void withoutRecordedCountsTheForfeitureDistributionRunsThroughTheStatsPercentiles() {
        PortfolioCharts coarse = PortfolioCharts.of(PortfolioFixtures.withoutDistributions());
        XYDataset d = xyPlot(coarse.get(PortfolioCharts.FORFEITURE_COUNT).orElseThrow().chart()).getDataset();
        assertEquals(ForfeitureCharts.PERCENTILE_SERIES, d.getSeriesKey(0));
        // min 0, P5 0, P10 0, P50 1, P80 2, P90 3, P95 3, P99 4, max 4 at 0, .05, .1, .5, .8, .9, .95, .99, 1
        assertEquals(9, d.getItemCount(0));
        assertEquals(1, d.getXValue(0, 3), 0);
        assertEquals(0.5, d.getYValue(0, 3), 0);
        assertEquals(3, d.getXValue(0, 5), 0);
        assertEquals(0.9, d.getYValue(0, 5), 0);
        assertEquals("1.25", coarse.table(PortfolioCharts.FORFEITURE_COUNT).orElseThrow().cell(9, "Sites forfeiting"));
    }

    @Test
    void forfeituresByYearAreTheMeansWithTheirRunningSum() {
        XYDataset d = xyPlot(chart(PortfolioCharts.FORFEITURES_BY_YEAR)).getDataset();
        assertEquals(0.45, d.getYValue(0, 1), 0);
        // 0.5 + 0.45 + 0.3 = 1.25, the mean number forfeiting within the horizon
        assertEquals("1.25", table(PortfolioCharts.FORFEITURES_BY_YEAR).cell(2, "Mean forfeited by the end of the year"));
    }

    /** Percentile k of the total is k × 1e5; of the unfunded cost max(0, (k - 50) × 1e5). */
    @Test
    void shortfallCurvesRunThroughEveryPercentile() {
        XYDataset d = xyPlot(chart(PortfolioCharts.SHORTFALL_CURVES)).getDataset();
        assertEquals(ShortfallCurvesChart.TOTAL_SERIES, d.getSeriesKey(0));
        assertEquals(ShortfallCurvesChart.UNFUNDED_SERIES, d.getSeriesKey(1));
        assertEquals(101, d.getItemCount(0));
        assertEquals(5e6, d.getXValue(0, 50), 1e-6);
        assertEquals(0.5, d.getYValue(0, 50), 0);
        assertEquals(4e6, d.getXValue(1, 90), 1e-6);
        assertEquals(0.9, d.getYValue(1, 90), 0);
        ChartTable t = table(PortfolioCharts.SHORTFALL_CURVES);
        assertEquals(List.of("P90", "AUD 9.0 M", "AUD 4.0 M"), t.rows().get(6));
    }

    @Test
    void withoutAFundOnlyTheTotalIsDrawnAndANoteSaysWhy() {
        JFreeChart c = PortfolioCharts.of(PortfolioFixtures.withoutFund()).get(PortfolioCharts.SHORTFALL_CURVES)
                .orElseThrow().chart();
        assertEquals(1, xyPlot(c).getDataset().getSeriesCount());
        assertTrue(subtitles(c).contains(ShortfallCurvesChart.NO_FUND_NOTE));
    }

    @Test
    void withoutRecordedPercentilesTheCurvesRunThroughTheStats() {
        JFreeChart c = PortfolioCharts.of(PortfolioFixtures.withoutDistributions())
                .get(PortfolioCharts.SHORTFALL_CURVES).orElseThrow().chart();
        XYDataset d = xyPlot(c).getDataset();
        assertEquals(9, d.getItemCount(0));
        assertEquals(9e6, d.getXValue(0, 5), 0);
        assertEquals(0.9, d.getYValue(0, 5), 0);
    }

    /**
     * Tails: B 1e6, D 6e5, A 4e5, C 0 (left out). Their sum 2e6 is the mean total over the worst
     * 5 %: shares 50, 30 and 20 %.
     */
    @Test
    void topSitesRankTheTailContributionsLargestFirst() {
        CategoryDataset d = ((CategoryPlot) chart(PortfolioCharts.TOP_SITES).getPlot()).getDataset();
        assertEquals(List.of("Quarry B", "Copper D", "Quarry A"), d.getColumnKeys());
        assertEquals(1e6, d.getValue(SiteCharts.TAIL_SERIES, "Quarry B").doubleValue(), 0);
        assertEquals(2e5, d.getValue(SiteCharts.EXPECTED_SERIES, "Copper D").doubleValue(), 0);
        ChartTable t = table(PortfolioCharts.TOP_SITES);
        assertEquals(List.of("1", "Quarry B", "quarry", "AUD 1.0 M", "50 %", "AUD 300 k", "30 %"), t.rows().get(0));
        assertEquals("uncategorised", t.cell(1, "Category"));
        assertEquals("20 %", t.cell(2, "Share of the worst 5 %"));
    }

    @Test
    void topSitesStopAtTwenty() {
        PortfolioResults big = PortfolioFixtures.withSites(results, PortfolioFixtures.manySites(30));
        PortfolioCharts c = PortfolioCharts.of(big);
        CategoryDataset d = ((CategoryPlot) c.get(PortfolioCharts.TOP_SITES).orElseThrow().chart().getPlot())
                .getDataset();
        assertEquals(SiteCharts.TOP, d.getColumnCount());
        assertEquals("Site 29", d.getColumnKey(0));
        assertEquals("Site 10", d.getColumnKey(19));
        assertEquals(SiteCharts.TOP, c.table(PortfolioCharts.TOP_SITES).orElseThrow().rows().size());
    }

    /**
     * Quarry: contributions 2e5 + 1e5 = 3e5 against expected shortfalls 1e5 + 3e5 = 4e5, fairness
     * 0.75; coal expects no shortfall (fairness undefined); uncategorised pays nothing (0).
     */
    @Test
    void fairnessSumsEachCategorysContributionsAndExpectedShortfalls() {
        CategoryDataset d = ((CategoryPlot) chart(PortfolioCharts.FAIRNESS).getPlot()).getDataset();
        assertEquals(List.of("quarry", "coal", "uncategorised"), d.getColumnKeys());
        assertEquals(3e5, d.getValue(SiteCharts.CONTRIBUTION_SERIES, "quarry").doubleValue(), 0);
        assertEquals(4e5, d.getValue(SiteCharts.EXPECTED_SERIES, "quarry").doubleValue(), 0);
        ChartTable t = table(PortfolioCharts.FAIRNESS);
        assertEquals(List.of("quarry", "2", "AUD 300 k", "AUD 400 k", "0.75"), t.rows().get(0));
        assertEquals(NumberText.UNDEFINED, t.cell(1, "Fairness"));
        assertEquals("0", t.cell(2, "Fairness"));
    }

    @Test
    void requiredContributionLeavesOutTheShareNoPercentCanReach() {
        JFreeChart c = chart(PortfolioCharts.REQUIRED_CONTRIBUTION);
        CategoryDataset d = ((CategoryPlot) c.getPlot()).getDataset();
        assertEquals(1.1, d.getValue(0, 0).doubleValue(), 0);
        assertEquals(1.6, d.getValue(0, 1).doubleValue(), 0);
        assertNull(d.getValue(0, 2));

        assertTrue(subtitles(c).stream().anyMatch(s -> s.startsWith("No percent suffices for 95 % of futures")));
        ChartTable t = table(PortfolioCharts.REQUIRED_CONTRIBUTION);
        assertEquals(List.of("90 % of futures", "1.6 %"), t.rows().get(1));
        assertEquals(RequiredContributionChart.NONE_SUFFICES, t.cell(2, "Contribution percent"));
    }

    @Test
    void withThePortfolioThePresentLevyIsMarkedAcrossTheBars() {
        CategoryPlot marked = (CategoryPlot) PortfolioCharts.of(PortfolioFixtures.portfolio(true), results)
                .get(PortfolioCharts.REQUIRED_CONTRIBUTION).orElseThrow().chart().getPlot();
        Collection<?> markers = marked.getRangeMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        ValueMarker m = (ValueMarker) markers.iterator().next();
        assertEquals(1.0, m.getValue(), 0);
        assertEquals("Present levy 1 %", m.getLabel());
        CategoryPlot unmarked = (CategoryPlot) chart(PortfolioCharts.REQUIRED_CONTRIBUTION).getPlot();
        assertNull(unmarked.getRangeMarkers(Layer.FOREGROUND));
    }

    @Test
    void aPresentLevyAboveEveryBarStaysInView() {
        CategoryPlot plot = (CategoryPlot) PortfolioCharts.of(PortfolioFixtures.portfolio(3.0), results)
                .get(PortfolioCharts.REQUIRED_CONTRIBUTION).orElseThrow().chart().getPlot();
        assertTrue(plot.getRangeAxis().getUpperBound() > 3.0, "axis to " + plot.getRangeAxis().getUpperBound());
        CategoryPlot none = (CategoryPlot) PortfolioCharts.of(PortfolioFixtures.portfolio(0.0),
                PortfolioFixtures.withFund(results, new FundResult(0, results.fund().exhaustionProbabilityCI95(),
                        new double[] {0, 0, 0}, results.fund().years(), results.fund().balance(),
                        new RequiredContribution(0, 0, 0))))
                .get(PortfolioCharts.REQUIRED_CONTRIBUTION).orElseThrow().chart().getPlot();
        assertEquals(0.0, ((ValueMarker) none.getRangeMarkers(Layer.FOREGROUND).iterator().next()).getValue(), 0);
    }

    /** Bars are labelled to two decimals, as the table writes the percent: 1.4283 reads 1.43 %. */
    @Test
    void requiredContributionBarsCarryTheirPercentToTwoDecimals() {
        FundResult f = results.fund();
        PortfolioResults r = PortfolioFixtures.withFund(results, new FundResult(
                f.exhaustionProbability(), f.exhaustionProbabilityCI95(), f.exhaustionByYear(), f.years(),
                f.balance(), new RequiredContribution(0.7281, 1.4283, 2.74)));
        PortfolioCharts c = PortfolioCharts.of(r);
        CategoryPlot plot = (CategoryPlot) c.get(PortfolioCharts.REQUIRED_CONTRIBUTION).orElseThrow().chart().getPlot();
        assertEquals("1.43 %", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 1));
        assertEquals("1.43 %", c.table(PortfolioCharts.REQUIRED_CONTRIBUTION).orElseThrow().rows().get(1).get(1));
    }

    @Test
    void aCurrencyOptionReplacesTheResultsOwn() {
        PortfolioCharts usd = PortfolioCharts.of(results, ChartOptions.DEFAULT.withCurrency("USD"));
        assertTrue(usd.table(PortfolioCharts.FUND_BALANCE).orElseThrow().cell(0, "P10").startsWith("USD "));
    }
}
