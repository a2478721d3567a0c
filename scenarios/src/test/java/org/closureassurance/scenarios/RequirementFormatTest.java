package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.Estimate;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code requirements[]} section: reading the four rules, writing them back, and every refusal with its path. */
class RequirementFormatTest {
    private static final String SRCE = "{\"name\": \"SRCE\", \"rule\": \"tiered-addons\", \"estimate\": 4.1e7, "
            + "\"addons\": [{\"name\": \"Engineering\", \"brackets\": [{\"upTo\": 1e6, \"percent\": 8}, "
            + "{\"upTo\": 2.5e7, \"percent\": 6}, {\"percent\": 4}]}]}";
    private static final String FULL_COST = "{\"name\": \"Full cost\", \"rule\": \"percent-of-estimate\", "
            + "\"percent\": 100, \"estimate\": \"base\"}";
    private static final String PHASED = "{\"name\": \"Phased\", \"rule\": \"phased\", \"estimate\": \"base\", "
            + "\"base\": 7e6, \"percent\": 100, \"startYearsBeforeClosure\": 15, \"fullYearsBeforeClosure\": 6}";
    private static final String POOLED = "{\"name\": \"Pooled\", \"rule\": \"pooled-contribution\", "
            + "\"estimate\": \"base\", \"ratePercent\": 2.75, \"threshold\": 1e7}";

    private static String scenario(String requirements) {
        return scenario(requirements, "\"costItems\": [{\"name\": \"Backfill\", \"amount\": 1000000}],");
    }

    private static String scenario(String requirements, String items) {
        return "{\"format\": \"closure-assurance/1\", \"name\": \"Test mine\", \"simulation\": {\"horizonYears\": 50},"
                + " \"economics\": {\"discountRate\": 0.03}, \"closureYear\": 5, \"forfeiture\": {\"mode\": "
                + "\"at-closure\"}, " + items + " \"requirements\": [" + requirements + "]}";
    }

    private static Scenario read(String json) {
        LoadResult r = ScenarioReader.readString(json);
        assertTrue(r.isValid(), r::errorReport);
        return ((LoadResult.Loaded) r).scenario();
    }

    @Test
    void readsTheFourRulesWithTheirFieldsAndDefaults() {
        List<Requirement> rules = read(scenario(String.join(", ", FULL_COST, SRCE, PHASED, POOLED))).requirements();
        Requirement.PercentOfEstimate full = assertInstanceOf(Requirement.PercentOfEstimate.class, rules.get(0));
        assertEquals(100, full.percent());
        assertEquals(0, full.minimum());
        assertInstanceOf(Estimate.Base.class, full.estimate());
        Requirement.TieredAddons srce = assertInstanceOf(Requirement.TieredAddons.class, rules.get(1));
        assertEquals(new Estimate.Amount(4.1e7), srce.estimate());
        assertEquals(3, srce.addons().get(0).brackets().size());
        Requirement.Phased phased = assertInstanceOf(Requirement.Phased.class, rules.get(2));
        assertEquals(15, phased.startYearsBeforeClosure());
        assertEquals(6, phased.fullYearsBeforeClosure());
        Requirement.PooledContribution pooled = assertInstanceOf(Requirement.PooledContribution.class, rules.get(3));
        assertEquals(2.75, pooled.ratePercent());
        assertEquals(1e7, pooled.threshold());
    }

    @Test
    void aWrittenScenarioReadsBackToTheSameRules() {
        Scenario s = read(scenario(String.join(", ", FULL_COST, SRCE, PHASED, POOLED)));
        assertEquals(s, read(ScenarioWriter.write(s)));
    }

    @Test
    void theValidatorAcceptsWhatTheReaderBuilt() {
        assertEquals(List.of(), ScenarioValidator.validate(read(scenario(String.join(", ", FULL_COST, SRCE, PHASED,
                POOLED)))));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(SRCE.replace("{\"upTo\": 2.5e7, \"percent\": 6}", "{\"upTo\": 5e5, \"percent\": 6}"),
                        List.of("requirements[0].addons[0].brackets[1].upTo: must be greater than the previous "
                                + "bracket's upTo: brackets ascend (was 500000 <= 1000000)")),
                Arguments.of(SRCE.replace("{\"upTo\": 1e6, \"percent\": 8}", "{\"percent\": 8}"),
                        List.of("requirements[0].addons[0].brackets[0]: only the last bracket may leave out upTo (it "
                                + "takes every estimate above the others); give this one an upTo or move it last")),
                Arguments.of(SRCE.replace("{\"percent\": 4}", "{\"upTo\": 5e7, \"percent\": 4}"),
                        List.of("requirements[0].addons[0].brackets[2].upTo: must be left out of the last bracket, "
                                + "which takes every estimate above the others (was 50000000)")),
                Arguments.of(PHASED.replace("\"fullYearsBeforeClosure\": 6", "\"fullYearsBeforeClosure\": 15"),
                        List.of("requirements[0].startYearsBeforeClosure: must be greater than fullYearsBeforeClosure:"
                                + " phasing starts before full security is due (was 15 <= 15)")),
                Arguments.of(PHASED.replace("\"startYearsBeforeClosure\": 15", "\"startYearsBeforeClosure\": 4"),
                        List.of("requirements[0].startYearsBeforeClosure: must be greater than fullYearsBeforeClosure:"
                                + " phasing starts before full security is due (was 4 <= 6)")),
                Arguments.of(POOLED.replace("2.75", "100.5"),
                        List.of("requirements[0].ratePercent: must be at most 100 (per cent of the estimate a year; "
                                + "was 100.5)")),
                Arguments.of(FULL_COST.replace("\"base\"", "\"median\""),
                        List.of("requirements[0].estimate: must be a number or \"base\", was \"median\"")),
                Arguments.of(FULL_COST.replace("\"base\"", "-1"),
                        List.of("requirements[0].estimate: must be >= 0 (was -1)")),
                Arguments.of(FULL_COST + ", " + FULL_COST, List.of("requirements[1].name: duplicate name \"Full "
                        + "cost\" (also requirements[0]); names must be unique within requirements")),
                Arguments.of(FULL_COST.replace("Full cost", "Full/cost"), List.of("requirements[0].name: must not "
                        + "contain \"/\", which separates the parts of input paths (was \"Full/cost\")")),
                Arguments.of(FULL_COST.replace("\"percent\": 100", "\"ratePercent\": 1"), List.of(
                        "requirements[0].ratePercent: unknown field \"ratePercent\" for rule \"percent-of-estimate\" "
                                + Suggestions.hint("ratePercent", RequirementFormat.Requirement.OBJECT.names(
                                "percent-of-estimate")),
                        "requirements[0].percent: required field is missing")));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void badRulesAreRefusedAtTheirPath(String requirement, List<String> expected) {
        LoadResult r = ScenarioReader.readString(scenario(requirement));
        assertFalse(r.isValid());
        assertEquals(expected, r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void aBaseEstimateNeedsAClosurePackage() {
        String noPackage = "requirements[0].estimate: is \"base\", but the scenario has no closure package to "
                + "estimate (no cost items, water treatment, rehabilitation or risk events); give the estimate as "
                + "a number";
        LoadResult r = ScenarioReader.readString(scenario(FULL_COST, ""));
        assertEquals(List.of(noPackage), r.errors().stream().map(ValidationError::toString).toList());
        Scenario fixed = read(scenario(FULL_COST.replace("\"base\"", "5e6"), ""));
        assertEquals(List.of(noPackage), ScenarioValidator.validate(fixed.withRequirements(List.of(
                new Requirement.PercentOfEstimate("Full cost", null, new Estimate.Base(), 100, 0))))
                .stream().map(ValidationError::toString).toList());
    }
}
