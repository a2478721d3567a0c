package org.closureassurance.charts;

import static org.closureassurance.charts.ReportFigures.count;
import static org.closureassurance.charts.ReportFigures.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.simulator.portfolio.AggregateYear;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;

/**
 * The portfolio report: one self-contained HTML page, in the assurance report's style, that
 * answers a finance office's question ("how likely is the fund to run dry, and what levy keeps
 * it solvent?") in one paragraph, backs it with headline figures and every chart of
 * {@link PortfolioCharts} with its table, lists the sites that drive the worst outcomes, states
 * the assumptions in words, and ends with the SHA-256 of every file read. Charts are inline
 * SVG, the style sheet is inline, and the page loads nothing and runs no script.
 *
 * <p>Names and descriptions from the files are HTML-escaped. The page depends only on its
 * arguments, so the same inputs give the same bytes.
 *
 * <p>Sections, by id: {@value #ANSWER}, {@value #HEADLINE}, {@value #CHARTS}, {@value #SITES},
 * {@value #ASSUMPTIONS}, {@value #REPRODUCIBILITY}; each chart is a {@code figure} with id
 * {@code chart-NAME} ({@link PortfolioCharts} names) followed by its table.
 */
public final class PortfolioReport {

    /** Section id: the question and the answer in one paragraph. */
    public static final String ANSWER = "answer";
    /** Section id: headline figures. */
    public static final String HEADLINE = "headline";
    /** Section id: every chart of {@link PortfolioCharts}, each with its table. */
    public static final String CHARTS = "charts";
    /** Section id: the sites with the largest tail contribution, and the totals. */
    public static final String SITES = "sites";
    /** Section id: the portfolio's inputs in words. */
    public static final String ASSUMPTIONS = "assumptions";
    /** Section id: files read with their SHA-256, seed, iterations, versions and command. */
    public static final String REPRODUCIBILITY = "reproducibility";

    /** Every section id, in page order. */
    public static final List<String> SECTIONS = List.of(ANSWER, HEADLINE, CHARTS, SITES, ASSUMPTIONS, REPRODUCIBILITY);

    /** How many sites the per-site table lists. */
    static final int SITE_ROWS = 50;

    private final Portfolio portfolio;
    private final PortfolioResults results;
    private final PortfolioReportContext ctx;
    private final String currency;
    private final ReportFigures figures;

    private PortfolioReport(Portfolio portfolio, PortfolioResults results, PortfolioReportContext ctx) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.results = Objects.requireNonNull(results, "results");
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.currency = PortfolioCharts.currency(results, ChartOptions.DEFAULT);
        this.figures = new ReportFigures(currency, portfolio.baseYear());
    }

    /** The report page of {@code results}, simulated from {@code portfolio}. */
    public static String html(Portfolio portfolio, PortfolioResults results, PortfolioReportContext ctx) {
        return new PortfolioReport(portfolio, results, ctx).render();
    }

    /** Writes the report page to {@code file} as UTF-8. */
    public static void write(Portfolio portfolio, PortfolioResults results, PortfolioReportContext ctx, Path file)
            throws IOException {
        Files.writeString(file, html(portfolio, results, ctx), StandardCharsets.UTF_8);
    }

    /**
     * The answer in one paragraph, e.g. "The fund runs dry within 30 years in 18 % of futures
     * (95 % interval 17–19 %); a 1.6 % levy keeps it solvent in 90 % (the levy now is 1 %). The
     * expected unfunded public cost is USD 12.0 million." Without a fund, the unfunded public
     * cost; with nothing unfunded, that; where no levy suffices, why.
     */
    public static String answer(Portfolio portfolio, PortfolioResults results) {
        String currency = PortfolioCharts.currency(results, ChartOptions.DEFAULT);
        MoneyFormat words = new MoneyFormat(currency, MoneyFormat.Style.WORDS);
        int horizon = portfolio.simulation().horizonYears();
        String futures = count(results.iterations());
        Stats unfunded = stats(results.unfundedPublicCost());
        FundResult fund = results.fund();
        if (fund == null) {
            if (!(unfunded.max() > 0)) {
                return "No site leaves a shortfall within " + horizon + " years in any of the " + futures
                        + " futures: the security held covers every walk-away, and nothing falls on the public.";
            }
            return "Without a pooled fund every shortfall is a public cost: within " + horizon + " years it averages "
                    + words.format(results.expectedUnfundedPublicCost()) + ", and in one future in ten it exceeds "
                    + words.format(unfunded.p90()) + ".";
        }
        String sentence = fund.exhaustionProbability() > 0
                ? "The fund runs dry within " + horizon + " years in " + NumberText.percent(fund.exhaustionProbability())
                        + " of futures" + interval(fund.exhaustionProbabilityCI95())
                : "The fund never runs dry within " + horizon + " years in any of the " + futures + " futures";
        sentence += levy(fund.requiredContributionPercent(), portfolio.fund() == null ? Double.NaN
                : portfolio.fund().contributionPercent());
        if (results.expectedUnfundedPublicCost() > 0) {
            sentence += " The expected unfunded public cost is " + words.format(results.expectedUnfundedPublicCost())
                    + ".";
        }
        return sentence;
    }

    private static String interval(Interval ci) {
        return ci == null || Double.isNaN(ci.lower()) ? ""
                : " (95 % interval " + NumberText.percentRange(ci.lower(), ci.upper()) + ")";
    }

    /** The levy clause at 90 %, ending the sentence, against the levy the fund charges now. */
    private static String levy(RequiredContribution rc, double now) {
        if (rc == null || Double.isNaN(rc.p90())) {
            return ".";
        }
        double p90 = rc.p90();
        if (Double.isInfinite(p90)) {
            return "; no levy keeps it solvent in 90 %: a payout falls due before any contribution can arrive.";
        }
        if (p90 == 0) {
            return "; it stays solvent in 90 % of futures even with no levy.";
        }
        String text = "; a " + RequiredContributionChart.text(p90) + " levy keeps it solvent in 90 %";
        if (Double.isNaN(now)) {
            return text + ".";
        }
        return text + (p90 <= now ? ", which the present " + RequiredContributionChart.text(now) + " levy does"
                : " (the levy now is " + RequiredContributionChart.text(now) + ")") + ".";
    }

    private String render() {
        StringBuilder out = new StringBuilder(512 * 1024);
        ReportPage.open(out, "Closure assurance portfolio report", portfolio.name(), portfolio.description());
        section(out, ANSWER, "Question and answer", answerSection());
        section(out, HEADLINE, "Headline figures", headline());
        section(out, CHARTS, "Charts", charts());
        section(out, SITES, "Sites", sites());
        section(out, ASSUMPTIONS, "Assumptions", new PortfolioAssumptions(portfolio, results, currency).render());
        section(out, REPRODUCIBILITY, "Reproducibility", reproducibility());
        ReportPage.close(out);
        return out.toString();
    }

    private static void section(StringBuilder out, String id, String title, String body) {
        ReportPage.section(out, id, title, body);
    }

    private String answerSection() {
        String question = portfolio.fund() == null
                ? "If operators on the register walk away, how much of the closure cost falls on the public?"
                : "If operators on the register walk away, will the pooled fund (" + portfolio.fund().name()
                        + ") pay for closing their sites, and what levy keeps it solvent?";
        return "<p class=\"question\">" + Html.escape(question) + "</p>\n"
                + "<p class=\"answer\">" + Html.escape(answer(portfolio, results)) + "</p>\n"
                + Html.paragraph("A future is one iteration of the simulation. Money is in " + currency
                + " at base-year prices, valued at year 0 (the base year) unless a figure says otherwise. A levy is "
                + "the yearly contribution as a percent of each operating site's approved estimate.");
    }

    private String headline() {
        Html.Table t = new Html.Table(null, "figures", "Figure", "Value");
        Stats forfeitures = stats(results.forfeitures());
        t.row("Sites", count(results.sites()));
        t.row("Sites forfeiting within the horizon", NumberText.number(forfeitures.mean(), 2) + " on average; P90 "
                + NumberText.number(forfeitures.p90(), 1) + ", P99 " + NumberText.number(forfeitures.p99(), 1));
        Stats total = stats(results.totalShortfall());
        t.row("Total shortfall (after estate recovery)", figures.money(total.mean()) + " mean; P90 "
                + figures.money(total.p90()) + ", P95 " + figures.money(total.p95()));
        Stats unfunded = stats(results.unfundedPublicCost());
        t.row("Unfunded public cost", figures.money(results.expectedUnfundedPublicCost()) + " mean; P90 "
                + figures.money(unfunded.p90()) + ", P95 " + figures.money(unfunded.p95()));
        AggregateYear y0 = results.aggregate() == null ? null : results.aggregate().year0();
        if (y0 != null) {
            t.row("Register liability at year 0 (median)", figures.money(stats(y0.liability()).p50()));
            t.row("Security held at year 0 (median)", figures.money(stats(y0.assurance()).p50()));
            t.row("Probability the security covers the liability at year 0", NumberText.percent(y0.coverageProbability()));
        }
        FundResult fund = results.fund();
        if (fund != null) {
            t.row("Fund runs dry within the horizon", NumberText.percent(fund.exhaustionProbability())
                    + interval(fund.exhaustionProbabilityCI95()));
            RequiredContribution rc = fund.requiredContributionPercent();
            if (rc != null) {
                t.row("Levy that keeps the fund solvent in 80 / 90 / 95 % of futures",
                        RequiredContributionChart.text(rc.p80()) + " / " + RequiredContributionChart.text(rc.p90())
                                + " / " + RequiredContributionChart.text(rc.p95()));
            }
        }
        return t.render();
    }

    private String charts() {
        StringBuilder out = new StringBuilder();
        PortfolioCharts set = PortfolioCharts.of(portfolio, results);
        int n = 0;
        for (NamedChart c : set.charts()) {
            n++;
            out.append(AssuranceReport.figure(c, "Figure " + n));
            ChartTable table = set.table(c.name()).orElseThrow();
            out.append("<details id=\"table-").append(c.name()).append("\">\n<summary>Table: the figures drawn in figure ").append(n)
                    .append("</summary>\n").append(render(table)).append("</details>\n");
        }
        return out.toString();
    }

    private static String render(ChartTable table) {
        Html.Table t = new Html.Table(table.caption(), "figures", table.headers().toArray(String[]::new));
        for (List<String> row : table.rows()) {
            t.row(row.toArray());
        }
        return t.render();
    }

    private String sites() {
        List<SiteResult> ranked = results.perSite().stream()
                .sorted(Comparator.comparingDouble(SiteResult::tailContribution).reversed()).toList();
        Html.Table t = new Html.Table("The " + Math.min(SITE_ROWS, ranked.size()) + " sites with the largest tail "
                + "contribution (mean shortfall over the 5 % of iterations with the largest total shortfall), then the "
                + "totals. Money valued at year 0; fairness is contribution value over expected shortfall", "sites",
                "Rank", "Site", "Category", "Forfeiture probability", "Expected shortfall", "Tail contribution",
                "Contribution value", "Fairness");
        int rank = 0;
        for (SiteResult s : ranked.subList(0, Math.min(SITE_ROWS, ranked.size()))) {
            rank++;
            t.row(Integer.toString(rank), s.name(), SiteCharts.category(s), NumberText.percent(s.forfeitureProbability()),
                    figures.money(s.expectedShortfall()), figures.money(s.tailContribution()),
                    figures.money(s.contributionPV()), NumberText.number(s.fairness(), 2));
        }
        if (ranked.size() > SITE_ROWS) {
            addTotal(t, "Other " + count(ranked.size() - SITE_ROWS) + " sites", ranked.subList(SITE_ROWS, ranked.size()));
        }
        addTotal(t, "All " + count(ranked.size()) + " sites", ranked);
        return t.render() + Html.paragraph("The tail contributions add up to the mean total shortfall over the worst "
                + "5 % of iterations. A site's forfeiture probability is its chance of walking away within the horizon.");
    }

    private void addTotal(Html.Table t, String label, List<SiteResult> sites) {
        double expected = sites.stream().mapToDouble(SiteResult::expectedShortfall).sum();
        double tail = sites.stream().mapToDouble(SiteResult::tailContribution).sum();
        double contribution = sites.stream().mapToDouble(SiteResult::contributionPV).sum();
        t.row("", new Html.Markup("<strong>" + Html.escape(label) + "</strong>"), "", "—", figures.money(expected),
                figures.money(tail), figures.money(contribution),
                NumberText.number(expected > 0 ? contribution / expected : Double.NaN, 2));
    }

    private String reproducibility() {
        RunInfo run = results.run();
        Html.Table t = new Html.Table(null, "figures", "Item", "Value");
        if (ctx.files().isEmpty()) {
            t.row("Files read", "not recorded (portfolio not saved)");
        }
        for (SourceFile f : ctx.files()) {
            t.row(capitalised(f.role()) + " file " + f.path() + " SHA-256",
                    Html.code(f.sha256().toLowerCase(Locale.ROOT)));
        }
        ReportPage.addDrawRows(t, results.seed(), results.iterations(), results.sampling(), run);
        ReportPage.addToolRows(t, run, ctx.toolVersion());
        t.row("Command", ctx.command() == null || ctx.command().isBlank() ? "not recorded (run from the desktop app)"
                : Html.code(ctx.command()));
        t.row("Report generated", ReportPage.orNotRecorded(ctx.generatedAt()));
        t.row("Results format", PortfolioResults.FORMAT);
        return t.render() + Html.paragraph("The same files, seed, iteration count and sampling method give "
                + "bit-identical results on any number of threads.");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
