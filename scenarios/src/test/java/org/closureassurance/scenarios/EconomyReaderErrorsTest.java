package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.AssuranceInstrument.Bond;
import org.closureassurance.simulator.model.AssuranceInstrument.ParentGuarantee;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Economic factors, drivers and named providers in a file: each broken file reports exactly the
 * listed errors with their JSON paths, a sound one reads and writes back unchanged, and the
 * validator of a scenario built from records words the same problems alike.
 */
class EconomyReaderErrorsTest {
    private static final String FACTORS = "{'factors': [{'name': 'copper', 'persistence': 0.7}, "
            + "{'name': 'economy', 'persistence': 0.5}]}";
    private static final String HAZARD = "{'mode': 'annual-hazard', 'beforeClosure': 0.01, 'afterClosure': 0.03, "
            + "'driver': %s}";

    private static Arguments c(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    private static String hazard(String driver) {
        return String.format(HAZARD, driver);
    }

    static Stream<Arguments> brokenScenarios() {
        return Stream.of(
            c(scenario("economy", FACTORS, "forfeiture", hazard("{'factor': 'coper', 'weight': 0.3}")),
                "forfeiture.driver.factor: \"coper\" names no economic factor of this scenario (did you mean "
                    + "\"copper\"?)"),
            c(scenario("forfeiture", hazard("{'factor': 'copper', 'weight': 0.3}")),
                "forfeiture.driver.factor: \"copper\" names no economic factor of this scenario (economy.factors "
                    + "names none)"),
            c(scenario("economy", FACTORS, "forfeiture", hazard("{'factor': 'copper', 'weight': 1}")),
                "forfeiture.driver.weight: must lie in [0, 1) (was 1)"),
            c(scenario("economy", FACTORS, "forfeiture", hazard("{'factor': 'copper'}")),
                "forfeiture.driver.weight: required field is missing"),
            c(scenario("economy", "{'factors': [{'name': 'copper', 'persistence': 1}]}"),
                "economy.factors[0].persistence: must lie in [0, 1) (was 1)"),
            c(scenario("economy", "{'factors': [{'name': 'copper', 'persistence': -0.1}]}"),
                "economy.factors[0].persistence: must lie in [0, 1) (was -0.1)"),
            c(scenario("economy", "{'factors': [{'name': 'copper', 'persistence': 0.5}, "
                    + "{'name': 'copper', 'persistence': 0.2}]}"),
                "economy.factors[1].name: duplicate name \"copper\" (also economy.factors[0]); names must be unique "
                    + "within economy.factors"),
            c(scenario("economy", "{'factors': [{'name': 'a', 'persistence': 0}, {'name': 'b', 'persistence': 0}, "
                    + "{'name': 'c', 'persistence': 0}], 'correlations': [{'a': 'a', 'b': 'b', 'rho': 0.9}, "
                    + "{'a': 'b', 'b': 'c', 'rho': 0.9}, {'a': 'a', 'b': 'c', 'rho': -0.9}]}"),
                "economy.correlations: the correlations among the factors \"a\", \"b\", \"c\" contradict each "
                    + "other: their matrix is not positive definite (weaken some of them)"),
            c(scenario("economy", "{'factors': [{'name': 'a', 'persistence': 0}], "
                    + "'correlations': [{'a': 'a', 'b': 'gold-price', 'rho': 0.5}]}"),
                "economy.correlations[0].b: \"gold-price\" names no economic factor of this scenario (economy.factors: a)"),
            c(scenario("providers", "[{'name': 'Surety', 'annualDefaultProbability': 0.01}]",
                    "assurance", "[{'type': 'bond', 'name': 'B', 'amount': 1, 'provider': 'Surety', "
                    + "'providerAnnualDefaultProbability': 0.02}]"),
                "assurance[0].providerAnnualDefaultProbability: must be left out when the bond names a provider, "
                    + "which gives it"),
            c(scenario("providers", "[{'name': 'Surety'}]",
                    "assurance", "[{'type': 'bond', 'name': 'B', 'amount': 1, 'provider': 'Surty'}]"),
                "assurance[0].provider: \"Surty\" names no bond provider of this scenario (did you mean \"Surety\"?)"),
            c(scenario("providers", "[{'name': 'Surety'}, {'name': 'Surety'}]"),
                "providers[1].name: duplicate name \"Surety\" (also providers[0]); names must be unique within "
                    + "providers"),
            c(scenario("providers", "[{'name': 'Surety', 'driver': {'factor': 'nowhere', 'weight': 0.2}}]"),
                "providers[0].driver.factor: \"nowhere\" names no economic factor of this scenario (economy.factors "
                    + "names none)"),
            c(scenario("economy", FACTORS, "assurance", "[{'type': 'trust-fund', 'name': 'F', "
                    + "'driver': {'factor': 'copper', 'weight': 0.2}}]"),
                "assurance[0].driver: unknown field \"driver\" for type \"trust-fund\" (expected one of: type, name, "
                    + "description, initialBalance, annualContribution, annualReturn, annualFeeRate, drawdown, "
                    + "returnDriver)")
        );
    }

    @ParameterizedTest
    @MethodSource("brokenScenarios")
    void brokenScenarioReportsExactlyItsErrors(String json, List<String> expected) {
        LoadResult r = ScenarioReader.readString(json);
        assertEquals(expected, r.errors().stream().map(ValidationError::toString).toList(), json);
    }

    private static final String SOUND = scenario("economy", "{'factors': [{'name': 'copper', 'persistence': 0.7}, "
            + "{'name': 'economy', 'persistence': 0.5}], 'correlations': [{'a': 'copper', 'b': 'economy', 'rho': 0.4}]}",
            "providers", "[{'name': 'Surety', 'annualDefaultProbability': 0.004, 'recoveryRate': 0.3, "
                    + "'driver': {'factor': 'copper', 'weight': 0.3}}]",
            "forfeiture", hazard("{'factor': 'copper', 'weight': 0.25}"),
            "assurance", "[{'type': 'bond', 'name': 'B', 'amount': 3e7, 'provider': 'Surety'}, "
                    + "{'type': 'bond', 'name': 'Own', 'amount': 1e6, 'providerAnnualDefaultProbability': 0.01, "
                    + "'driver': {'factor': 'economy', 'weight': 0.5}}, "
                    + "{'type': 'parent-guarantee', 'name': 'P', 'amount': 1e7, "
                    + "'guarantorFailsWithOperatorProbability': 0.3, 'driver': {'factor': 'copper', 'weight': 0.4}}, "
                    + "{'type': 'trust-fund', 'name': 'F', 'initialBalance': 5e6, 'annualReturn': 0.03, "
                    + "'returnDriver': {'factor': 'copper', 'weight': 0.3}}]");

    @Test
    void aSoundScenarioReadsWritesAndReadsBackTheSame() {
        Scenario s = ScenarioReader.readString(SOUND).scenarioOrThrow();
        assertEquals(new Driver("copper", 0.4), ((ParentGuarantee) s.assurance().get(2)).driver());
        assertEquals("Surety", ((Bond) s.assurance().get(0)).provider());
        Scenario back = ScenarioReader.readString(ScenarioWriter.write(s)).scenarioOrThrow();
        assertEquals(s, back);
        assertTrue(ScenarioValidator.validate(s).isEmpty());
    }

    @Test
    void theValidatorNamesAnUnknownFactorAndProviderAsTheReaderDoes() {
        Scenario s = ScenarioReader.readString(SOUND).scenarioOrThrow();
        Scenario broken = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                s.economics(), s.closureYear(), s.forfeiture(), s.costItems(), s.indirectCosts(), s.correlations(),
                s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                List.of(new ParentGuarantee("P", null, Value.of(1), Value.of(0.3), new Driver("econom", 0.2))),
                s.overruns(), s.economy(), s.providers());
        assertEquals(List.of("assurance[0].driver.factor: \"econom\" names no economic factor of this scenario "
                + "(did you mean \"economy\"?)"), ScenarioValidator.validate(broken).stream()
                .map(ValidationError::toString).toList());
    }
}
