package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of the spec and its "Whole file" scenario load cleanly and round-trip. */
class SpecExamplesTest {
    static Stream<String> examples() {
        return Stream.of("decay-duration", "deterministic-lump", "hazard-forfeiture", "perpetual-water",
                "rehab-exponential", "triangular-sum", "trust-fund-annuity");
    }

    static byte[] resource(String name) {
        try (InputStream in = SpecExamplesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(String resource) {
        LoadResult r = ScenarioReader.read(resource(resource));
        assertTrue(r.isValid(), () -> resource + ":\n" + r.errorReport());
        return r.scenarioOrThrow();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyWorkedExampleLoadsAndRoundTrips(String name) {
        Scenario s = load("/examples/" + name + ".json");
        String written = ScenarioWriter.write(s);
        LoadResult again = ScenarioReader.readString(written);
        assertTrue(again.isValid(), again::errorReport);
        assertEquals(s, again.scenarioOrThrow());
        assertEquals(written, ScenarioWriter.write(again.scenarioOrThrow()));
        assertEquals(List.of(), ScenarioValidator.validate(s));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void expectedAnswersAreNotScenarios(String name) {
        LoadResult r = ScenarioReader.read(resource("/examples/" + name + ".expected.json"));
        assertTrue(r.errors().stream().anyMatch(e -> e.toString().equals("format: required field is missing")),
                r::errorReport);
    }

    @Test
    void wholeFileExampleOfTheFormatLoadsCleanly() {
        Scenario s = load("/format/whole-file.json");
        assertEquals("Copper mine, regulator base case", s.name());
        assertEquals(2, s.costItems().size());
        assertEquals(4, s.indirectCosts().size());
        assertEquals(2, s.waterTreatment().size());
        assertEquals(3, s.assurance().size());
        assertEquals(List.of(), ScenarioValidator.validate(s));
        Scenario again = ScenarioReader.readString(ScenarioWriter.write(s)).scenarioOrThrow();
        assertEquals(s, again);
    }

    @Test
    void wholeFileExampleHasTheSpecsInputPaths() {
        Scenario s = load("/format/whole-file.json");
        List<String> paths = InputPaths.all(s).stream().map(SampledInput::path).toList();
        assertTrue(paths.containsAll(List.of("economics/discountRate", "closureYear", "forfeiture/beforeClosure",
                "costItems/Plant demolition/amount", "costItems/Waste rock dump reshaping/unitCost",
                "waterTreatment/Pit lake ARD/flow", "indirectCosts/Contingency/percent",
                "rehabilitation/Waste dump cover and revegetation/recovery.rate",
                "riskEvents/Tailings spillway upgrade/cost",
                "waterTreatment/Seepage collection/duration.halfLifeYears",
                "rehabilitation/Waste dump cover and revegetation/setback.reworkCostPerArea",
                "assurance/Reclamation surety/schedule[1].amount")), paths::toString);
    }
}
