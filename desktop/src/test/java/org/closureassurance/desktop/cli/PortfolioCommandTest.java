package org.closureassurance.desktop.cli;

import static org.closureassurance.desktop.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.closureassurance.charts.PortfolioCharts;
import org.closureassurance.desktop.cli.CommandLineTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code portfolio FILE} and {@code run FILE} with a portfolio: the summary, the results file,
 * reproducibility across thread counts, and a clear refusal, with nothing run, of every kind of
 * bad input the format names.
 */
class PortfolioCommandTest {
    private static final String HEADER = "name,category,estimate,multiplierP10,multiplierP90,closureYear,"
            + "closureDurationYears,hazardBeforeClosure,hazardAfterClosure,factor,factorWeight,assurance,"
            + "assuranceType,provider\n";

    @TempDir
    Path dir;

    /** A small register: two JSON-free sites in a CSV, one driven by the factor, one with a provider's bond. */
    private Path portfolio(String sites, String register) throws IOException {
        Files.writeString(dir.resolve("register.csv"), HEADER + register);
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, """
                {"format": "closure-assurance-portfolio/1", "name": "Two pits", "currency": "AUD",
                 "simulation": {"iterations": 400, "seed": 3, "horizonYears": 20},
                 "economics": {"discountRate": 0.03},
                 "economy": {"factors": [{"name": "metal-prices", "persistence": 0.7}]},
                 "providers": [{"name": "Surety Co A", "annualDefaultProbability": 0.01, "recoveryRate": 0.3}],
                 "sites": [%s],
                 "register": {"file": "register.csv"},
                 "fund": {"name": "Fund", "initialBalance": 1e5, "contributionPercent": 1.0}}
                """.formatted(sites));
        return file;
    }

    private static final String PITS = "Pit 1,coal,1000000,0.8,1.5,5,2,0.05,0.05,metal-prices,0.3,,,\n"
            + "Pit 2,,500000,,,8,,0.02,0.04,,,200000,surety,Surety Co A\n";

    @Test
    void printsTheSummaryOfAPortfolio() throws IOException {
        Outcome o = execute("portfolio", portfolio("", PITS).toString(), "--quiet", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Two pits\n400 iterations, seed 3"), o.out());
        assertTrue(o.out().contains("Sites                                  2\n"), o.out());
        assertTrue(o.out().contains("Fund exhaustion probability"), o.out());
        assertEquals("", o.err());
    }

    @Test
    void resultsJsonIsTheSameOnOneAndThreeThreadsAndThroughRun() throws IOException {
        String file = portfolio("", PITS).toString();
        Path one = dir.resolve("one.json");
        Path three = dir.resolve("three.json");
        Path viaRun = dir.resolve("run.json");
        assertEquals(0, execute("portfolio", file, "--quiet", "--threads", "1", "--json", one.toString()).code());
        assertEquals(0, execute("portfolio", file, "--quiet", "--threads", "3", "--json", three.toString()).code());
        Outcome run = execute("run", file, "--quiet", "--threads", "2", "--json", viaRun.toString(), "--iterations",
                "400");
        assertEquals(0, run.code(), run.err());
        String json = Files.readString(one);
        assertTrue(json.startsWith("{\n  \"format\": \"closure-assurance-portfolio-results/1\",\n"
                + "  \"portfolio\": \"Two pits\",\n  \"currency\": \"AUD\",\n  \"iterations\": 400,\n"), json);
        assertEquals(json, Files.readString(three));
        assertEquals(json, Files.readString(viaRun));
    }

    @Test
    void chartsAreWrittenAsPngAndSvgForEveryPortfolioChart() throws IOException {
        Path charts = dir.resolve("charts");
        Outcome o = execute("portfolio", portfolio("", PITS).toString(), "--quiet", "--charts", charts.toString(),
                "--chart-size", "400x300");
        assertEquals(0, o.code(), o.err());
        for (String name : List.of(PortfolioCharts.FUND_EXHAUSTION, PortfolioCharts.TOP_SITES,
                PortfolioCharts.REQUIRED_CONTRIBUTION)) {
            assertTrue(Files.size(charts.resolve(name + ".png")) > 0, name);
            assertTrue(Files.readString(charts.resolve(name + ".svg")).contains("<svg"), name);
        }
    }

    /** The report names every file read with its hash and the command, and is one self-contained page. */
    @Test
    void theReportStatesItsInputsAndIsSelfContained() throws IOException {
        Path report = dir.resolve("report.html");
        Outcome o = execute("run", portfolio("", PITS).toString(), "--quiet", "--report", report.toString());
        assertEquals(0, o.code(), o.err());
        String html = Files.readString(report);
        assertTrue(html.contains("register.csv"), "the register is listed");
        assertTrue(html.contains("closure-assurance run " + dir.resolve("portfolio.json")), "the command");
        assertTrue(html.contains("<svg"), "charts inline");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.replace("xmlns='http://www.w3.org/2000/svg'", "").matches("(?s).*https?://.*"),
                "loads nothing (an SVG's namespace is a name, not a download)");
    }

    @Test
    void overridesAndOutFolderApplyAsForAScenario() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = execute("portfolio", portfolio("", PITS).toString(), "--quiet", "--iterations", "50", "--seed",
                "9", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"iterations\": 50,\n  \"seed\": 9,"));
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("50 iterations, seed 9"));
    }

    /**
     * Each bad input the format names is refused with its file and place, exit 2, no stack
     * trace, and nothing run: the results file is not written.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"Mine A\", \"scenario\": \"nowhere.json\"}|" + "|portfolio.json: sites[0].scenario: no such file",
        "{\"name\": \"Pit 1\", \"estimate\": 1, \"closureYear\": 3, \"forfeiture\": {\"mode\": \"at-closure\"}}|"
                + "|register.csv: line 2, column 1 (name): duplicate site name \"Pit 1\"",
        "|Pit 3,,-5,,,5,,,,,,,,|register.csv: line 4, column 3 (estimate): must be >= 0",
        "|Pit 3,,5,,,5,,0.1,0.1,coal-prices,0.2,,,|register.csv: line 4, column 10 (factor): unknown factor",
        "{\"name\": \"Q\", \"estimate\": 1, \"closureYear\": 3, \"forfeiture\": {\"mode\": \"annual-hazard\", "
                + "\"beforeClosure\": 0.1, \"afterClosure\": 0.1, \"driver\": {\"factor\": \"coal\", \"weight\": 0.1}}}|"
                + "|portfolio.json: sites[0].forfeiture.driver.factor: \"coal\" names no economic factor",
        "{\"name\": \"Mine A\", \"scenario\": \"usd.json\"}||portfolio.json: sites[0].scenario: the scenario usd.json is in USD",
    })
    void badInputIsRefusedWithItsPlaceAndNothingRuns(String sites, String extraLine, String expected)
            throws IOException {
        Files.writeString(dir.resolve("usd.json"), """
                {"format": "closure-assurance/1", "name": "Copper A", "currency": "USD",
                 "simulation": {"horizonYears": 30}, "economics": {"discountRate": 0.03},
                 "closureYear": 10, "forfeiture": {"mode": "at-closure"},
                 "costItems": [{"name": "Cap", "amount": 1e6}]}
                """);
        Path file = portfolio(sites == null ? "" : sites, PITS + (extraLine == null ? "" : extraLine + "\n"));
        Path json = dir.resolve("results.json");
        Outcome o = execute("portfolio", file.toString(), "--quiet", "--json", json.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(expected), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        assertFalse(Files.exists(json), "nothing was run");
    }

    @Test
    void runRefusesASweepOfAPortfolio() throws IOException {
        Outcome o = execute("run", portfolio("", PITS).toString(), "--quiet", "--report",
                dir.resolve("r.html").toString(), "--sweep-input", "closureYear", "--values", "3,4");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("is a portfolio"), o.err());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void aScenarioFileIsNotAPortfolio() throws IOException {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, "{\"format\": \"closure-assurance/1\", \"name\": \"x\"}");
        Outcome o = execute("portfolio", scenario.toString(), "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("format: must be \"closure-assurance-portfolio/1\""), o.err());
        Outcome none = execute("portfolio", "no-such-register", "--quiet");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no bundled portfolio of that name (bundled: illustrative-register)"),
                none.err());
    }
}
