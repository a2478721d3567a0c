package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    private static Scenario roundTrip(Scenario s) {
        LoadResult again = ScenarioReader.readString(ScenarioWriter.write(s));
        assertTrue(again.isValid(), again::errorReport);
        return again.scenarioOrThrow();
    }

    @Test
    void everyKindOfValueAndAwkwardNumberRoundTrips() {
        Scenario s = ScenarioReader.readString(scenario(
                "description", "'line one\\nline \\'two\\' \\\\ µ'",
                "currency", "'AUD'",
                "baseYear", "2026",
                "simulation", "{'horizonYears': 150, 'iterations': 20000, 'seed': -9223372036854775808, "
                        + "'sampling': 'latin-hypercube'}",
                "economics", "{'discountRate': {'dist': 'normal', 'mean': 0.03, 'sd': 0.011, 'min': -0.005}}",
                "closureYear", "{'dist': 'discrete', 'values': [8, 12.5, 14], 'weights': [0.2, 0.5, 0.3]}",
                "forfeiture", "{'mode': 'year', 'year': {'dist': 'pert', 'min': 3, 'mode': 4, 'max': 9, 'lambda': 2.5}}",
                "costItems", "[{'name': 'A', 'amount': {'dist': 'lognormal', 'mean': 0.1, 'sd': 3.3e-7}}, "
                        + "{'name': 'B', 'amount': 1.7976931348623157e308}, {'name': 'C', 'amount': 4.9e-324}, "
                        + "{'name': 'D', 'amount': 0.1, 'accrual': [{'year': 0, 'fraction': 0.333333333333333314829616256247}]}, "
                        + "{'name': 'E', 'quantity': {'value': -0.0, 'unit': 'yd3'}, 'unitCost': {'value': 12.34, 'per': 'm³'}}]",
                "indirectCosts", "[{'name': 'Admin', 'percent': 5, 'appliesTo': []}]",
                "assurance", "[{'type': 'bond', 'kind': 'letter-of-credit', 'name': 'LC', 'amount': 1e6, "
                        + "'recoveryRate': {'dist': 'uniform', 'min': 0.2, 'max': 0.6}}]")).scenarioOrThrow();
        assertEquals(s, roundTrip(s));
        String written = ScenarioWriter.write(s);
        assertTrue(written.contains("\"unit\": \"yd3\""));
        assertTrue(written.contains("\"per\": \"m³\""), "units are written as the scenario wrote them");
        assertTrue(written.contains("\"value\": -0.0"));
        assertTrue(written.contains("\"seed\": -9223372036854775808"));
    }

    @Test
    void fieldsAppearInTheFormatsOrder() {
        String written = ScenarioWriter.write(SpecExamplesTest.load("/format/whole-file.json"));
        List<String> top = Stream.of("\"format\"", "\"name\"", "\"description\"", "\"currency\"", "\"baseYear\"",
                "\"simulation\"", "\"economics\"", "\"closureYear\"", "\"forfeiture\"", "\"costItems\"",
                "\"indirectCosts\"", "\"correlations\"", "\"waterTreatment\"", "\"rehabilitation\"",
                "\"riskEvents\"", "\"assurance\"").toList();
        int last = -1;
        for (String key : top) {
            int at = written.indexOf("\n  " + key + ":");
            assertTrue(at > last, key + " out of order");
            last = at;
        }
    }

    @Test
    void optionalFieldsAtTheirDefaultsAreLeftOut() {
        String written = ScenarioWriter.write(ScenarioReader.readString(scenario(
                "waterTreatment", "[{'name': 'W', 'probability': 1, 'fixedAnnualCost': 0, 'duration': {'type': 'perpetual'}}]",
                "assurance", "[{'type': 'trust-fund', 'name': 'T', 'annualFeeRate': 0, 'drawdown': false}]"))
                .scenarioOrThrow());
        assertFalse(written.contains("probability"));
        assertFalse(written.contains("fixedAnnualCost"));
        assertFalse(written.contains("annualFeeRate"));
        assertFalse(written.contains("drawdown"));
        assertTrue(written.contains("\"initialBalance\": 0"));
    }

    @Test
    void writeAtomicallyReplacesTheFileAndKeepsTheOldOneAsBak(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Scenario first = SpecExamplesTest.load("/examples/deterministic-lump.json");
        Scenario second = SpecExamplesTest.load("/examples/perpetual-water.json");

        ScenarioWriter.writeAtomically(first, file);
        assertEquals(first, ScenarioReader.read(file).scenarioOrThrow());
        assertFalse(Files.exists(dir.resolve("mine.json.bak")));

        ScenarioWriter.writeAtomically(second, file);
        assertEquals(second, ScenarioReader.read(file).scenarioOrThrow());
        assertEquals(ScenarioWriter.write(first),
                Files.readString(dir.resolve("mine.json.bak"), StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("mine.json", "mine.json.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void writeAtomicallyAcceptsARelativePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("x.json");
        Files.createDirectories(file.getParent());
        Scenario s = SpecExamplesTest.load("/examples/trust-fund-annuity.json");
        ScenarioWriter.writeAtomically(s, Path.of("").toAbsolutePath().relativize(file));
        assertEquals(s, ScenarioReader.read(file).scenarioOrThrow());
    }
}
