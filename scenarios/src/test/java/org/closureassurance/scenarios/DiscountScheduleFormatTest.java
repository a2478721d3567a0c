package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 0.2 additions to {@code economics} (a discount schedule, real cost escalation) and the
 * {@code afterForfeiture} section: read, checked with errors at their JSON paths, written back.
 */
class DiscountScheduleFormatTest {
    private static final String PERPETUAL_WATER = "[{'name': 'Pit lake', 'fixedAnnualCost': 100000, "
            + "'duration': {'type': 'perpetual'}}]";
    private static final String GREEN_BOOK = "[{'fromYear': 0, 'rate': 0.035}, {'fromYear': 30, 'rate': 0.03}, "
            + "{'fromYear': 75, 'rate': 0.025}]";

    private static Arguments c(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
            c(scenario("economics", "{'discountRate': [{'fromYear': 5, 'rate': 0.03}, {'fromYear': 30, 'rate': 0.02}]}"),
                "economics.discountRate[0].fromYear: the first step must start at year 0, so every year has a rate "
                    + "(was 5)"),
            c(scenario("economics", "{'discountRate': [{'fromYear': 0, 'rate': 0.035}, {'fromYear': 30, 'rate': 0.03}, "
                    + "{'fromYear': 30, 'rate': 0.025}, {'fromYear': 20, 'rate': 0.02}]}"),
                "economics.discountRate[2].fromYear: must be later than the previous step's fromYear (was 30 after 30)",
                "economics.discountRate[3].fromYear: must be later than the previous step's fromYear (was 20 after 30)"),
            c(scenario("economics", "{'discountRate': []}"),
                "economics.discountRate: a schedule must have at least one step, like [{\"fromYear\": 0, "
                    + "\"rate\": 0.035}]"),
            c(scenario("economics", "{'discountRate': [{'fromYear': 0, 'rate': -1}]}"),
                "economics.discountRate[0].rate: must be > -1 (was -1)"),
            c(scenario("economics", "{'discountRate': [{'fromYear': 0}]}"),
                "economics.discountRate[0].rate: required field is missing"),
            c(scenario("economics", "{'discountRate': 0.03, 'realCostEscalation': -1}"),
                "economics.realCostEscalation: must be > -1 (was -1)"),
            // escalation that makes a perpetuity diverge: the error names both paths
            c(scenario("economics", "{'discountRate': [{'fromYear': 0, 'rate': 0.035}, {'fromYear': 30, 'rate': 0.02}], "
                    + "'realCostEscalation': {'dist': 'uniform', 'min': 0, 'max': 0.025}}",
                    "waterTreatment", PERPETUAL_WATER),
                "economics.realCostEscalation: must stay below the discount rate that holds for ever, "
                    + "economics.discountRate[1].rate, in every draw when a water stream is perpetual: "
                    + "(1 + g)/(1 + r) must be < 1, or the stream's value diverges (g could reach 0.025, r could "
                    + "fall to 0.02)"),
            c(scenario("economics", "{'discountRate': 0.02, 'realCostEscalation': 0.02}",
                    "waterTreatment", PERPETUAL_WATER),
                "economics.realCostEscalation: must stay below the discount rate that holds for ever, "
                    + "economics.discountRate, in every draw when a water stream is perpetual: (1 + g)/(1 + r) must "
                    + "be < 1, or the stream's value diverges (g could reach 0.02, r could fall to 0.02)"),
            c(scenario("economics", "{'discountRate': [{'fromYear': 0, 'rate': 0.035}, {'fromYear': 30, 'rate': 0}]}",
                    "waterTreatment", PERPETUAL_WATER),
                "economics.discountRate[1].rate: must be > 0 when a water stream is perpetual, as the rate that "
                    + "holds for ever (with economics.realCostEscalation 0) (was 0)"),
            c(scenario("afterForfeiture", "{'careAndMaintenancePerYear': -5, 'thirdPartyPremiumPercent': 15, "
                    + "'estateRecoveryRate': 1.5}"),
                "afterForfeiture.careAndMaintenancePerYear: must be >= 0 (was -5)",
                "afterForfeiture.estateRecoveryRate: must lie in [0, 1] (was 1.5)"),
            c(scenario("afterForfeiture", "{'mobilisationDelayYears': 1e16}"),
                "afterForfeiture.mobilisationDelayYears: must be at most 1.0E15 years, the furthest the simulator "
                    + "counts exactly (was 1.0E16)"),
            c(scenario("afterForfeiture", "5"),
                "afterForfeiture: must be an object like {\"mobilisationDelayYears\": 2}, was a number"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("broken")
    void brokenEconomicsAndAfterForfeitureReportTheirErrorsByPath(String json, List<String> expected) {
        LoadResult r = ScenarioReader.readString(json);
        assertFalse(r.isValid(), json);
        assertEquals(expected, r.errors().stream().map(ValidationError::toString).toList(), json);
    }

    @Test
    void aScheduleEscalationAndAfterForfeitureAreReadAsWritten() {
        Scenario s = ScenarioReader.readString(scenario(
                "economics", "{'discountRate': " + GREEN_BOOK + ", 'realCostEscalation': "
                        + "{'dist': 'triangular', 'min': 0, 'mode': 0.005, 'max': 0.015}}",
                "afterForfeiture", "{'mobilisationDelayYears': {'dist': 'uniform', 'min': 1, 'max': 3}, "
                        + "'careAndMaintenancePerYear': 1.5e6, 'thirdPartyPremiumPercent': 15, "
                        + "'estateRecoveryRate': 0.1}",
                "waterTreatment", PERPETUAL_WATER)).scenarioOrThrow();
        assertEquals(List.of(new DiscountStep(0, Value.of(0.035)), new DiscountStep(30, Value.of(0.03)),
                new DiscountStep(75, Value.of(0.025))), s.economics().discountSchedule());
        assertEquals(new Triangular(0, 0.005, 0.015), s.economics().realCostEscalation());
        assertEquals(new AfterForfeiture(new Uniform(1, 3), Value.of(1.5e6), Value.of(15), Value.of(0.1)),
                s.afterForfeiture());
        assertEquals(s, ScenarioReader.readString(ScenarioWriter.write(s)).scenarioOrThrow());
        assertTrue(ScenarioValidator.validate(s).isEmpty());
    }

    @Test
    void aScheduleStepsRateIsAnInputPathThatCanBeCorrelated() {
        LoadResult r = ScenarioReader.readString(scenario(
                "economics", "{'discountRate': [{'fromYear': 0, 'rate': 0.035}, "
                        + "{'fromYear': 30, 'rate': {'dist': 'uniform', 'min': 0.01, 'max': 0.03}}]}",
                "closureYear", "{'dist': 'uniform', 'min': 5, 'max': 8}",
                "correlations", "[{'a': 'economics/discountRate[1].rate', 'b': 'closureYear', 'rho': 0.3}]"));
        assertTrue(r.isValid(), r::errorReport);
    }

    @Test
    void aZeroEscalationAndNoAfterForfeitureAreLeftOutWhenWritten() {
        Scenario s = ScenarioReader.readString(scenario("economics", "{'discountRate': 0.03, "
                + "'realCostEscalation': 0}", "afterForfeiture", "{}")).scenarioOrThrow();
        assertEquals(new Economics(Value.of(0.03)), s.economics());
        assertEquals(AfterForfeiture.NONE, s.afterForfeiture());
        String written = ScenarioWriter.write(s);
        assertFalse(written.contains("realCostEscalation"), written);
        assertFalse(written.contains("afterForfeiture"), written);
    }

    @Test
    void theValidatorReportsAScheduleBuiltFromRecordsAsTheReaderDoes() {
        Scenario s = ScenarioReader.readString(scenario()).scenarioOrThrow();
        Scenario scheduled = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                Economics.scheduled(List.of(new DiscountStep(5, Value.of(0.03)))), s.closureYear(), s.forfeiture(),
                s.costItems(), s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(),
                s.riskEvents(), s.assurance());
        assertEquals(List.of("economics.discountRate[0].fromYear: the first step must start at year 0, so every year "
                + "has a rate (was 5)"), ScenarioValidator.validate(scheduled).stream()
                .map(ValidationError::toString).toList());
    }
}
