package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.jfree.chart.JFreeChart;

/**
 * Every chart of one portfolio run, each with the table of the figures it draws: what the
 * command line's {@code portfolio --charts DIR} writes (one PNG and one SVG per chart, through
 * {@link ChartExport#writeAll(List, java.nio.file.Path, int, int, double)}), what the portfolio
 * report embeds and what the desktop app shows. The fund charts (exhaustion, balance, fairness,
 * required contribution) are left out when the portfolio has no fund; the others are always
 * present, with a note when there is nothing to show.
 */
public final class PortfolioCharts implements ChartList {

    /** {@link FundCharts#exhaustion}: cumulative probability the fund has run dry by each year. */
    public static final String FUND_EXHAUSTION = "fund-exhaustion";
    /** {@link FundCharts#balance}: the fund balance fan. */
    public static final String FUND_BALANCE = "fund-balance";
    /** {@link AggregateTimelineChart}: the register's liability against its security over time. */
    public static final String AGGREGATE_TIMELINE = "aggregate-timeline";
    /** {@link ForfeitureCharts#count}: the distribution of the number of forfeitures. */
    public static final String FORFEITURE_COUNT = "forfeiture-count";
    /** {@link ForfeitureCharts#byYear}: the mean number of forfeitures by year. */
    public static final String FORFEITURES_BY_YEAR = "forfeitures-by-year";
    /** {@link ShortfallCurvesChart}: total and unfunded shortfall S-curves. */
    public static final String SHORTFALL_CURVES = "shortfall-curves";
    /** {@link SiteCharts#topSites}: the top 20 sites by tail contribution. */
    public static final String TOP_SITES = "top-sites";
    /** {@link SiteCharts#fairness}: contribution value against expected shortfall by category. */
    public static final String FAIRNESS = "fairness-by-category";
    /** {@link RequiredContributionChart}: the required contribution percent at 80/90/95 %. */
    public static final String REQUIRED_CONTRIBUTION = "required-contribution";

    private final List<NamedChart> charts;
    private final Map<String, ChartTable> tables;

    private PortfolioCharts(List<NamedChart> charts, Map<String, ChartTable> tables) {
        this.charts = List.copyOf(charts);
        this.tables = Map.copyOf(tables);
    }

    /** The charts of {@code results} in their own currency ({@code USD} when they name none). */
    public static PortfolioCharts of(PortfolioResults results) {
        return of(results, ChartOptions.DEFAULT);
    }

    /** The charts of {@code results}, in reading order; {@code options} may set the currency shown. */
    public static PortfolioCharts of(PortfolioResults results, ChartOptions options) {
        return of(results, options, Double.NaN);
    }

    /**
     * The charts of {@code results}, run from {@code portfolio}, in their own currency: as
     * {@link #of(PortfolioResults)}, with the fund's present levy marked on the required contribution.
     */
    public static PortfolioCharts of(Portfolio portfolio, PortfolioResults results) {
        return of(results, ChartOptions.DEFAULT,
                portfolio.fund() == null ? Double.NaN : portfolio.fund().contributionPercent());
    }

    private static PortfolioCharts of(PortfolioResults results, ChartOptions options, double presentLevy) {
        String currency = currency(results, options);
        MoneyFormat money = new MoneyFormat(currency);
        Builder b = new Builder();
        FundResult fund = results.fund();
        if (fund != null) {
            b.add(FUND_EXHAUSTION, "Cumulative probability that the fund has left some payout unfunded by each year.",
                    FundCharts.exhaustion(results, fund), FundCharts.exhaustionTable(fund));
            b.add(FUND_BALANCE, "The fund's balance at the start of each year, before payouts (P10–P90 band and "
                    + "median).", FundCharts.balance(results, fund, currency), FundCharts.balanceTable(fund, money));
        }
        b.add(AGGREGATE_TIMELINE, "The register's liability if every operator walked away in year t, against the "
                + "security held (P10–P90 bands and medians), with the probability that the security covers it.",
                AggregateTimelineChart.create(results, currency), AggregateTimelineChart.table(results, money));
        b.add(FORFEITURE_COUNT, "How many sites forfeit within the horizon, over iterations.",
                ForfeitureCharts.count(results), ForfeitureCharts.countTable(results));
        b.add(FORFEITURES_BY_YEAR, "The mean number of sites walking away in each year.",
                ForfeitureCharts.byYear(results), ForfeitureCharts.byYearTable(results));
        b.add(SHORTFALL_CURVES, "S-curves of the total shortfall after estate recovery and of the unfunded public "
                + "cost, valued at year 0.", ShortfallCurvesChart.create(results, currency),
                ShortfallCurvesChart.table(results, money));
        b.add(TOP_SITES, "The " + SiteCharts.TOP + " sites with the largest mean shortfall over the worst 5 % of "
                + "iterations (by total shortfall), with their expected shortfall.",
                SiteCharts.topSites(results, currency), SiteCharts.topSitesTable(results, money));
        if (fund != null) {
            b.add(FAIRNESS, "By category, the value of the contributions paid into the fund against the shortfall "
                    + "the category is expected to leave.", SiteCharts.fairness(results, currency),
                    SiteCharts.fairnessTable(results, money));
            if (fund.requiredContributionPercent() != null) {
                b.add(REQUIRED_CONTRIBUTION, "The yearly contribution percent that keeps the fund solvent in 80, 90 "
                        + "and 95 % of futures.",
                        RequiredContributionChart.create(results, fund.requiredContributionPercent(),
                                presentLevy),
                        RequiredContributionChart.table(fund.requiredContributionPercent()));
            }
        }
        return new PortfolioCharts(b.charts, b.tables);
    }

    /** The currency to show: the option's, else the results', else {@code USD}. */
    static String currency(PortfolioResults results, ChartOptions options) {
        if (options.currency() != null && !options.currency().isBlank()) {
            return options.currency();
        }
        return results.currency() == null || results.currency().isBlank() ? "USD" : results.currency();
    }

    /** Every chart's subtitle: the portfolio's name, iteration count and seed. */
    static String line(PortfolioResults r) {
        String name = r.portfolio() == null ? "Unnamed portfolio" : r.portfolio();
        return name + " — " + ReportFigures.count(r.sites()) + " sites, "
                + String.format(Locale.ROOT, "%,d", r.iterations()) + " iterations, seed " + r.seed();
    }

    @Override
    public List<NamedChart> charts() {
        return charts;
    }

    /** The table of the figures the chart called {@code name} draws, if the set has it. */
    public Optional<ChartTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    private static final class Builder {
        private final List<NamedChart> charts = new ArrayList<>();
        private final Map<String, ChartTable> tables = new LinkedHashMap<>();

        void add(String name, String caption, JFreeChart chart, ChartTable table) {
            charts.add(new NamedChart(name, caption, chart));
            tables.put(name, table);
        }
    }
}
