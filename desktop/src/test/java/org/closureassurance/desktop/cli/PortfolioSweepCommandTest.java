package org.closureassurance.desktop.cli;

import static org.closureassurance.desktop.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closureassurance.charts.PortfolioSweepCharts;
import org.closureassurance.desktop.cli.CommandLineTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sweep} and {@code breakeven} on a portfolio: a closed-form sweep and break-even of the
 * fund's opening balance, common random numbers across values, and clear refusals of bad input
 * with nothing run.
 */
class PortfolioSweepCommandTest {
    private static final String HEADER = "name,category,estimate,multiplierP10,multiplierP90,closureYear,"
            + "closureDurationYears,hazardBeforeClosure,hazardAfterClosure,factor,factorWeight,assurance,"
            + "assuranceType,provider\n";
    /** S: the one pit's estimate, its whole shortfall (no security, multiplier 1). */
    private static final double S = 1_000_000;

    @TempDir
    Path dir;

    private Path portfolio(String register, String fund, String discountRate) throws IOException {
        Files.writeString(dir.resolve("register.csv"), HEADER + register);
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, """
                {"format": "closure-assurance-portfolio/1", "name": "Pits", "currency": "AUD",
                 "simulation": {"iterations": 200, "seed": 11, "horizonYears": 15},
                 "economics": {"discountRate": %s},
                 "economy": {"factors": [{"name": "metal-prices", "persistence": 0.7}]},
                 "sites": [],
                 "register": {"file": "register.csv"},
                 "fund": %s}
                """.formatted(discountRate, fund));
        return file;
    }

    /**
     * One pit with hazard 1 before closure forfeits surely in year 0 with shortfall S (no
     * multiplier spread, no security, nothing to discount in year 0). The fund opens at F0 with
     * no return and no contribution, so it pays min(F0, S): some payout is unfunded exactly when
     * F0 < S, in every iteration, and the unfunded public cost is max(0, S - F0) exactly.
     */
    private Path surePit() throws IOException {
        return portfolio("Pit,,1000000,,,5,,1,0,,,,,\n",
                "{\"name\": \"Fund\", \"initialBalance\": 1, \"contributionPercent\": 0}", "0.03");
    }

    /** A register with spread: two pits, one driven by the factor, and a fund with a random return. */
    private Path pits() throws IOException {
        return portfolio("Pit 1,coal,1000000,0.8,1.5,5,2,0.05,0.05,metal-prices,0.3,,,\n"
                        + "Pit 2,,500000,,,8,,0.02,0.04,,,200000,cash,\n",
                "{\"name\": \"Fund\", \"initialBalance\": 2e5, \"contributionPercent\": 1.0, "
                        + "\"annualReturn\": {\"dist\": \"normal\", \"mean\": 0.02, \"sd\": 0.05}, "
                        + "\"annualFeeRate\": 0.005}",
                "{\"dist\": \"triangular\", \"min\": 0.02, \"mode\": 0.03, \"max\": 0.05}");
    }

    private static JsonArray entries(Path json) throws IOException {
        return JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("entries");
    }

    private static double figure(JsonArray entries, int i, String name) {
        return entries.get(i).getAsJsonObject().get(name).getAsDouble();
    }

    @Test
    void sweepOfTheOpeningBalanceIsExactlyTheStepAtTheShortfall() throws IOException {
        Path json = dir.resolve("sweep.json");
        Path charts = dir.resolve("charts");
        Outcome o = execute("sweep", surePit().toString(), "--input", "fund/initialBalance", "--values",
                "500000,999999,1000000,1500000", "--quiet", "--json", json.toString(), "--charts", charts.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Portfolio sweep of fund/initialBalance"), o.out());
        JsonArray e = entries(json);
        double[] exhaustion = {1, 1, 0, 0};
        double[] unfunded = {S - 500_000, 1, 0, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(exhaustion[i], figure(e, i, "fund.exhaustionProbability"), "entry " + i);
            assertEquals(unfunded[i], figure(e, i, "expectedUnfundedPublicCost"), 1e-6, "entry " + i);
            assertEquals(S, figure(e, i, "totalShortfall.mean"), 1e-6, "entry " + i);
        }
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals("closure-assurance-sweep/1", doc.get("format").getAsString());
        assertEquals("fund/initialBalance", doc.get("input").getAsString());
        assertTrue(Files.exists(charts.resolve(PortfolioSweepCharts.EXHAUSTION + ".png")));
        assertTrue(Files.exists(charts.resolve(PortfolioSweepCharts.UNFUNDED_COST + ".png")));
    }

    /**
     * The report states the sweep in words from the same closed form: exhaustion is 1 below S and 0
     * from S on, so of 500,000 and 1,500,000 the lowest value keeping it at most 10 % is 1,500,000,
     * and the unfunded cost goes from S - 500,000 (AUD 500 thousand) to 0. It names both files read
     * with the SHA-256 of their bytes, and holds both charts inline.
     */
    @Test
    void reportOfAPortfolioSweepAnswersInWordsAndStatesEveryFileRead() throws IOException {
        Path file = surePit();
        Path report = dir.resolve("sweep.html");
        Outcome o = execute("sweep", file.toString(), "--input", "fund/initialBalance", "--values", "500000,1500000",
                "--quiet", "--report", report.toString());
        assertEquals(0, o.code(), o.err());
        String page = Files.readString(report);
        assertTrue(page.contains("Across fund/initialBalance from 500000 to 1500000, the fund runs dry within 15 "
                + "years in 100 % of futures at 500000 and 0 % at 1500000, and the expected unfunded public cost goes "
                + "from AUD 500 thousand to AUD 0. The lowest value swept at which the fund runs dry in at most 10 % "
                + "of futures is 1500000."), page);
        assertTrue(page.contains("<code>" + Sha256.hex(Files.readAllBytes(file)) + "</code>"), page);
        assertTrue(page.contains("<code>" + Sha256.hex(Files.readAllBytes(dir.resolve("register.csv"))) + "</code>"),
                page);
        assertTrue(page.contains("<figure id=\"chart-" + PortfolioSweepCharts.EXHAUSTION + "\">"), page);
        assertTrue(page.contains("<figure id=\"chart-" + PortfolioSweepCharts.UNFUNDED_COST + "\">"), page);
        assertTrue(page.contains("--report " + report), "the command as typed");
        assertTrue(o.out().startsWith("Portfolio sweep of fund/initialBalance"), o.out());
    }

    /**
     * Exhaustion is 1 below S and 0 from S on, in every iteration, so the Wilson interval never
     * straddles 0.5 and the crossing of 0.5 lies in the last bisection bracket around S: within
     * (2,000,000 - 0) / 2^20 of S. The unfunded cost max(0, S - F0) has standard error 0 and
     * crosses 250,000 at F0 = 750,000, within the same resolution.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fund.exhaustionProbability=0.5:1000000", "expectedUnfundedPublicCost=250000:750000"})
    void breakEvenOfTheOpeningBalanceLiesAtTheClosedFormCrossing(String targetAndAnswer) throws IOException {
        String[] parts = targetAndAnswer.split(":");
        double answer = Double.parseDouble(parts[1]);
        Path json = dir.resolve("be.json");
        Outcome o = execute("breakeven", surePit().toString(), "--input", "fund/initialBalance", "--target", parts[0],
                "--from", "0", "--to", "2000000", "--steps", "20", "--quiet", "--json", json.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith(parts[0].split("=")[0] + " crosses "), o.out());
        assertTrue(o.out().contains("\nThe figure " + parts[0].split("=")[0] + " is "), o.out());
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        double resolution = 2_000_000 / Math.pow(2, 20);
        assertEquals("crossed", doc.get("outcome").getAsString());
        assertEquals(answer, doc.get("breakEven").getAsDouble(), resolution);
        JsonArray ci = doc.getAsJsonArray("breakEvenCI95");
        assertTrue(ci.get(0).getAsDouble() <= answer && answer <= ci.get(1).getAsDouble(), ci.toString());
        assertTrue(ci.get(1).getAsDouble() - ci.get(0).getAsDouble() <= resolution * 1.0001, ci.toString());
    }

    /** With S = 1,000,000 and F0 at most 900,000 the fund always runs dry: the target 0.1 is never reached. */
    @Test
    void saysPlainlyWhenTheTargetIsNotReachedInTheRange() throws IOException {
        Outcome o = execute("breakeven", surePit().toString(), "--input", "fund/initialBalance", "--target",
                "fund.exhaustionProbability=0.1", "--from", "0", "--to", "900000", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("The target fund.exhaustionProbability=0.1 is never reached for "
                + "fund/initialBalance from 0 to 900000"), o.out());
    }

    /**
     * Common random numbers: the engine keys every draw by seed, iteration and name, and the
     * fund's settings enter only its ledger, so changing them leaves every site's forfeiture and
     * shortfall bit-identical while the fund's figures move (more contribution, lower exhaustion).
     * The discount rate changes only the valuation: the forfeiture counts stay identical.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fund/contributionPercent:0,1,4", "fund/initialBalance:0,200000,800000",
        "fund/annualFeeRate:0,0.01,0.03", "economics/discountRate:0.01,0.03,0.06"})
    void otherDrawsStayIdenticalAcrossValues(String inputAndValues) throws IOException {
        String[] parts = inputAndValues.split(":");
        Path json = dir.resolve("crn.json");
        Outcome o = execute("sweep", pits().toString(), "--input", parts[0], "--values", parts[1], "--quiet",
                "--json", json.toString());
        assertEquals(0, o.code(), o.err());
        JsonArray e = entries(json);
        boolean valuation = parts[0].startsWith("economics/");
        for (int i = 1; i < 3; i++) {
            assertEquals(figure(e, 0, "forfeitures.mean"), figure(e, i, "forfeitures.mean"));
            if (!valuation) {
                assertEquals(figure(e, 0, "totalShortfall.mean"), figure(e, i, "totalShortfall.mean"));
            }
        }
        // the input matters: the fund's unfunded cost moves across the values
        assertNotEquals(figure(e, 0, "expectedUnfundedPublicCost"), figure(e, 2, "expectedUnfundedPublicCost"));
        if (parts[0].equals("fund/contributionPercent") || parts[0].equals("fund/initialBalance")) {
            // more money in the fund never leaves more unfunded in the same futures
            assertTrue(figure(e, 0, "fund.exhaustionProbability") >= figure(e, 1, "fund.exhaustionProbability"));
            assertTrue(figure(e, 1, "fund.exhaustionProbability") >= figure(e, 2, "fund.exhaustionProbability"));
        }
    }

    @Test
    void anUnknownPathNamesTheNumbersThatAreThere() throws IOException {
        Outcome o = execute("sweep", pits().toString(), "--input", "fund/contributionPercnt", "--values", "1,2",
                "--quiet");
        assertEquals(ExitCodes.INVALID, o.code());
        assertEquals("error: --input fund/contributionPercnt: the portfolio has no field fund/contributionPercnt; "
                + "the numbers under fund are fund/initialBalance, fund/contributionPercent, fund/annualReturn, "
                + "fund/annualFeeRate\n", o.err());
        assertEquals("", o.out());
    }

    @Test
    void aPathToSomethingOtherThanANumberIsRefused() throws IOException {
        Outcome o = execute("sweep", pits().toString(), "--input", "fund/name", "--values", "1", "--quiet");
        assertEquals(ExitCodes.INVALID, o.code());
        assertTrue(o.err().contains("fund/name is a string, not a number"), o.err());
    }

    @Test
    void aValueOutsideTheFieldsRangeIsRefusedNamingTheField() throws IOException {
        Outcome o = execute("sweep", pits().toString(), "--input", "fund/contributionPercent", "--values", "1,-1",
                "--quiet");
        assertEquals(ExitCodes.INVALID, o.code());
        assertTrue(o.err().startsWith("error: --values -1 is not a valid value of fund/contributionPercent: "
                + "portfolio.json: fund.contributionPercent: "), o.err());
        assertEquals("", o.out());
    }

    @Test
    void anEmptyRangeAndAnUnknownTargetAreRefused() throws IOException {
        String file = pits().toString();
        Outcome empty = execute("sweep", file, "--input", "fund/contributionPercent", "--from", "2", "--to", "1",
                "--quiet");
        assertEquals(ExitCodes.INVALID, empty.code());
        assertTrue(empty.err().contains("the range is empty"), empty.err());
        Outcome target = execute("breakeven", file, "--input", "fund/contributionPercent", "--target",
                "coverage=0.9", "--from", "0", "--to", "2", "--quiet");
        assertEquals(ExitCodes.INVALID, target.code());
        assertTrue(target.err().contains("unknown target figure 'coverage' for a portfolio; known: "
                + "fund.exhaustionProbability, expectedUnfundedPublicCost"), target.err());
        Outcome grid = execute("sweep", file, "--input", "fund/contributionPercent", "--values", "1",
                "--input2", "fund/initialBalance", "--values2", "1", "--quiet");
        assertEquals(ExitCodes.INVALID, grid.code());
        assertFalse(grid.err().isEmpty());
    }

    @Test
    void sweepsTheBundledPortfolioByName() {
        Outcome o = execute("sweep", "illustrative-register", "--input", "fund/contributionPercent", "--values",
                "0,2", "--iterations", "100", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Portfolio sweep of fund/contributionPercent"), o.out());
    }
}
