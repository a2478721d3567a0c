package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The pooled fund's two charts: the cumulative probability that it has left some payout
 * unfunded by each year (it can only rise), and the fan of its balance at the
 * start of each year (P10–P90 band around the median). Only for portfolios with a fund.
 */
final class FundCharts {

    static final String EXHAUSTION_SERIES = "P(fund has run dry by year t)";
    static final String BALANCE_SERIES = "Fund balance F(t): P10–P90, median";
    /** Up to this many years, each year's point is marked on the exhaustion curve. */
    static final int MARKED_YEARS = 40;

    private FundCharts() {
    }

    /** The cumulative exhaustion probability against the year; the whole-horizon figure and its interval as a subtitle. */
    static JFreeChart exhaustion(PortfolioResults r, FundResult fund) {
        XYSeries s = new XYSeries(EXHAUSTION_SERIES);
        double[] byYear = fund.exhaustionByYear();
        for (int t = 0; t < byYear.length; t++) {
            s.add(t, byYear[t]);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, byYear.length <= MARKED_YEARS);
        line.setSeriesPaint(0, ChartPalette.LIABILITY);
        line.setSeriesStroke(0, ChartPalette.line(0));
        line.setSeriesShape(0, ChartPalette.shape(0));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), ChartParts.yearAxis("Year after the base year"),
                ChartParts.probabilityAxis("Probability some payout is unfunded"), line);
        JFreeChart chart = ChartParts.chart("Fund exhaustion: probability it has run dry by each year", plot,
                PortfolioCharts.line(r));
        chart.addSubtitle(new TextTitle(exhaustionLine(fund)));
        return chart;
    }

    private static String exhaustionLine(FundResult fund) {
        Interval ci = fund.exhaustionProbabilityCI95() == null ? Interval.UNDEFINED : fund.exhaustionProbabilityCI95();
        String text = "Within the horizon: " + NumberText.percent(fund.exhaustionProbability());
        return Double.isNaN(ci.lower()) ? text
                : text + " (95 % interval " + NumberText.percentRange(ci.lower(), ci.upper()) + ")";
    }

    static ChartTable exhaustionTable(FundResult fund) {
        List<List<String>> rows = new ArrayList<>();
        double[] byYear = fund.exhaustionByYear();
        for (int t = 0; t < byYear.length; t++) {
            rows.add(List.of(Integer.toString(t), NumberText.percent(byYear[t])));
        }
        return new ChartTable("Cumulative probability that the fund has left some payout unfunded by the end of "
                + "each year", List.of("Year", "Probability run dry"), rows);
    }

    /** The balance's P10–P90 band and median by year. */
    static JFreeChart balance(PortfolioResults r, FundResult fund, String currency) {
        YIntervalSeries s = new YIntervalSeries(BALANCE_SERIES);
        Band b = fund.balance();
        for (int i = 0; i < fund.years().length; i++) {
            s.add(fund.years()[i], b.p50()[i], b.p10()[i], b.p90()[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer band = CoverageTimelineChart.bands(ChartPalette.ASSURANCE);
        NumberAxis money = ChartParts.moneyAxis("Balance at the start of year t (" + currency + ")", currency);
        money.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, ChartParts.yearAxis("Year after the base year"), money, band);
        return ChartParts.chart("Fund balance: P10–P90 and median by year", plot, PortfolioCharts.line(r));
    }

    static ChartTable balanceTable(FundResult fund, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        Band b = fund.balance();
        for (int i = 0; i < fund.years().length; i++) {
            rows.add(List.of(Integer.toString(fund.years()[i]), money.format(b.p10()[i]), money.format(b.p50()[i]),
                    money.format(b.p90()[i])));
        }
        return new ChartTable("Fund balance at the start of each year, before payouts",
                List.of("Year", "P10", "Median", "P90"), rows);
    }
}
