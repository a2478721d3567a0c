package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/scenario-format.md, "Adding a field": {@code economics.realCostEscalation},
 * an optional Value with a default, is declared by one field of the schema that names its model
 * record's accessor and wither, and is otherwise only model code. The reader, the writer, the
 * checks of its limits, the forms and the chart labels take it from there.
 */
class AddingAFieldTest {
    private static final FormatField ESCALATION = ScenarioFormat.Economics.REAL_COST_ESCALATION;
    private static final String ESCALATED = scenario("economics", "{'discountRate': 0.035, "
            + "'realCostEscalation': {'dist': 'triangular', 'min': 0, 'mode': 0.005, 'max': 0.015}}");

    @Test
    void theSchemaBindsTheFieldToItsModelRecord() {
        assertEquals(List.of(ESCALATION), BoundValues.bound(ScenarioFormat.Economics.OBJECT, Economics.class));
        Economics e = new Economics(Value.of(0.03));
        assertEquals(Value.of(0.01), ESCALATION.binding().readFrom(ESCALATION.binding().setIn(e, Value.of(0.01))));
    }

    @Test
    void readingWritingAndReadingAgainIsExact() {
        Scenario s = ScenarioReader.readString(ESCALATED).scenarioOrThrow();
        assertEquals(new Triangular(0, 0.005, 0.015), s.economics().realCostEscalation());

        String written = ScenarioWriter.write(s);
        Scenario again = ScenarioReader.readString(written).scenarioOrThrow();
        assertEquals(s, again);
        assertEquals(written, ScenarioWriter.write(again));
        assertTrue(written.contains("\"realCostEscalation\": {\"dist\": \"triangular\", \"min\": 0, \"mode\": 0.005, "
                + "\"max\": 0.015}"), written);
    }

    @Test
    void theLimitIsCheckedOnAFileAndOnAModelBuiltInCode() {
        String expected = "economics.realCostEscalation: must be > -1 (was -1)";
        LoadResult file = ScenarioReader.readString(scenario("economics",
                "{'discountRate': 0.03, 'realCostEscalation': -1}"));
        assertEquals(List.of(expected), file.errors().stream().map(ValidationError::toString).toList());

        Scenario s = ScenarioReader.readString(scenario()).scenarioOrThrow();
        Scenario built = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                s.economics().withEscalation(Value.of(-1)), s.closureYear(), s.forfeiture(), s.costItems(),
                s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                s.assurance());
        assertEquals(List.of(expected), ScenarioValidator.validate(built).stream()
                .map(ValidationError::toString).toList());
    }

    @Test
    void aFormCallsItByTheWordsOfItsNameAndHowItReads() {
        // no label in the schema: the name in words, and "(fraction)" from its measure
        assertEquals("Real cost escalation (fraction)", ESCALATION.title());
    }

    /**
     * The field's JSON name is spelled once, in the model's vocabulary of sampled inputs (whose
     * key the schema takes); the binder, the writer and the labels of the scenarios, charts and
     * desktop modules never name the field. What does name it outside the model: the schema's
     * line, the rule that weighs it against the discount rate of a perpetual stream (code that
     * uses the field, not plumbing), and the report's sentence on it.
     */
    @Test
    void theFieldLivesInTheSchemaAndTheModelCodeThatUsesIt() throws IOException {
        assertEquals(Map.of("realCostEscalation",
                        Set.of(Path.of("../simulator/src/main/java/org/closureassurance/simulator/model/InputField.java")
                                .toString())),
                FieldLiteralsTest.spellings(Set.of("realCostEscalation"), List.of("../simulator", "../scenarios",
                        "../charts", "../desktop", "../benchmarks")));

        assertEquals(Map.of("charts", Set.of("EconomicsAssumptions.java"),
                        "scenarios", Set.of("EconomicsChecks.java", "ScenarioFormat.java")),
                filesNaming(Pattern.compile("\\bREAL_COST_ESCALATION\\b|\\brealCostEscalation\\b|\\bwithEscalation\\b"),
                        List.of("scenarios", "charts", "desktop")));
    }

    /** For each module, the main source files whose code (outside comments) matches {@code name}. */
    private static Map<String, Set<String>> filesNaming(Pattern name, List<String> modules) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src/main/java"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                    if (name.matcher(code).find()) {
                        out.computeIfAbsent(module, k -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        return out;
    }
}
