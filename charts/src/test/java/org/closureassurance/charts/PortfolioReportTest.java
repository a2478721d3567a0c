package org.closureassurance.charts;

import static org.closureassurance.charts.ReportPages.assertContainsAll;
import static org.closureassurance.charts.ReportPages.count;
import static org.closureassurance.charts.ReportPages.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.results.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReportTest {

    private static final String PORTFOLIO_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String REGISTER_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final String SCENARIO_HASH = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13";
    private static final PortfolioReportContext CTX = new PortfolioReportContext(List.of(
            new SourceFile("portfolio", "state.json", PORTFOLIO_HASH),
            new SourceFile("register", "register.csv", REGISTER_HASH),
            new SourceFile("scenario", "copper-d.json", SCENARIO_HASH)),
            "closure-assurance portfolio state.json --report out.html", "0.2.0", "2026-12-05 07:00 UTC");

    private final Portfolio portfolio = PortfolioFixtures.portfolio(true);
    private final PortfolioResults results = PortfolioFixtures.withFund();
    private final String html = PortfolioReport.html(portfolio, results, CTX);

    @Test
    void hasEverySectionById() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String id : PortfolioReport.SECTIONS) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        for (String id : List.of("assumptions-general", "assumptions-sites", "assumptions-fund",
                "assumptions-economy")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
    }

    @Test
    void embedsEveryChartAsOneInlineSvgFollowedByItsTable() {
        PortfolioCharts charts = PortfolioCharts.of(results);
        assertEquals(charts.size(), count(html, "<svg"));
        for (String name : charts.names()) {
            assertTrue(html.contains("<figure id=\"chart-" + name + "\">\n<svg id='svg-" + name + "'"), name);
            int figure = html.indexOf("<figure id=\"chart-" + name + "\">");
            int table = html.indexOf("<details id=\"table-" + name + "\">");
            assertTrue(table > figure, name);
            String caption = charts.table(name).orElseThrow().caption();
            assertTrue(html.indexOf("<caption>" + Html.escape(caption) + "</caption>", table) > table, name);
        }
        assertTrue(section(html, PortfolioReport.CHARTS).contains("<td>AUD 240 M</td>"), "the balance table's median");
    }

    @Test
    void loadsNothingFromOutside() {
        Matcher urls = Pattern.compile("(https?|ftp)://[^\\s'\"<>]*|//[a-z0-9.-]+\\.[a-z]{2,}/").matcher(html);
        int found = 0;
        while (urls.find()) {
            found++;
            assertEquals("http://www.w3.org/2000/svg", urls.group(), "only the SVG namespace may name a URL");
            assertTrue(html.startsWith("xmlns='", urls.start() - 7), "the URL is a namespace declaration");
        }
        assertEquals(PortfolioCharts.of(results).size(), found);
        for (String loader : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", " src=",
                "href=")) {
            assertFalse(html.contains(loader), loader);
        }
        assertEquals(count(html, "url("), count(html, "url(#"), "CSS and SVG refer only to ids in the page");
    }

    /**
     * Every element opened is closed, in order (HTML's void elements and self-closed SVG
     * elements aside), and nothing is closed that was not opened: what a browser would have to
     * repair is not there.
     */
    @Test
    void isWellFormed() {
        assertWellFormed(html);
        assertWellFormed(PortfolioReport.html(PortfolioFixtures.portfolio(false), PortfolioFixtures.withoutFund(), CTX));
    }

    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "wbr", "col");

    static void assertWellFormed(String page) {
        Matcher tags = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*?)(/?)>").matcher(page);
        Deque<String> open = new ArrayDeque<>();
        int end = 0;
        while (tags.find()) {
            String between = page.substring(end, tags.start());
            assertFalse(between.contains("<") && !between.contains("<!DOCTYPE"), "stray '<' before " + tags.group());
            end = tags.end();
            String name = tags.group(2).toLowerCase(java.util.Locale.ROOT);
            if (tags.group(1).isEmpty()) {
                if (tags.group(4).isEmpty() && !VOID.contains(name)) {
                    open.push(name);
                }
            } else {
                assertFalse(open.isEmpty(), "</" + name + "> closes nothing");
                assertEquals(open.pop(), name, "closing tag out of order at " + tags.start());
            }
        }
        assertTrue(open.isEmpty(), "left open: " + open);
    }

    @Test
    void answersWithTheFundsExhaustionAndTheLevyAt90() {
        // The fixture: 18 % (16-20 %) over a 3-year horizon, levy at 90 % 1.6 against 1 % now,
        // expected unfunded public cost 1.2e6.
        assertEquals("The fund runs dry within 3 years in 18 % of futures (95 % interval 16–20 %); a 1.6 % levy "
                + "keeps it solvent in 90 % (the levy now is 1 %). The expected unfunded public cost is AUD 1.2 "
                + "million.", PortfolioReport.answer(portfolio, results));
        assertTrue(section(html, PortfolioReport.ANSWER).contains("<p class=\"answer\">"
                + Html.escape(PortfolioReport.answer(portfolio, results)) + "</p>"));
    }

    @Test
    void answerSaysWhenThePresentLevySufficesAlready() {
        PortfolioResults r = PortfolioFixtures.withFund(results, fund(0.05, new RequiredContribution(0.4, 0.8, 1.2)));
        assertTrue(PortfolioReport.answer(portfolio, r).contains(
                "a 0.8 % levy keeps it solvent in 90 %, which the present 1 % levy does."), PortfolioReport.answer(portfolio, r));
    }

    @Test
    void answerSaysWhenNoLevySuffices() {
        PortfolioResults r = PortfolioFixtures.withFund(results,
                fund(0.5, new RequiredContribution(2.0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)));
        assertTrue(PortfolioReport.answer(portfolio, r).startsWith("The fund runs dry within 3 years in 50 % of "
                + "futures (95 % interval 16–20 %); no levy keeps it solvent in 90 %: a payout falls due before any "
                + "contribution can arrive."), PortfolioReport.answer(portfolio, r));
    }

    @Test
    void answerSaysWhenTheFundNeverRunsDry() {
        FundResult never = new FundResult(0, new Interval(0, 0.0038), new double[] {0, 0, 0}, new int[] {0, 1, 2},
                results.fund().balance(), new RequiredContribution(0, 0, 0));
        PortfolioResults r = PortfolioFixtures.withShortfalls(results, results.totalShortfall(),
                PortfolioFixtures.zero(), never);
        assertEquals("The fund never runs dry within 3 years in any of the 1,000 futures; it stays solvent in 90 % "
                + "of futures even with no levy.", PortfolioReport.answer(portfolio, r));
    }

    @Test
    void withoutAFundTheAnswerIsThePublicCost() {
        // Without a fund the unfunded cost is the total: mean 5e6, P90 9e6.
        assertEquals("Without a pooled fund every shortfall is a public cost: within 3 years it averages AUD 5.0 "
                + "million, and in one future in ten it exceeds AUD 9.0 million.",
                PortfolioReport.answer(PortfolioFixtures.portfolio(false), PortfolioFixtures.withoutFund()));
    }

    @Test
    void withoutAFundOrAShortfallNothingFallsOnThePublic() {
        PortfolioResults none = PortfolioFixtures.withShortfalls(PortfolioFixtures.withoutFund(),
                PortfolioFixtures.zero(), PortfolioFixtures.zero(), null);
        assertEquals("No site leaves a shortfall within 3 years in any of the 1,000 futures: the security held "
                + "covers every walk-away, and nothing falls on the public.",
                PortfolioReport.answer(PortfolioFixtures.portfolio(false), none));
    }

    @Test
    void withoutAFundTheFundChartsAndTermsAreLeftOut() {
        String page = PortfolioReport.html(PortfolioFixtures.portfolio(false), PortfolioFixtures.withoutFund(), CTX);
        assertFalse(page.contains("chart-" + PortfolioCharts.FUND_EXHAUSTION));
        assertFalse(page.contains("chart-" + PortfolioCharts.REQUIRED_CONTRIBUTION));
        assertEquals(PortfolioCharts.of(PortfolioFixtures.withoutFund()).size(), count(page, "<svg"));
        assertTrue(section(page, PortfolioReport.ASSUMPTIONS).contains("No pooled fund: every shortfall is a public "
                + "cost"));
        assertFalse(page.contains("NaN"));
        assertFalse(page.contains("Infinity"));
    }

    @Test
    void headlineTableShowsTheFigures() {
        String headline = section(html, PortfolioReport.HEADLINE);
        assertContainsAll(headline,
                "<td>1.25 on average; P90 3, P99 4</td>",
                "<td>AUD 5.0 M mean; P90 AUD 9.0 M, P95 AUD 9.5 M</td>",
                "<td>AUD 1.2 M mean; P90 AUD 4.0 M, P95 AUD 4.5 M</td>",
                "<td>41 %</td>",
                "<td>18 % (95 % interval 16–20 %)</td>",
                "<td>1.1 % / 1.6 % / none suffices</td>");
    }

    /**
     * Sixty sites, site i with tail contribution and expected shortfall (i + 1) × 1e4: the table
     * lists sites 59 down to 10, then the other ten (sites 0-9: 1e4 × (1 + ... + 10) = 5.5e5) and
     * all sixty (1e4 × 60 × 61 / 2 = 1.83e7).
     */
    @Test
    void sitesTableListsTheTopFiftyByTailContributionThenTheTotals() {
        PortfolioResults r = PortfolioFixtures.withSites(results, PortfolioFixtures.manySites(60));
        String sites = section(PortfolioReport.html(portfolio, r, CTX), PortfolioReport.SITES);
        assertEquals(50 + 2, count(sites, "<tr><th scope=\"row\">"));
        assertTrue(sites.contains("<tr><th scope=\"row\">1</th><td>Site 59</td>"), sites);
        assertTrue(sites.contains("<tr><th scope=\"row\">50</th><td>Site 10</td>"), sites);
        assertFalse(sites.contains("<td>Site 9</td>"));
        assertTrue(sites.contains("<td><strong>Other 10 sites</strong></td><td></td><td>—</td><td>AUD 550 k</td>"
                + "<td>AUD 550 k</td>"), sites);
        assertTrue(sites.contains("<td><strong>All 60 sites</strong></td><td></td><td>—</td><td>AUD 18.3 M</td>"
                + "<td>AUD 18.3 M</td><td>AUD 0</td><td>0</td>"), sites);
    }

    @Test
    void sitesTableGivesEachSitesFigures() {
        String sites = section(html, PortfolioReport.SITES);
        // Quarry B first (tail 1e6): probability 30 %, expected 3e5, contribution 1e5, fairness 1/3.
        assertTrue(sites.contains("<tr><th scope=\"row\">1</th><td>Quarry B</td><td>quarry</td><td>30 %</td>"
                + "<td>AUD 300 k</td><td>AUD 1.0 M</td><td>AUD 100 k</td><td>0.33</td></tr>"), sites);
        assertTrue(sites.contains("<td>Coal C</td><td>coal</td><td>0 %</td><td>AUD 0</td><td>AUD 0</td>"
                + "<td>AUD 50.0 k</td><td>undefined</td>"), sites);
    }

    @Test
    void statesTheAssumptionsInWords() {
        String a = section(html, PortfolioReport.ASSUMPTIONS);
        assertContainsAll(a,
                "4: 1 described by a full scenario, 3 by a register line",
                "quarry 2, coal 1",
                "AUD 3.5 M in all",
                "<td>Mining Rehabilitation Fund</td>",
                "<td>AUD 290 M</td>",
                "1 % of each operating site&#39;s estimate a year",
                "<strong>metal-prices</strong>",
                "persistence 0.7",
                "<strong>Surety Co A</strong>",
                "AUD 3.1 M of bonds across the register",
                "tied to metal-prices with weight 0.3",
                "<td>3 %</td>");
    }

    @Test
    void statesEveryFileReadWithItsHashAndWhatElseReproducesTheRun() {
        String section = section(html, PortfolioReport.REPRODUCIBILITY);
        assertContainsAll(section,
                "Portfolio file state.json SHA-256</th><td><code>" + PORTFOLIO_HASH + "</code>",
                "Register file register.csv SHA-256</th><td><code>" + REGISTER_HASH + "</code>",
                "Scenario file copper-d.json SHA-256</th><td><code>" + SCENARIO_HASH + "</code>",
                "<td>7</td>",
                "1,000 of 1,000 requested",
                "<td>monte-carlo</td>",
                "Closure Assurance 0.2.0-TEST",
                "Closure Assurance 0.2.0</td>",
                "<code>closure-assurance portfolio state.json --report out.html</code>",
                "2026-12-05 07:00 UTC",
                PortfolioResults.FORMAT);
    }

    @Test
    void escapesEverythingAUserWrote() {
        List<Site> sites = List.of(PortfolioFixtures.simple("<b>bold</b> & co", "<i>q</i>", 1e6));
        Portfolio hostile = PortfolioFixtures.portfolio("<script>alert(1)</script>", "A \"quoted\" <b>x</b>", true,
                sites);
        PortfolioResults r = PortfolioFixtures.withSites(results, List.of(
                new org.closureassurance.simulator.portfolio.SiteResult("<b>bold</b> & co", "<i>q</i>", 0.1, 1e5, 1e5,
                        0, 0)));
        String page = PortfolioReport.html(hostile, r, new PortfolioReportContext(List.of(), "run <x>", "0.2.0", "now"));
        assertFalse(page.contains("<script>"));
        assertFalse(page.contains("<b>bold</b>"));
        assertFalse(page.contains("<i>q</i>"));
        assertTrue(page.contains("<title>Closure assurance portfolio report: &lt;script&gt;alert(1)&lt;/script&gt;"
                + "</title>"));
        assertTrue(page.contains("A &quot;quoted&quot; &lt;b&gt;x&lt;/b&gt;"));
        assertTrue(page.contains("<td>&lt;b&gt;bold&lt;/b&gt; &amp; co</td>"));
        assertTrue(page.contains("<code>run &lt;x&gt;</code>"));
        assertTrue(page.contains("not recorded (portfolio not saved)"));
        assertWellFormed(page);
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        assertEquals(html, PortfolioReport.html(portfolio, results, CTX));
    }

    @Test
    void writesThePageAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.html");
        PortfolioReport.write(portfolio, results, CTX, file);
        assertEquals(html, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsAHashThatIsNotSha256() {
        assertThrows(IllegalArgumentException.class, () -> new SourceFile("portfolio", "p.json", "abc"));
    }

    private FundResult fund(double exhaustion, RequiredContribution rc) {
        FundResult f = results.fund();
        return new FundResult(exhaustion, f.exhaustionProbabilityCI95(), f.exhaustionByYear(), f.years(), f.balance(),
                rc);
    }
}
