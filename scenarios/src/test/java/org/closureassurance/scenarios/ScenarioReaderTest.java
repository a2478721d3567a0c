package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
    private static Scenario load(String json) {
        LoadResult r = ScenarioReader.readString(json);
        assertTrue(r.isValid(), r::errorReport);
        return r.scenarioOrThrow();
    }

    private static List<String> errors(String json) {
        return ScenarioReader.readString(json).errors().stream().map(ValidationError::toString).toList();
    }

    @Test
    void leftOutFieldsTakeTheDocumentedDefaults() {
        Scenario s = load(scenario(
                "forfeiture", "{'mode': 'annual-hazard'}",
                "costItems", "[{'name': 'A', 'amount': 1}]",
                "waterTreatment", "[{'name': 'W', 'duration': {'type': 'years', 'years': 10}}]",
                "rehabilitation", "[{'name': 'D', 'area': {'value': 5, 'unit': 'ha'}, "
                        + "'recovery': {'model': 'exponential', 'rate': 0.1, 'target': 0.7}, 'setback': {}}]",
                "riskEvents", "[{'name': 'Once', 'cost': 1}, {'name': 'Yearly', 'annualProbability': 0.1, 'cost': 1}]",
                "assurance", "[{'type': 'bond', 'name': 'B', 'amount': 1}, "
                        + "{'type': 'parent-guarantee', 'name': 'P', 'amount': 1}, {'type': 'trust-fund', 'name': 'T'}]",
                "closureYear", "{'dist': 'pert', 'min': 1, 'mode': 2, 'max': 3}",
                "economics", "{'discountRate': {'dist': 'normal', 'mean': 0.03, 'sd': 0.01, 'min': 0}}"));
        Value zero = Value.of(0);
        Value one = Value.of(1);
        assertEquals(new SimulationSettings(10_000, 0, 50, Sampling.MONTE_CARLO), s.simulation());
        assertNull(s.description());
        assertNull(s.currency());
        assertNull(s.baseYear());
        assertEquals(new Forfeiture.AnnualHazard(zero, zero), s.forfeiture());
        assertEquals(new Pert(1, 2, 3, 4), s.closureYear());
        assertEquals(new Normal(0.03, 0.01, 0, Double.POSITIVE_INFINITY), s.economics().discountRate());

        CostItem item = s.costItems().get(0);
        assertEquals(CostItem.lump("A", null, one, 0, 1), item);

        WaterStream w = s.waterTreatment().get(0);
        assertEquals(one, w.probability());
        assertEquals(zero, w.startYear());
        assertEquals(zero, w.fixedAnnualCost());
        assertEquals(zero, w.capitalCost());
        assertNull(w.flow());
        assertNull(w.unitCost());
        assertNull(w.replacementEveryYears());

        RehabilitationDomain d = s.rehabilitation().get(0);
        assertEquals(zero, d.startYear());
        assertEquals(0, d.monitoringYears());
        assertEquals(zero, d.monitoringCostPerYear());
        assertNull(d.establishmentCost());
        assertNull(d.maintenanceCostPerAreaYear());
        assertEquals(zero, d.recovery().initialCondition());
        assertEquals(zero, d.setback().annualProbability());
        assertEquals(zero, d.setback().conditionLoss());
        assertNull(d.setback().reworkCostPerArea());

        assertEquals(new RiskOccurrence.Once(one, 0), s.riskEvents().get(0).occurrence());
        assertEquals(new RiskOccurrence.PerYear(Value.of(0.1), 0, null, 1), s.riskEvents().get(1).occurrence());

        assertEquals(new AssuranceInstrument.Bond("B", null, BondKind.SURETY, one, null, zero, zero),
                s.assurance().get(0));
        assertEquals(new AssuranceInstrument.ParentGuarantee("P", null, one, zero), s.assurance().get(1));
        assertEquals(new AssuranceInstrument.TrustFund("T", null, zero, zero, zero, zero, false), s.assurance().get(2));
    }

    @Test
    void discreteWeightsDefaultToEqual() {
        Scenario s = load(scenario("closureYear", "{'dist': 'discrete', 'values': [3, 5, 8]}"));
        assertEquals(new Discrete(new double[] {3, 5, 8}, new double[] {1, 1, 1}), s.closureYear());
    }

    @Test
    void aFileWithSeveralProblemsReportsThemAll() {
        String json = scenario(
                "simulation", "{'horizonYear': 50}",
                "costItems", "[{'name': 'A', 'amount': -1, 'startYear': 0.5}, "
                        + "{'name': 'B', 'quantity': {'value': 1, 'unit': 'furlong'}, 'unitCost': {'value': 1, 'per': 'm'}}]",
                "riskEvents", "[{'name': 'R', 'probability': 2, 'cost': 1}]");
        assertEquals(List.of(
                "simulation.horizonYear: unknown field \"horizonYear\" (did you mean \"horizonYears\"?)",
                "simulation.horizonYears: required field is missing",
                "costItems[0].startYear: must be a whole number (was 0.5)",
                "costItems[0].amount: must be >= 0 (was -1)",
                "costItems[1].quantity.unit: unknown unit \"furlong\" (accepted units: "
                        + String.join(" ", org.closureassurance.scenarios.units.UnitTable.symbols()) + ")",
                "riskEvents[0].probability: must lie in [0, 1] (was 2)"), errors(json));
    }

    @Test
    void anUnreadableAreaDoesNotHideTheRecoveryTarget() {
        String json = scenario("rehabilitation", "[{'name': 'D', 'area': 45, "
                + "'recovery': {'model': 'exponential', 'rate': 0.1, 'target': 70}}]");
        assertEquals(List.of(
                "rehabilitation[0].area: must be an object like {\"value\": 45, \"unit\": \"ha\"}, was a number",
                "rehabilitation[0].recovery.target: must lie in (0, 1] (was 70)"), errors(json));
    }

    @Test
    void aNegativeAmountIsReportedBesideAMalformedQuantity() {
        String json = scenario("costItems", "[{'name': 'A', 'amount': -5, 'quantity': {'value': 1}}]");
        assertEquals(List.of(
                "costItems[0]: give either amount, or quantity and unitCost, not both",
                "costItems[0].quantity.unit: required field is missing",
                "costItems[0].amount: must be >= 0 (was -5)"), errors(json));
    }

    @Test
    void aQuantityOrRateWrittenAsAPlainValueIsShownTheShapeItNeeds() {
        String json = scenario(
                "costItems", "[{'name': 'A', 'quantity': 5, 'unitCost': {'value': 2, 'per': 'm3'}}]",
                "waterTreatment", "[{'name': 'W', 'flow': {'value': 3, 'unit': 'L/s'}, 'unitCost': '0.5', "
                        + "'duration': {'type': 'decay', 'initialConcentration': {'value': 40, 'unit': 'mg/L'}, "
                        + "'limit': 2, 'halfLifeYears': 8}}]");
        assertEquals(List.of(
                "costItems[0].quantity: must be an object like {\"value\": 5, \"unit\": \"m3\"}, was a number",
                "waterTreatment[0].unitCost: must be an object like {\"value\": ..., \"per\": \"m3\"}, was a string",
                "waterTreatment[0].duration.limit: must be an object like {\"value\": 2, \"unit\": \"mg/L\"}, "
                        + "was a number"), errors(json));
    }

    @Test
    void independentProblemsOfBrokenElementsInEverySectionAreAllReported() {
        // Each element below has one part that cannot be read and, beside it, a part that reads
        // but is out of range; before, the unreadable part hid the range problem of its sibling.
        String json = scenario(
                "forfeiture", "{'mode': 'annual-hazard', 'beforeClosure': 2, 'afterClosure': 'x'}",
                "costItems", "[{'name': 'A', 'amount': -1, 'accrual': [{'year': 0}]}]",
                "indirectCosts", "[{'name': 'I', 'percent': -4, 'appliesTo': [7]}]",
                "waterTreatment", "[{'name': 'W', 'probability': 1.5, 'duration': {'type': 'decay', "
                        + "'initialConcentration': {'value': -1, 'unit': 'mg/L'}, 'halfLifeYears': 8}}]",
                "rehabilitation", "[{'name': 'D', 'area': {'value': -3, 'unit': 'ha'}, "
                        + "'recovery': {'model': 'exponental', 'rate': -0.1, 'target': 0.7}, "
                        + "'setback': {'annualProbability': 3, 'conditionLoss': 'half'}}]",
                "riskEvents", "[{'name': 'R', 'probability': 2, 'cost': 'high'}]",
                "assurance", "[{'type': 'bond', 'name': 'B', 'schedule': [{'fromYear': 0}], 'recoveryRate': 2}, "
                        + "{'type': 'parent-guarantee', 'name': 'P', 'amount': -1, 'colour': 'red', "
                        + "'guarantorFailsWithOperatorProbability': 'x'}, "
                        + "{'type': 'trust-fund', 'name': 'T', 'initialBalance': -1, 'drawdown': 'yes'}]");
        assertEquals(List.of(
                "forfeiture.afterClosure: must be a number or a distribution object like {\"dist\": \"triangular\", "
                        + "...}, was a string",
                "forfeiture.beforeClosure: must lie in [0, 1] (was 2)",
                "costItems[0].accrual[0].fraction: required field is missing",
                "costItems[0].amount: must be >= 0 (was -1)",
                "indirectCosts[0].appliesTo[0]: must be a string, was a number",
                "indirectCosts[0].percent: must be >= 0 (was -4)",
                "waterTreatment[0].duration.limit: required field is missing",
                "waterTreatment[0].duration.initialConcentration.value: must be >= 0 (was -1)",
                "waterTreatment[0].probability: must lie in [0, 1] (was 1.5)",
                "rehabilitation[0].recovery.model: unknown recovery model \"exponental\" (did you mean "
                        + "\"exponential\"?)",
                "rehabilitation[0].recovery.rate: must be >= 0 (was -0.1)",
                "rehabilitation[0].setback.conditionLoss: must be a number or a distribution object like "
                        + "{\"dist\": \"triangular\", ...}, was a string",
                "rehabilitation[0].setback.annualProbability: must lie in [0, 1] (was 3)",
                "rehabilitation[0].area.value: must be >= 0 (was -3)",
                "riskEvents[0].cost: must be a number or a distribution object like {\"dist\": \"triangular\", "
                        + "...}, was a string",
                "riskEvents[0].probability: must lie in [0, 1] (was 2)",
                "assurance[0].schedule[0].amount: required field is missing",
                "assurance[0].recoveryRate: must lie in [0, 1] (was 2)",
                "assurance[1].colour: unknown field \"colour\" for type \"parent-guarantee\" (expected one of: type, "
                        + "name, description, amount, guarantorFailsWithOperatorProbability, driver)",
                "assurance[1].guarantorFailsWithOperatorProbability: must be a number or a distribution object like "
                        + "{\"dist\": \"triangular\", ...}, was a string",
                "assurance[1].amount: must be >= 0 (was -1)",
                "assurance[2].drawdown: must be true or false, was a string",
                "assurance[2].initialBalance: must be >= 0 (was -1)"), errors(json));
    }

    @Test
    void validatorChecksInnerObjectsFirstAsTheFileReaderDoes() {
        Scenario s = load(scenario());
        WaterDuration.Decay decay = new WaterDuration.Decay(
                new org.closureassurance.simulator.model.Quantity(Value.of(-1), "mg/L", 1e-3),
                new org.closureassurance.simulator.model.Quantity(Value.of(2), "mg/L", 1e-3), Value.of(8));
        Scenario edited = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                s.economics(), s.closureYear(), s.forfeiture(), s.costItems(), s.indirectCosts(), s.correlations(),
                List.of(new WaterStream("W", null, Value.of(1.5), Value.of(0), null, null, Value.of(0), Value.of(0),
                        null, decay)),
                s.rehabilitation(), s.riskEvents(), s.assurance());
        List<String> fromFile = errors(scenario("waterTreatment", "[{'name': 'W', 'probability': 1.5, "
                + "'duration': {'type': 'decay', 'initialConcentration': {'value': -1, 'unit': 'mg/L'}, "
                + "'limit': {'value': 2, 'unit': 'mg/L'}, 'halfLifeYears': 8}}]"));
        assertEquals(List.of("waterTreatment[0].duration.initialConcentration.value: must be >= 0 (was -1)",
                "waterTreatment[0].probability: must lie in [0, 1] (was 1.5)"), fromFile);
        assertEquals(fromFile, ScenarioValidator.validate(edited).stream().map(ValidationError::toString).toList());
    }

    @Test
    void problemsInOtherPartsDoNotHideEachOther() {
        String json = scenario(
                "costItems", "[{'name': 'A', 'amount': -1, 'colour': 'red'}]",
                "economics", "{'discountRate': {'dist': 'uniform', 'min': -2, 'max': 0.1}}");
        assertEquals(List.of(
                "costItems[0].colour: unknown field \"colour\" (expected one of: name, description, category, "
                        + "quantity, unitCost, amount, startYear, durationYears, accrual)",
                "costItems[0].amount: must be >= 0 (was -1)",
                "economics.discountRate: must be > -1 (min was -2)"), errors(json));
    }

    @Test
    void correlationsWithUnreadableInputsAreNotJudged() {
        String json = scenario(
                "costItems", "[{'name': 'A', 'amount': {'dist': 'uniform', 'min': 1}}]",
                "closureYear", "{'dist': 'uniform', 'min': 4, 'max': 6}",
                "correlations", "[{'a': 'costItems/A/amount', 'b': 'closureYear', 'rho': 0.5}]");
        assertEquals(List.of("costItems[0].amount.max: required field is missing"), errors(json));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        assertEquals(List.of("$: malformed JSON at line 3, column 17: expected \":\" after the field name, found "
                + "\"5\""), errors("{\n  \"format\": \"closure-assurance/1\",\n  \"closureYear\" 5\n}"));
    }

    @Test
    void nanIsRejected() {
        assertEquals(List.of("$: malformed JSON at line 6, column 18: \"NaN\" is not allowed: numbers must be finite "
                + "(JSON has no NaN or Infinity)"), errors(scenario("closureYear", "NaN")));
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        byte[] bytes = scenario("description", "'Caf\u00e9'").getBytes(StandardCharsets.ISO_8859_1);
        LoadResult r = ScenarioReader.read(bytes);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).toString().startsWith("$: the file is not valid UTF-8: byte 0xE9 at line 8"),
                r::errorReport);
    }

    @Test
    void nestingBeyondTheDepthLimitIsAnError() {
        String deep = scenario("description", "[".repeat(70) + "]".repeat(70));
        LoadResult r = ScenarioReader.readString(deep);
        assertEquals(List.of("description" + "[0]".repeat(63) + ": objects and arrays are nested more than 64 "
                + "levels deep"), r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void listsBeyondTheElementLimitAreAnError() {
        JsonLimits tight = new JsonLimits(1 << 20, 64, 8, 100);
        String items = "[" + "{'name': 'A', 'amount': 1}, ".repeat(8) + "{'name': 'B', 'amount': 1}]";
        LoadResult r = ScenarioReader.read(scenario("costItems", items).getBytes(StandardCharsets.UTF_8), tight);
        assertEquals(List.of(new ValidationError("costItems", "the list has more than 8 elements")), r.errors());
    }

    @Test
    void aMissingFileIsReportedNotThrown(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");
        assertEquals(List.of(new ValidationError("$", "cannot read " + file + ": no such file")),
                ScenarioReader.read(file).errors());
    }

    @Test
    void anInvalidResultRefusesToGiveAScenario() {
        LoadResult r = ScenarioReader.readString("{}");
        assertInstanceOf(LoadResult.Invalid.class, r);
        IllegalStateException e = assertThrows(IllegalStateException.class, r::scenarioOrThrow);
        assertTrue(e.getMessage().contains("format: required field is missing"));
        assertThrows(IllegalArgumentException.class, () -> new LoadResult.Invalid(List.of()));
    }

    @Test
    void seedsKeepAllSixtyFourBits() {
        Scenario s = load(scenario("simulation", "{'horizonYears': 50, 'seed': 9223372036854775807}"));
        assertEquals(Long.MAX_VALUE, s.simulation().seed());
        assertEquals(List.of("simulation.seed: must be <= 9223372036854775807 (was 9223372036854775808)"),
                errors(scenario("simulation", "{'horizonYears': 50, 'seed': 9223372036854775808}")));
    }

    @Test
    void loadedScenarioNamesItsInputsByTheSpecsPaths() {
        Scenario s = load(scenario(
                "waterTreatment", "[{'name': 'Heap draindown', 'duration': {'type': 'years', "
                        + "'years': {'dist': 'uniform', 'min': 5, 'max': 15}}}]",
                "assurance", "[{'type': 'bond', 'name': 'Reclamation surety', 'schedule': [{'fromYear': 0, "
                        + "'amount': 1e6}, {'fromYear': 10, 'amount': {'dist': 'uniform', 'min': 2e6, 'max': 3e6}}]}]",
                "rehabilitation", "[{'name': 'Dump', 'area': {'value': 5, 'unit': 'ha'}, "
                        + "'recovery': {'model': 'exponential', 'rate': 0.1, 'target': 0.7}, "
                        + "'setback': {'annualProbability': 0.1, 'conditionLoss': 0.3, "
                        + "'reworkCostPerArea': {'value': {'dist': 'uniform', 'min': 1, 'max': 2}, 'per': 'ha'}}}]",
                "forfeiture", "{'mode': 'year', 'year': {'dist': 'uniform', 'min': 3, 'max': 9}}",
                "correlations", "[{'a': 'waterTreatment/Heap draindown/duration.years', "
                        + "'b': 'assurance/Reclamation surety/schedule[1].amount', 'rho': 0.3}]"));
        List<String> sampled = InputPaths.sampled(s).stream().map(SampledInput::path).toList();
        assertEquals(List.of("forfeiture/year", "waterTreatment/Heap draindown/duration.years",
                "rehabilitation/Dump/setback.reworkCostPerArea",
                "assurance/Reclamation surety/schedule[1].amount"), sampled);
    }

    @Test
    void validatorGivesTheFileReadersMessageForAnInMemoryScenario() {
        Scenario s = load(scenario("costItems", "[{'name': 'A', 'amount': 1}]"));
        Scenario edited = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                s.economics(), s.closureYear(), s.forfeiture(),
                List.of(CostItem.lump("A", null, Value.of(-5), 0, 1), CostItem.lump("A", null, Value.of(1), 0, 1)),
                s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                s.assurance());
        List<String> fromFile = errors(scenario("costItems", "[{'name': 'A', 'amount': -5}, {'name': 'A', "
                + "'amount': 1}]"));
        List<String> inMemory = ScenarioValidator.validate(edited).stream().map(ValidationError::toString).toList();
        assertEquals(fromFile, inMemory);
        assertEquals(2, inMemory.size());
    }

    @Test
    void validatorReportsProblemsInTheFileReadersOrder() {
        Scenario s = load(scenario());
        Scenario edited = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(),
                new Economics(new Uniform(0, 0.05)), s.closureYear(), s.forfeiture(), s.costItems(),
                s.indirectCosts(), s.correlations(),
                List.of(new WaterStream("W", null, Value.of(1.5), Value.of(0), null, null, Value.of(0), Value.of(0),
                        null, new WaterDuration.Perpetual())),
                s.rehabilitation(), s.riskEvents(),
                List.of(new AssuranceInstrument.SelfBond("S", null, Value.of(-1))));
        List<String> fromFile = errors(scenario(
                "economics", "{'discountRate': {'dist': 'uniform', 'min': 0, 'max': 0.05}}",
                "waterTreatment", "[{'name': 'W', 'probability': 1.5, 'duration': {'type': 'perpetual'}}]",
                "assurance", "[{'type': 'self-bond', 'name': 'S', 'amount': -1}]"));
        assertEquals(List.of("waterTreatment[0].probability: must lie in [0, 1] (was 1.5)",
                "assurance[0].amount: must be >= 0 (was -1)",
                "economics.discountRate: must be > 0 when a water stream is perpetual (min was 0)"), fromFile);
        assertEquals(fromFile, ScenarioValidator.validate(edited).stream().map(ValidationError::toString).toList());
    }

    @Test
    void noInputEverEndsInAnExceptionOrAnInternalError() {
        String valid = ScenarioWriter.write(SpecExamplesTest.load("/format/whole-file.json"));
        String alphabet = "{}[]:,\"0123456789.-eE ntrufalsNI\\/xyzµ";
        SplittableRandom random = new SplittableRandom(7);
        List<String> internal = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(valid);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            LoadResult r = ScenarioReader.readString(sb.toString());
            if (!r.isValid()) {
                assertFalse(r.errors().isEmpty());
                r.errors().stream().filter(x -> x.message().startsWith("internal error"))
                        .forEach(x -> internal.add(x + "\n" + sb));
            }
        }
        assertEquals(List.of(), internal);
    }
}
