package org.closureassurance.scenarios.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public worked examples (copied from the specification into test resources) run
 * through the engine and the results writer, compared with their exact answers the way the
 * specification's checker does: exact cases to 1e-9 relative (or 1e-6 absolute), statistical
 * ones to four standard errors for means and probabilities and 1 % for standard deviations.
 */
class WorkedExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"decay-duration", "deterministic-lump", "hazard-forfeiture", "perpetual-water",
            "rehab-exponential", "triangular-sum", "trust-fund-annuity"})
    void exampleMatchesItsExpectedAnswers(String name) throws IOException {
        LoadResult loaded = ScenarioReader.read(resource(name + ".json"));
        assertTrue(loaded.isValid(), () -> loaded.errors().toString());
        SimulationResults r = new MonteCarloEngine(2).run(loaded.scenarioOrThrow(), ProgressListener.NONE);
        JsonObject results = JsonParser.parseString(ResultsJson.write(r)).getAsJsonObject();
        JsonObject expected = JsonParser.parseString(
                new String(resource(name + ".expected.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        boolean statistical = expected.has("tolerance")
                && expected.get("tolerance").getAsString().startsWith("statistical");
        long n = results.get("iterations").getAsLong();
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            String key = e.getKey();
            if (key.equals("tolerance")) {
                continue;
            }
            double want = e.getValue().getAsDouble();
            JsonElement got = resolve(results, key);
            assertNotNull(got, key);
            JsonObject stats = null;
            if (got.isJsonObject()) {
                stats = got.getAsJsonObject();
                got = stats.get("mean");
            } else if (key.endsWith(".mean")) {
                stats = resolve(results, key.substring(0, key.length() - 5)).getAsJsonObject();
            }
            double tol;
            if (!statistical) {
                tol = Math.max(1e-9 * Math.abs(want), 1e-6);
            } else if (key.endsWith(".sd")) {
                tol = 0.01 * Math.abs(want);
            } else if (stats != null && !stats.get("standardError").isJsonNull()) {
                tol = 4 * stats.get("standardError").getAsDouble() + 1e-9;
            } else if (want >= 0 && want <= 1) {
                tol = 4 * Math.sqrt(Math.max(want * (1 - want), 1e-12) / n) + 1e-9;
            } else {
                tol = 0.01 * Math.abs(want);
            }
            assertEquals(want, got.getAsDouble(), tol, name + " " + key);
        }
    }

    private static final Pattern PART = Pattern.compile("[^.\\[\\]]+|\\[(\\d+)]");

    private static JsonElement resolve(JsonElement root, String path) {
        JsonElement at = root;
        Matcher m = PART.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                at = at.getAsJsonArray().get(Integer.parseInt(m.group(1)));
            } else {
                at = at.getAsJsonObject().get(m.group());
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WorkedExamplesTest.class.getResourceAsStream("/examples/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    /** Guards the list above: every scenario in the resources folder is checked. */
    @org.junit.jupiter.api.Test
    void everyExampleIsListed() throws IOException {
        List<String> listed = List.of("decay-duration", "deterministic-lump", "hazard-forfeiture", "perpetual-water",
                "rehab-exponential", "triangular-sum", "trust-fund-annuity");
        for (String name : listed) {
            assertNotNull(WorkedExamplesTest.class.getResource("/examples/" + name + ".expected.json"), name);
        }
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                WorkedExamplesTest.class.getResource("/examples/deterministic-lump.json").getPath()).getParent())) {
            long expectedFiles = files.filter(p -> p.toString().endsWith(".expected.json")).count();
            assertEquals(listed.size(), expectedFiles);
        }
    }
}
