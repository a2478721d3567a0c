package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio written by {@link PortfolioWriter} reads back, through {@link PortfolioReader},
 * as the portfolio it was written from: scenario sites by reference, simple sites and register
 * lines inline, the fund with its drawn return.
 */
class PortfolioWriterTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = """
            {"format": "closure-assurance/1", "name": "Copper A", "currency": "AUD",
             "simulation": {"horizonYears": 30}, "economics": {"discountRate": 0.03},
             "closureYear": 10, "forfeiture": {"mode": "at-closure"},
             "costItems": [{"name": "Cap", "amount": {"dist": "uniform", "min": 1e6, "max": 2e6}}]}
            """;

    private static final String PORTFOLIO = """
            {"format": "closure-assurance-portfolio/1", "name": "Test register", "description": "for the test",
             "currency": "AUD", "baseYear": 2026,
             "simulation": {"iterations": 100, "seed": 7, "horizonYears": 30},
             "economics": {"discountRate": {"dist": "uniform", "min": 0.02, "max": 0.04}},
             "sites": [{"name": "Copper mine A", "scenario": "copper-a.json"},
               {"name": "Quarry 17", "category": "quarry", "estimate": 2.4e6,
                "multiplier": {"dist": "estimate-class", "class": 5},
                "closureYear": {"dist": "uniform", "min": 3, "max": 12}, "closureDurationYears": 2,
                "forfeiture": {"mode": "annual-hazard", "beforeClosure": 0.01, "afterClosure": 0.02},
                "assurance": [{"type": "bond", "kind": "surety", "name": "Quarry 17 surety", "amount": 6e5},
                              {"type": "trust-fund", "name": "Quarry 17 trust", "initialBalance": 1e5,
                               "annualContribution": 1e4, "annualReturn": 0.01}],
                "afterForfeiture": {"estateRecoveryRate": 0.1, "mobilisationDelayYears": 2}},
               {"name": "Pit 4", "estimate": 0, "closureYear": 3, "forfeiture": {"mode": "at-closure"}}],
             "register": {"file": "register.csv"},
             "fund": {"name": "MRF", "initialBalance": 2.9e8, "contributionPercent": 1.5,
                      "annualReturn": {"dist": "normal", "mean": 0.02, "sd": 0.05}, "annualFeeRate": 0.001}}
            """;

    private static final String REGISTER = "name,category,estimate,multiplierP10,multiplierP90,closureYear,"
            + "closureDurationYears,hazardBeforeClosure,hazardAfterClosure,factor,factorWeight,assurance,"
            + "assuranceType,provider\n"
            + "Pit 2,coal,1000000,0.8,1.5,5,3,0.02,0.03,,,400000,,\n"
            + "Sand 9,,250000,,,7,,,,,,50000,self-bond,\n";

    private Portfolio read(Path file) {
        PortfolioLoad load = PortfolioReader.read(file);
        return assertInstanceOf(PortfolioLoad.Loaded.class, load, load.errorReport()).portfolio();
    }

    @Test
    void aWrittenPortfolioReadsBackAsTheSamePortfolio() throws IOException {
        Files.writeString(dir.resolve("copper-a.json"), SCENARIO, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("register.csv"), REGISTER, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("portfolio.json"), PORTFOLIO, StandardCharsets.UTF_8);
        Portfolio original = read(dir.resolve("portfolio.json"));

        Path copy = dir.resolve("copy.json");
        PortfolioWriter.writeAtomically(original, site -> "copper-a.json", copy);
        Portfolio again = read(copy);

        assertEquals(original, again);
        String text = Files.readString(copy, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"register\""), "register lines are written inline: " + text);
        assertTrue(text.contains("\"scenario\": \"copper-a.json\""), text);
        assertEquals(text, PortfolioWriter.write(again, site -> "copper-a.json"));
    }

    @Test
    void writingOverAFileKeepsThePreviousOneAsBackup() throws IOException {
        Files.writeString(dir.resolve("copper-a.json"), SCENARIO, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("register.csv"), REGISTER, StandardCharsets.UTF_8);
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, PORTFOLIO, StandardCharsets.UTF_8);

        PortfolioWriter.writeAtomically(read(file), site -> "copper-a.json", file);

        assertEquals(PORTFOLIO, Files.readString(dir.resolve("portfolio.json.bak"), StandardCharsets.UTF_8));
        assertEquals(read(dir.resolve("portfolio.json.bak")), read(file));
    }
}
