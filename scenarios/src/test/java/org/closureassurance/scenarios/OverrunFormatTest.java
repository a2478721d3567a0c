package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code overruns[]} and the two Value forms of version 0.2: read, checked with paths, written back as given. */
class OverrunFormatTest {
    private static final String ITEMS = "[{'name': 'Dump', 'category': 'earthworks', 'amount': 1e6}, "
            + "{'name': 'Plant', 'category': 'demolition', 'amount': 2e6}]";

    private static String withOverruns(String overruns) {
        return scenario("costItems", ITEMS, "overruns", overruns);
    }

    @Test
    void overrunsAndBothNewValueFormsRoundTripAsWritten() {
        Scenario s = ScenarioReader.readString(withOverruns("[{'name': 'Estimate accuracy', "
                + "'multiplier': {'dist': 'estimate-class', 'class': 4}}, "
                + "{'name': 'Water scope growth', 'description': 'pumping longer than planned', "
                + "'multiplier': {'dist': 'lognormal', 'p10': 0.9, 'p90': 1.8}, "
                + "'appliesTo': ['water-treatment', 'demolition']}]")).scenarioOrThrow();
        assertEquals(List.of(new Overrun("Estimate accuracy", null, new EstimateClass(4), null),
                new Overrun("Water scope growth", "pumping longer than planned", new LogNormalRange(0.9, 1.8),
                        List.of("water-treatment", "demolition"))), s.overruns());
        String written = ScenarioWriter.write(s);
        assertTrue(written.contains("\"multiplier\": {\"dist\": \"estimate-class\", \"class\": 4}"), written);
        assertTrue(written.contains("\"multiplier\": {\"dist\": \"lognormal\", \"p10\": 0.9, \"p90\": 1.8}"), written);
        assertEquals(s, ScenarioReader.readString(written).scenarioOrThrow());
    }

    @Test
    void aScenarioWithoutOverrunsIsWrittenWithoutTheSection() {
        Scenario s = ScenarioReader.readString(scenario()).scenarioOrThrow();
        assertTrue(s.overruns().isEmpty());
        assertFalse(ScenarioWriter.write(s).contains("overruns"));
    }

    @Test
    void newValueFormsArePathsForCorrelations() {
        LoadResult r = ScenarioReader.readString(scenario("costItems", ITEMS,
                "overruns", "[{'name': 'Accuracy', 'multiplier': {'dist': 'estimate-class', 'class': 3}}, "
                        + "{'name': 'Growth', 'multiplier': {'dist': 'lognormal', 'p10': 1, 'p90': 2}}]",
                "correlations", "[{'a': 'overruns/Accuracy/multiplier', 'b': 'overruns/Growth/multiplier', 'rho': 0.5}]"));
        assertTrue(r.isValid(), r::errorReport);
    }

    static Stream<Arguments> brokenOverruns() {
        return Stream.of(
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'lognormal', 'p10': 1.2, 'p90': 0.9}}]",
                List.of("overruns[0].multiplier.p90: must be >= p10 (was 0.9 < 1.2)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'lognormal', 'p10': 0, 'p90': 2}}]",
                List.of("overruns[0].multiplier.p10: must be > 0 for a lognormal (was 0)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'lognormal', 'p10': 1, 'p90': 2, 'sd': 1}}]",
                List.of("overruns[0].multiplier.sd: give either mean and sd, or p10 and p90, for a lognormal, not both")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'lognormal', 'p90': 2}}]",
                List.of("overruns[0].multiplier.p10: required field is missing")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'estimate-class', 'class': 6}}]",
                List.of("overruns[0].multiplier.class: must be in 1..5 (was 6)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'estimate-class', 'class': 2.5}}]",
                List.of("overruns[0].multiplier.class: must be a whole number (was 2.5)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'estimate-class', 'clas': 3}}]",
                List.of("overruns[0].multiplier.clas: unknown field \"clas\" for an estimate-class distribution "
                        + "(did you mean \"class\"?)", "overruns[0].multiplier.class: required field is missing")),
            Arguments.of("[{'name': 'A', 'multiplier': 0}]",
                List.of("overruns[0].multiplier: must be > 0 (was 0)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'uniform', 'min': 0, 'max': 2}}]",
                List.of("overruns[0].multiplier: must be > 0 (min was 0)")),
            Arguments.of("[{'name': 'A', 'multiplier': {'dist': 'normal', 'mean': 1.3, 'sd': 0.2}}]",
                List.of("overruns[0].multiplier: must be > 0 (a normal without \"min\" is unbounded below)")),
            Arguments.of("[{'name': 'A'}]", List.of("overruns[0].multiplier: required field is missing")),
            Arguments.of("[{'name': 'A', 'multiplier': 1.3, 'appliesTo': ['demolition', 'earthwork']}]",
                List.of("overruns[0].appliesTo[1]: unknown category \"earthwork\": no cost item has it "
                        + "(did you mean \"earthworks\"?)")),
            Arguments.of("[{'name': 'A', 'multiplier': 1.3, 'appliesTo': ['tailings']}]",
                List.of("overruns[0].appliesTo[0]: unknown category \"tailings\": no cost item has it "
                        + "(expected one of: earthworks, demolition, water-treatment, rehabilitation)")),
            Arguments.of("[{'name': 'A', 'multiplier': 1.3}, {'name': 'A', 'multiplier': 1.1}]",
                List.of("overruns[1].name: duplicate name \"A\" (also overruns[0]); names must be unique within "
                        + "overruns")),
            Arguments.of("[{'name': 'A/B', 'multiplier': 1.3}]",
                List.of("overruns[0].name: must not contain \"/\", which separates the parts of input paths "
                        + "(was \"A/B\")")),
            Arguments.of("[{'name': 'A', 'multiplyer': 1.3}]",
                List.of("overruns[0].multiplyer: unknown field \"multiplyer\" (did you mean \"multiplier\"?)",
                        "overruns[0].multiplier: required field is missing")));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("brokenOverruns")
    void brokenOverrunReportsExactlyItsErrorsWithTheirPaths(String overruns, List<String> expected) {
        LoadResult r = ScenarioReader.readString(withOverruns(overruns));
        assertFalse(r.isValid());
        assertEquals(expected, r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void theValidatorWordsABuiltScenariosProblemsAsTheReaderDoes() {
        Scenario base = ScenarioReader.readString(scenario("costItems", ITEMS)).scenarioOrThrow();
        Scenario broken = base.withOverruns(List.of(
                new Overrun("A", null, Value.of(0), null),
                new Overrun("A", null, Value.of(1.2), List.of("earthwork"))));
        LoadResult read = ScenarioReader.readString(ScenarioWriter.write(broken));
        assertEquals(read.errors(), ScenarioValidator.validate(broken));
        assertEquals(List.of("overruns[0].multiplier: must be > 0 (was 0)",
                "overruns[1].name: duplicate name \"A\" (also overruns[0]); names must be unique within overruns",
                "overruns[1].appliesTo[0]: unknown category \"earthwork\": no cost item has it (did you mean "
                        + "\"earthworks\"?)"),
                ScenarioValidator.validate(broken).stream().map(ValidationError::toString).toList());
    }
}
