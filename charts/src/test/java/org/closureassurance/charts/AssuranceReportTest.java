package org.closureassurance.charts;

import static org.closureassurance.charts.ReportPages.count;
import static org.closureassurance.charts.ReportPages.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;
import org.junit.jupiter.api.Test;

class AssuranceReportTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ReportContext CTX = new ReportContext(HASH, "0.1.0", "2026-11-23 10:00 UTC");

    private final SimulationResults results = Fixtures.copperMineResults();
    private final String html = AssuranceReport.html(Fixtures.copperMine(), results, CTX);

    @Test
    void hasEverySectionById() {
        for (String id : AssuranceReport.SECTIONS) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        for (String id : List.of("assumptions-general", "assumptions-cost-items", "assumptions-indirect-costs",
                "assumptions-water", "assumptions-rehabilitation", "assumptions-risk-events",
                "assumptions-correlations", "assumptions-assurance")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void embedsEveryChartAsOneInlineSvg() {
        ChartSet set = ChartSet.of(results);
        assertEquals(set.size(), count(html, "<svg"));
        for (String name : set.names()) {
            assertTrue(html.contains("<figure id=\"chart-" + name + "\">\n<svg id='svg-" + name + "'"), name);
        }
    }

    @Test
    void loadsNothingFromOutside() {
        Matcher urls = Pattern.compile("https?://[^\\s'\"<>]*").matcher(html);
        int found = 0;
        while (urls.find()) {
            found++;
            assertEquals("http://www.w3.org/2000/svg", urls.group(), "only the SVG namespace may name a URL");
            assertTrue(html.startsWith("xmlns='", urls.start() - 7), "the URL is a namespace declaration");
        }
        assertEquals(ChartSet.of(results).size(), found);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("@import"));
    }

    @Test
    void escapesEverythingAUserWrote() {
        String page = AssuranceReport.html(Fixtures.hostileCopperMine(), Fixtures.hostileResults(), CTX);
        assertFalse(page.contains("<script>"), "no user text reaches the page as markup");
        assertFalse(page.contains("<b>bold</b>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<title>Closure assurance report: &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assertTrue(page.contains("A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; description"));
        assertTrue(section(page, AssuranceReport.WATER)
                .contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"));
    }

    @Test
    void answersTheQuestionInOneSentence() {
        ResultsEdit e = new ResultsEdit(results);
        e.forfeitureProbability = 1.0;
        e.coverageProbability = 0.62;
        e.coverageProbabilityCI95 = new Interval(0.61, 0.63);
        e.requiredAdditionalAssurance = new RequiredAssurance(0, 1.2e7, 2.01e7, 2.6e7, 4.0e7);
        assertEquals("With the assurance held, the probability that it covers the walk-away liability is 62 % "
                + "(95 % interval 61–63 %); covering 90 % of outcomes needs USD 20.1 million more.",
                AssuranceReport.answer(e.build(), "USD"));
    }

    @Test
    void answerSaysHowLikelyForfeitureIsWhenItIsNotCertain() {
        ResultsEdit e = new ResultsEdit(results);
        e.forfeitureProbability = 0.71;
        e.coverageProbability = 0.95;
        e.coverageProbabilityCI95 = new Interval(0.945, 0.955);
        e.requiredAdditionalAssurance = new RequiredAssurance(0, 0, 0, 0, 1.0e6);
        assertEquals("If the operator walks away (as in 71 % of iterations), the probability that the assurance "
                + "held covers the walk-away liability is 95 % (95 % interval 95–96 %); it already covers at least "
                + "90 % of outcomes.", AssuranceReport.answer(e.build(), "USD"));
    }

    @Test
    void answerUsesTheRunsFigures() {
        String answer = AssuranceReport.answer(results, "USD");
        assertTrue(html.contains("<p class=\"answer\">" + answer + "</p>"));
        assertTrue(answer.contains(NumberText.percent(results.coverageProbability())));
        assertTrue(answer.endsWith(new MoneyFormat("USD", MoneyFormat.Style.WORDS)
                .format(results.requiredAdditionalAssurance().p90()) + " more."));
    }

    @Test
    void headlineTableShowsTheFigures() {
        MoneyFormat usd = new MoneyFormat("USD");
        RequiredAssurance required = results.requiredAdditionalAssurance();
        for (double figure : new double[] {results.expectedPublicCost(), results.liability().p50(),
            results.liability().p90(), results.liability().p95(), required.p50(), required.p80(), required.p90(),
            required.p95(), required.p99(), results.costPV().mean()}) {
            assertTrue(html.contains("<td>" + usd.format(figure) + "</td>"), usd.format(figure));
        }
        assertTrue(html.contains(NumberText.percent(results.coverageProbability()) + " (95 % interval "
                + NumberText.percentRange(results.coverageProbabilityCI95().lower(),
                results.coverageProbabilityCI95().upper()) + ")"));
        assertTrue(html.contains("never in " + NumberText.percent(results.relinquishmentNeverProbability())));
    }

    /**
     * Precision beside the figures a reader judges: the standard error of the expected public
     * cost (sd / sqrt(n), as the results carry it), the binomial SE of the forfeiture probability
     * sqrt(p (1 - p) / n), and the 95 % interval of the liability's P90 from its percentile table.
     */
    @Test
    void headlineTableGivesThePrecisionOfTheFigures() {
        MoneyFormat usd = new MoneyFormat("USD");
        String headline = section(html, AssuranceReport.HEADLINE);
        assertTrue(headline.contains("<th scope=\"col\">Precision</th>"), headline);
        assertTrue(headline.contains("<td>SE " + usd.format(results.publicCost().standardError()) + "</td>"));
        double p = results.forfeitureProbability();
        assertTrue(headline.contains("<td>SE " + NumberText.percent(Math.sqrt(p * (1 - p) / results.iterations()))
                + "</td>"));
        Interval p90 = PercentileInterval.of(results.distributions().liability(), 0.9, results.liability().count());
        assertTrue(p90.lower() < results.liability().p90() && results.liability().p90() < p90.upper());
        assertTrue(headline.contains("<td>" + usd.format(p90.lower()) + " to " + usd.format(p90.upper()) + "</td>"));
    }

    /** 1.96 / sqrt(n - 1) over the forfeiting iterations separates a direction from none. */
    @Test
    void sensitivityTableGivesNoDirectionWhereTheRunCannotTellOne() {
        long n = results.liability().count();
        double threshold = 1.959964 / Math.sqrt(n - 1);
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity("economics/discountRate", -2 * threshold),
                new Sensitivity("closureYear", 0.5 * threshold));
        String section = section(AssuranceReport.html(Fixtures.copperMine(), e.build(), CTX),
                AssuranceReport.SENSITIVITY);
        assertTrue(section.contains("<td>higher input, lower liability</td>"), section);
        assertTrue(section.contains("<td>" + AssuranceReport.NOT_DISTINGUISHABLE + "</td>"), section);
        assertFalse(section.contains("higher input, higher liability"), section);
        assertTrue(section.contains(String.format(java.util.Locale.ROOT, "%.3f", threshold)), section);
    }

    @Test
    void statesTheAssumptionsInWords() {
        assertTrue(html.contains("quantity triangular from 1.8 M to 2.6 M m3, most likely 2.0 M; unit cost PERT "
                + "from USD 2.1 to USD 4 per m3, most likely USD 2.6"));
        assertTrue(html.contains("uniform from 1 % to 5 %"));
        assertTrue(html.contains("perpetual: treatment never ends"));
        assertTrue(html.contains("<code>costItems/Plant demolition/amount</code>"));
        assertTrue(html.contains("a schedule: USD 15.0 M from year 0; USD 30.0 M from year 10"));
        assertTrue(html.contains("worth nothing at forfeiture"));
    }

    @Test
    void ranksEveryInputInTheSensitivityTable() {
        String section = section(html, AssuranceReport.SENSITIVITY);
        assertEquals(results.sensitivity().size(), count(section, "<code>"));
        assertTrue(section.contains("<td>Discount rate</td>"));
    }

    @Test
    void tablesWaterStreamsAndDomains() {
        assertTrue(section(html, AssuranceReport.WATER).contains("<th scope=\"row\">Pit lake ARD</th>"));
        assertTrue(section(html, AssuranceReport.WATER).contains("no finite runs"));
        assertTrue(section(html, AssuranceReport.REHABILITATION)
                .contains("<th scope=\"row\">Waste dump cover and revegetation</th>"));
    }

    @Test
    void statesWhatIsNeededToReproduceTheRun() {
        String section = section(html, AssuranceReport.REPRODUCIBILITY);
        assertTrue(section.contains("<td>42</td>"));
        assertTrue(section.contains("4,000 of 4,000 requested"));
        assertTrue(section.contains("<td>monte-carlo</td>"));
        assertTrue(section.contains(results.run().generator()));
        assertTrue(section.contains("<code>" + HASH + "</code>"));
        assertTrue(section.contains("Closure Assurance 0.1.0"));
        assertTrue(section.contains("2026-11-23 10:00 UTC"));
    }

    @Test
    void withoutForfeitureSaysSoInWords() {
        SimulationResults none = Fixtures.noForfeitureResults();
        String page = AssuranceReport.html(Fixtures.copperMine(), none, new ReportContext(null, "0.1.0", "now"));
        assertTrue(section(page, AssuranceReport.ANSWER).contains("No iteration forfeited: in none of the 4,000"));
        assertTrue(section(page, AssuranceReport.HEADLINE).contains("undefined (no iteration forfeited)"));
        assertTrue(section(page, AssuranceReport.SENSITIVITY).contains("No iteration forfeited"));
        assertTrue(page.contains("not recorded (scenario not saved)"));
        assertEquals(ChartSet.of(none).size(), count(page, "<svg"));
        assertFalse(page.contains("NaN"));
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        assertEquals(html, AssuranceReport.html(Fixtures.copperMine(), results, CTX));
    }

    @Test
    void rejectsAHashThatIsNotSha256() {
        assertThrows(IllegalArgumentException.class, () -> new ReportContext("abc", "0.1.0", "now"));
    }

    @Test
    void aSweepAddsItsSectionBeforeReproducibilityAndLeavesTheRestAsItWas() {
        // hand-made figures: the section must print them, one row per value in the given order
        Sweep sweep = new Sweep("assurance/Surety bond/amount", List.of(
                new SweepPoint(40e6, 1.0, 0.25, new Interval(0.2375, 0.2628), 9.5e6, 2e5,
                        new RequiredAssurance(0, 5e6, 21e6, 30e6, 45e6)),
                new SweepPoint(60e6, 1.0, 0.875, new Interval(0.8645, 0.8847), 1.25e6, 5e4,
                        new RequiredAssurance(0, 0, 1e6, 10e6, 25e6))));
        String page = AssuranceReport.html(Fixtures.copperMine(), results, null, CTX, sweep);

        String part = section(page, AssuranceReport.SWEEP);
        // percentages as the report writes them everywhere: whole per cent, the interval as a range
        assertTrue(part.contains("<h2>Sweep of assurance/Surety bond/amount</h2>"));
        assertTrue(part.contains("<tr><th scope=\"row\">40,000,000</th><td>25 %</td><td>24–26 %</td>"
                + "<td>USD 21.0 M</td><td>USD 9.5 M</td><td>100 %</td></tr>"));
        assertTrue(part.contains("<tr><th scope=\"row\">60,000,000</th><td>88 %</td><td>86–88 %</td>"
                + "<td>USD 1.0 M</td><td>USD 1.25 M</td><td>100 %</td></tr>"));
        for (String chart : List.of(SweepCharts.COVERAGE, SweepCharts.REQUIRED_P90, SweepCharts.PUBLIC_COST)) {
            assertTrue(page.contains("<figure id=\"chart-" + chart + "\">\n<svg id='svg-" + chart + "'"), chart);
        }
        assertTrue(page.indexOf("<section id=\"" + AssuranceReport.SWEEP + "\">")
                < page.indexOf("<section id=\"" + AssuranceReport.REPRODUCIBILITY + "\">"));
        // the page without the sweep's section is the page without a sweep, byte for byte
        int start = page.indexOf("<section id=\"" + AssuranceReport.SWEEP + "\">");
        int end = page.indexOf("</section>\n", start) + "</section>\n".length();
        assertEquals(html, page.substring(0, start) + page.substring(end));
        assertFalse(html.contains("id=\"" + AssuranceReport.SWEEP + "\""));
    }
}
