package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The sites' parts in the outcome: the sites that drive the portfolio's worst 5 % (largest
 * tail contribution first), and, by category, the value of what the sites pay into the fund
 * against the shortfall they are expected to leave it (their fairness: above 1 a category pays
 * more than it costs).
 */
final class SiteCharts {

    /** How many sites the tail chart ranks. */
    static final int TOP = 20;
    static final String TAIL_SERIES = "Tail contribution (mean shortfall in the worst 5 %)";
    static final String EXPECTED_SERIES = "Expected shortfall";
    static final String CONTRIBUTION_SERIES = "Contribution value (present value)";
    /** The category of sites without one (scenario sites, register lines with none). */
    static final String UNCATEGORISED = "uncategorised";

    private SiteCharts() {
    }

    /** Sites with a tail contribution above 0, largest first, ties in file order. */
    static List<SiteResult> byTail(PortfolioResults r) {
        return r.perSite().stream().filter(s -> s.tailContribution() > 0)
                .sorted(Comparator.comparingDouble(SiteResult::tailContribution).reversed()).toList();
    }

    static JFreeChart topSites(PortfolioResults r, String currency) {
        List<SiteResult> top = byTail(r).stream().limit(TOP).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SiteResult s : top) {
            data.addValue(s.tailContribution(), TAIL_SERIES, s.name());
            data.addValue(s.expectedShortfall(), EXPECTED_SERIES, s.name());
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartPalette.LIABILITY);
        bars.setSeriesPaint(1, ChartPalette.tint(ChartPalette.LIABILITY, 0.55));
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.0);
        CategoryAxis sites = new CategoryAxis("Site");
        sites.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis money = ChartParts.moneyAxis("Valued at year 0 (" + currency + ")", currency);
        money.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, sites, money, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        String title = "The " + (top.isEmpty() ? "" : top.size() + " ") + "sites that drive the worst 5 %";
        JFreeChart chart = ChartParts.chart(title, plot, PortfolioCharts.line(r));
        if (top.isEmpty()) {
            ChartParts.note(chart, "No site leaves a shortfall in the worst 5 % of iterations.");
        }
        return chart;
    }

    static ChartTable topSitesTable(PortfolioResults r, MoneyFormat money) {
        double tailTotal = r.perSite().stream().mapToDouble(SiteResult::tailContribution).sum();
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (SiteResult s : byTail(r).stream().limit(TOP).toList()) {
            rank++;
            rows.add(List.of(Integer.toString(rank), s.name(), category(s), money.format(s.tailContribution()),
                    NumberText.percent(s.tailContribution() / tailTotal), money.format(s.expectedShortfall()),
                    NumberText.percent(s.forfeitureProbability())));
        }
        return new ChartTable("Sites by their mean shortfall over the 5 % of iterations with the largest total "
                + "shortfall; the share is of the mean total over those iterations",
                List.of("Rank", "Site", "Category", "Tail contribution", "Share of the worst 5 %",
                        "Expected shortfall", "Forfeiture probability"), rows);
    }

    /** What each category pays and is expected to cost, summed over its sites, in file order of first appearance. */
    record CategoryTotals(String category, int sites, double contributionPV, double expectedShortfall) {
        /** Contribution value over expected shortfall; NaN when the category is expected to cost nothing. */
        double fairness() {
            return expectedShortfall > 0 ? contributionPV / expectedShortfall : Double.NaN;
        }
    }

    static List<CategoryTotals> byCategory(PortfolioResults r) {
        Map<String, CategoryTotals> out = new LinkedHashMap<>();
        for (SiteResult s : r.perSite()) {
            out.merge(category(s), new CategoryTotals(category(s), 1, s.contributionPV(), s.expectedShortfall()),
                    (a, b) -> new CategoryTotals(a.category(), a.sites() + b.sites(),
                            a.contributionPV() + b.contributionPV(), a.expectedShortfall() + b.expectedShortfall()));
        }
        return List.copyOf(out.values());
    }

    static String category(SiteResult s) {
        return s.category() == null || s.category().isBlank() ? UNCATEGORISED : s.category();
    }

    static JFreeChart fairness(PortfolioResults r, String currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CategoryTotals c : byCategory(r)) {
            data.addValue(c.contributionPV(), CONTRIBUTION_SERIES, c.category());
            data.addValue(c.expectedShortfall(), EXPECTED_SERIES, c.category());
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartPalette.ASSURANCE);
        bars.setSeriesPaint(1, ChartPalette.LIABILITY);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.0);
        NumberAxis money = ChartParts.moneyAxis("Sum over its sites at year 0 (" + currency + ")", currency);
        money.setAutoRangeIncludesZero(true);
        CategoryAxis categories = new CategoryAxis("Category");
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, money, bars);
        return ChartParts.chart("Fairness by category: contribution value against expected shortfall", plot,
                PortfolioCharts.line(r));
    }

    static ChartTable fairnessTable(PortfolioResults r, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        for (CategoryTotals c : byCategory(r)) {
            rows.add(List.of(c.category(), ReportFigures.count(c.sites()), money.format(c.contributionPV()),
                    money.format(c.expectedShortfall()), NumberText.number(c.fairness(), 2)));
        }
        return new ChartTable("Sums over each category's sites; fairness is contribution value over expected "
                + "shortfall (above 1: the category pays in more than it is expected to cost the fund)",
                List.of("Category", "Sites", "Contribution value", "Expected shortfall", "Fairness"), rows);
    }
}
