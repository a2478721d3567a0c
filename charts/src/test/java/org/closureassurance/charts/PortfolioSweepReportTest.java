package org.closureassurance.charts;

import static org.closureassurance.charts.ReportPages.assertContainsAll;
import static org.closureassurance.charts.ReportPages.count;
import static org.closureassurance.charts.ReportPages.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;
import org.junit.jupiter.api.Test;

/** The portfolio sweep's page: its answer in words, its charts, its table and the files it read. */
class PortfolioSweepReportTest {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final PortfolioReportContext CTX = new PortfolioReportContext(
            List.of(new SourceFile("portfolio", "state.json", HASH.toUpperCase(java.util.Locale.ROOT))),
            "closure-assurance sweep state.json --input fund/contributionPercent --values 0,2,4 --report s.html",
            "0.2.0", "2026-12-05T07:00:00Z");

    private static PortfolioSweepPoint point(double value, double exhaustion, double unfunded) {
        return new PortfolioSweepPoint(value, exhaustion, new Interval(exhaustion - 0.03, exhaustion + 0.03), 1.5,
                unfunded, 1e4, 5e6, 2.0);
    }

    private static final PortfolioSweep SWEEP = new PortfolioSweep("fund/contributionPercent",
            List.of(point(0, 0.62, 3.1e6), point(2, 0.2, 1.2e6), point(4, 0.08, 4e5)));

    private final Portfolio portfolio = PortfolioFixtures.portfolio(true);
    private final List<NamedChart> charts = PortfolioSweepCharts.of(SWEEP, "AUD");
    private final String html = PortfolioSweepReport.html(portfolio, SWEEP, "the <table>\n", charts, CTX);

    @Test
    void answersWithTheEndsAndTheLowestValueThatKeepsTheFundSolventInNineFuturesOfTen() {
        // the fixture's horizon is 3 years; 0.62 and 0.08 print as 62 % and 8 %; 3.1e6 and 4e5 in
        // words are "3.1 million" and "400 thousand"; of the values 0, 2 and 4 only 4 has an
        // exhaustion probability (0.08) at or below 0.1
        assertEquals("Across fund/contributionPercent from 0 to 4, the fund runs dry within 3 years in 62 % of "
                + "futures at 0 and 8 % at 4, and the expected unfunded public cost goes from AUD 3.1 million to "
                + "AUD 400 thousand. The lowest value swept at which the fund runs dry in at most 10 % of futures "
                + "is 4.", PortfolioSweepReport.answer(portfolio, SWEEP));
        assertTrue(section(html, PortfolioSweepReport.ANSWER).contains(PortfolioSweepReport.answer(portfolio, SWEEP)));
    }

    @Test
    void saysWhenNoValueKeepsTheFundSolventAndWhenThereIsNoFund() {
        PortfolioSweep high = new PortfolioSweep("fund/annualFeeRate", List.of(point(0, 0.3, 1e6), point(0.02, 0.5,
                2e6)));
        assertTrue(PortfolioSweepReport.answer(portfolio, high).endsWith(" No value swept keeps the fund from "
                + "running dry in more than 10 % of futures."));
        PortfolioSweepPoint noFund = new PortfolioSweepPoint(0.03, Double.NaN, Interval.UNDEFINED, Double.NaN, 2e6, 1e4,
                2e6, 1.0);
        assertEquals("Across economics/discountRate from 0.03 to 0.03, with no pooled fund, the expected unfunded "
                + "public cost goes from AUD 2.0 million to AUD 2.0 million.", PortfolioSweepReport.answer(
                PortfolioFixtures.portfolio(false), new PortfolioSweep("economics/discountRate", List.of(noFund))));
    }

    @Test
    void hasEverySectionTheChartsInlineTheTableEscapedAndTheFilesWithTheirHashes() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String id : PortfolioSweepReport.SECTIONS) {
            assertEquals(1, count(html, "<section id=\"" + id + "\">"), id);
        }
        assertEquals(2, charts.size());
        assertEquals(charts.size(), count(html, "<svg"));
        for (NamedChart c : charts) {
            assertTrue(section(html, PortfolioSweepReport.CHARTS).contains("<figure id=\"chart-" + c.name() + "\">"),
                    c.name());
        }
        assertTrue(section(html, PortfolioSweepReport.TABLE).contains("<pre>the &lt;table&gt;\n</pre>"));
        assertContainsAll(section(html, PortfolioSweepReport.REPRODUCIBILITY), "Portfolio file state.json SHA-256",
                "<code>" + HASH + "</code>", "<th scope=\"row\">Seed</th><td>7</td>", "1,000", "0.2.0", "--values 0,2,4",
                "2026-12-05T07:00:00Z");
        assertEquals(0, count(html, "<script"));
    }
}
