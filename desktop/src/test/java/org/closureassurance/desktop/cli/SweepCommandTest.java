package org.closureassurance.desktop.cli;

import static org.closureassurance.desktop.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.desktop.SweepScenario;
import org.closureassurance.desktop.cli.CommandLineTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep and breakeven commands: their files, their closed-form answers and their refusals. */
class SweepCommandTest {
    private static final int N = 4000;

    /**
     * One log-normal lump (mean 1 000, sd 400) at closure in year 0, forfeited then, against a cash
     * bond; and a perpetual treatment stream of 120 a year from closure, valued a(1+r)/r.
     */
    private static Path scenario(Path dir) throws IOException {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, SweepScenario.json(N));
        return file;
    }

    @Test
    void sweepWritesTheHeadlineFiguresUnderTheResultsNamesAndMatchesTheClosedForm(@TempDir Path dir)
            throws IOException {
        // L = lump + 120(1+r)/r at r = 5 %: lump + 2 520. Coverage at bond B is P(lump <= B - 2 520)
        // = Phi((ln(B - 2520) - mu)/sigma), mu and sigma of the log-normal of mean 1 000, sd 400
        // (sigma^2 = ln(1 + 0.16), mu = ln 1000 - sigma^2/2). Tolerance: 4 binomial standard errors.
        Path json = dir.resolve("sweep-out.json");
        Outcome o = execute("sweep", scenario(dir).toString(), "--input", "assurance/Bond/amount",
                "--values", "3200,3500,4000", "--json", json.toString(), "--charts", dir.resolve("charts").toString(),
                "--report", dir.resolve("sweep.html").toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        String text = Files.readString(json);
        assertTrue(text.contains("\"input\": \"assurance/Bond/amount\""), text);
        assertTrue(text.contains("\"requiredAdditionalAssurance\""), text);
        assertTrue(text.contains("\"coverageProbabilityCI95\""), text);
        assertTrue(text.contains("\"expectedPublicCost\""), text);
        double sigma = Math.sqrt(Math.log1p(0.16));
        double mu = Math.log(1000) - sigma * sigma / 2;
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        Matcher m = Pattern.compile("\"value\": (\\d+),\\s+\"forfeitureProbability\": [\\d.]+,\\s+"
                + "\"coverageProbability\": ([\\d.E-]+)").matcher(text);
        int found = 0;
        while (m.find()) {
            double b = Double.parseDouble(m.group(1));
            double expected = phi.cumulativeProbability((Math.log(b - 2520) - mu) / sigma);
            assertEquals(expected, Double.parseDouble(m.group(2)), 4 * Math.sqrt(expected * (1 - expected) / N),
                    "coverage at " + b);
            found++;
        }
        assertEquals(3, found, text);
        assertTrue(Files.exists(dir.resolve("charts").resolve("sweep-coverage.png")));
        assertTrue(Files.exists(dir.resolve("charts").resolve("sweep-expected-public-cost.svg")));
        assertTrue(Files.readString(dir.resolve("sweep.html")).contains("id=\"sweep\""));
    }

    @Test
    void aGridSweepsEveryPairAndDrawsAHeatMap(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("grid.json");
        Outcome o = execute("sweep", scenario(dir).toString(), "--input", "economics/discountRate",
                "--values", "0.04,0.06", "--input2", "assurance/Bond/amount", "--from2", "3000", "--to2", "4000",
                "--steps2", "3", "--json", json.toString(), "--charts", dir.resolve("c").toString(), "--quiet",
                "--iterations", "500");
        assertEquals(0, o.code(), o.err());
        String text = Files.readString(json);
        assertEquals(6, Pattern.compile("\"value2\"").matcher(text).results().count(), text);
        assertTrue(text.contains("\"input2\": \"assurance/Bond/amount\""), text);
        assertTrue(Files.exists(dir.resolve("c").resolve("sweep-coverage-grid.png")));
    }

    @Test
    void breakevenFindsTheDiscountRateOfTheClosedForm(@TempDir Path dir) throws IOException {
        // With the lump's median exp(mu) = 928.5 against B = 5 000, coverage 0.5 is reached where
        // 120(1+r)/r = 5000 - 928.5, r* = 120 / (4071.5 - 120) = 0.03037. The statement's interval
        // must hold it.
        Outcome o = execute("breakeven", scenario(dir).toString(), "--input", "economics/discountRate",
                "--target", "coverage=0.5", "--from", "0.01", "--to", "0.1", "--quiet");
        assertEquals(0, o.code(), o.err());
        Matcher m = Pattern.compile("interval ([\\d.]+) to ([\\d.]+)").matcher(o.out());
        assertTrue(m.find(), o.out());
        double sigma = Math.sqrt(Math.log1p(0.16));
        double median = Math.exp(Math.log(1000) - sigma * sigma / 2);
        double expected = 120 / (5000 - median - 120);
        assertTrue(Double.parseDouble(m.group(1)) <= expected && expected <= Double.parseDouble(m.group(2)),
                expected + " outside: " + o.out());
    }

    @Test
    void breakevenSaysPlainlyWhenTheTargetIsNeverReached(@TempDir Path dir) throws IOException {
        Outcome o = execute("breakeven", scenario(dir).toString(), "--input", "assurance/Bond/amount",
                "--target", "requiredAdditional.p90=0", "--from", "100", "--to", "2000", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("is never reached for assurance/Bond/amount from 100 to 2000"), o.out());
    }

    @Test
    void refusesBadInputsNamingThePathOrOption(@TempDir Path dir) throws IOException {
        String file = scenario(dir).toString();
        assertRefused(execute("sweep", file, "--input", "assurance/Nobond/amount", "--values", "1"),
                "--input assurance/Nobond/amount: the scenario has no such input");
        assertRefused(execute("sweep", file, "--input", "economics/discountRate", "--values", "-1"),
                "--values -1 is not a valid value of economics/discountRate: economics.discountRate: must be > -1");
        // perpetual treatment needs r > 0
        assertRefused(execute("sweep", file, "--input", "economics/discountRate", "--values", "0.02,0"),
                "--values 0 is not a valid value of economics/discountRate");
        assertRefused(execute("sweep", file, "--input", "assurance/Bond/amount", "--values", "-5"),
                "--values -5 is not a valid value of assurance/Bond/amount: assurance[0].amount");
        assertRefused(execute("sweep", file, "--input", "assurance/Bond/amount", "--from", "5", "--to", "5"),
                "the range is empty: --from 5 must be below --to 5");
        assertRefused(execute("sweep", file, "--input", "assurance/Bond/amount"), "give --values a,b,c or --from");
        assertRefused(execute("breakeven", file, "--input", "assurance/Bond/amount", "--target", "fund.exhaustion=0.1",
                "--from", "1", "--to", "2"), "unknown target figure 'fund.exhaustion'");
        assertRefused(execute("breakeven", file, "--input", "assurance/Bond/amount", "--target", "coverage=0.9",
                "--from", "2", "--to", "1"), "the range is empty: --from 2 must be below --to 1");
    }

    @Test
    void refusesANegativeAreaNamingTheField() {
        assertRefused(execute("sweep", "regulator-base-case", "--input",
                "rehabilitation/Roads, pads and plant site/area", "--values", "-5"),
                "rehabilitation[2].area.value: must be >= 0");
    }

    @Test
    void runAddsASweepSectionToItsReportWithTheSweepCommandsFigures(@TempDir Path dir) throws IOException {
        // the run's sweep is the sweep command's sweep (same seed, same common random numbers), so the
        // report's rows must carry the coverage the sweep command writes for the same values
        Path file = scenario(dir);
        Path report = dir.resolve("report.html");
        Outcome o = execute("run", file.toString(), "--report", report.toString(), "--sweep-input",
                "assurance/Bond/amount", "--from", "3200", "--to", "4000", "--steps", "3", "--quiet");
        assertEquals(0, o.code(), o.err());
        Path json = dir.resolve("s.json");
        assertEquals(0, execute("sweep", file.toString(), "--input", "assurance/Bond/amount", "--values",
                "3200,3600,4000", "--json", json.toString(), "--quiet").code());
        String page = Files.readString(report);
        int start = page.indexOf("<section id=\"sweep\">");
        assertTrue(start > 0 && start < page.indexOf("<section id=\"reproducibility\">"));
        String section = page.substring(start, page.indexOf("</section>", start));
        Matcher m = Pattern.compile("\"coverageProbability\": ([\\d.E-]+)").matcher(Files.readString(json));
        for (String value : new String[] {"3,200", "3,600", "4,000"}) {
            assertTrue(m.find());
            long percent = Math.round(100 * Double.parseDouble(m.group(1)));
            assertTrue(section.contains("<th scope=\"row\">" + value + "</th><td>" + percent + " %</td>"),
                    value + " at " + percent + " %");
        }
        assertTrue(section.contains("<figure id=\"chart-sweep-coverage\">"));

        Path plain = dir.resolve("plain.html");
        assertEquals(0, execute("run", file.toString(), "--report", plain.toString(), "--quiet").code());
        assertFalse(Files.readString(plain).contains("<section id=\"sweep\">"));
    }

    @Test
    void runRefusesASweepItCannotPutInAReport(@TempDir Path dir) throws IOException {
        String file = scenario(dir).toString();
        String report = dir.resolve("r.html").toString();
        assertRefused(execute("run", file, "--sweep-input", "assurance/Bond/amount", "--values", "1"),
                "--sweep-input adds a section to the report: give --report FILE.html too");
        assertRefused(execute("run", file, "--report", report, "--values", "1"),
                "--values/--from/--to/--steps need --sweep-input");
        assertRefused(execute("run", file, "--report", report, "--sweep-input", "assurance/Nobond/amount",
                "--values", "1"), "--sweep-input assurance/Nobond/amount: the scenario has no such input");
        assertRefused(execute("run", file, "--report", report, "--sweep-input", "assurance/Bond/amount",
                "--values", "-5"), "--values -5 is not a valid value of assurance/Bond/amount: assurance[0].amount");
        assertRefused(execute("run", file, "--report", report, "--sweep-input", "assurance/Bond/amount",
                "--from", "5", "--to", "5"), "the range is empty: --from 5 must be below --to 5");
        assertFalse(Files.exists(Path.of(report)));
    }

    private static void assertRefused(Outcome o, String message) {
        assertEquals(2, o.code(), o.out() + o.err());
        assertTrue(o.err().contains("error: " + message) || o.err().contains(message), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }
}
