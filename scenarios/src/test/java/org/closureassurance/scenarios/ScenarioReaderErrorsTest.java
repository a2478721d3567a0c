package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken scenario reports exactly the listed errors, path and message. */
class ScenarioReaderErrorsTest {
    private static final String TOP_FIELDS = "format, name, description, currency, baseYear, simulation, economics, "
            + "closureYear, forfeiture, costItems, indirectCosts, correlations, waterTreatment, rehabilitation, "
            + "riskEvents, assurance, overruns, economy, providers, afterForfeiture, requirements";

    private static Arguments c(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    private static String water(String fields) {
        return "[{'name': 'Pit lake', " + fields + "}]";
    }

    private static String domain(String fields) {
        return "[{'name': 'Dump', 'area': {'value': 50, 'unit': 'ha'}, " + fields + "}]";
    }

    private static final String PERPETUAL = "'duration': {'type': 'perpetual'}";
    private static final String EXPONENTIAL = "'recovery': {'model': 'exponential', 'rate': 0.1, 'target': 0.7}";

    static Stream<Arguments> brokenScenarios() {
        return Stream.of(
            // types
            c(scenario("closureYear", "'5'"),
                "closureYear: must be a number or a distribution object like {\"dist\": \"triangular\", ...}, was a string"),
            c(scenario("costItems", "{}"), "costItems: must be a list, was an object"),
            c(scenario("costItems", "[5]"),
                "costItems[0]: must be an object like {\"name\": ..., \"amount\": 1000000}, was a number"),
            // an object written as a plain value is shown the shape it needs
            c(scenario("simulation", "100"),
                "simulation: must be an object like {\"horizonYears\": 100}, was a number"),
            c(scenario("forfeiture", "'at-closure'"),
                "forfeiture: must be an object like {\"mode\": \"at-closure\"}, was a string"),
            c(scenario("waterTreatment", water("'duration': 'perpetual'")),
                "waterTreatment[0].duration: must be an object like {\"type\": \"perpetual\"}, was a string"),
            c(scenario("rehabilitation", domain("'recovery': 0.1")),
                "rehabilitation[0].recovery: must be an object like {\"model\": \"exponential\", \"rate\": 0.1, "
                    + "\"target\": 0.7}, was a number"),
            c(scenario("rehabilitation", domain(EXPONENTIAL + ", 'setback': 0.05")),
                "rehabilitation[0].setback: must be an object like {\"annualProbability\": 0.05, \"conditionLoss\": "
                    + "0.5}, was a number"),
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'accrual': [0.5]}]"),
                "costItems[0].accrual[0]: must be an object like {\"year\": 0, \"fraction\": 0.5}, was a number"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'schedule': [1000000]}]"),
                "assurance[0].schedule[0]: must be an object like {\"fromYear\": 0, \"amount\": 1000000}, was a "
                    + "number"),
            c(scenario("assurance", "['bond']"),
                "assurance[0]: must be an object like {\"type\": \"bond\", \"name\": ..., \"amount\": 1000000}, was "
                    + "a string"),
            c(scenario("name", "42"), "name: must be a string, was a number"),
            c(scenario("assurance", "[{'type': 'trust-fund', 'name': 'T', 'drawdown': 'yes'}]"),
                "assurance[0].drawdown: must be true or false, was a string"),
            c("[]", "$: the file must hold a JSON object, was an array"),
            // unknown fields
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'durationYear': 2}]"),
                "costItems[0].durationYear: unknown field \"durationYear\" (did you mean \"durationYears\"?)"),
            c(scenario("colour", "'red'"), "colour: unknown field \"colour\" (expected one of: " + TOP_FIELDS + ")"),
            c(scenario("assurance", "[{'type': 'self-bond', 'name': 'S', 'amount': 1, 'schedule': []}]"),
                "assurance[0].schedule: unknown field \"schedule\" for type \"self-bond\" (expected one of: type, "
                    + "name, description, amount)"),
            c(scenario("forfeiture", "{'mode': 'at-closure', 'year': 3}"),
                "forfeiture.year: unknown field \"year\" for mode \"at-closure\" (expected one of: mode)"),
            c(scenario("closureYear", "{'dist': 'normal', 'mean': 5, 'sd': 1, 'mode': 5}"),
                "closureYear.mode: unknown field \"mode\" for a normal distribution (expected one of: dist, mean, sd, "
                    + "min, max)"),
            // missing required fields
            c(scenario("format", null), "format: required field is missing"),
            c(scenario("name", null), "name: required field is missing"),
            c(scenario("name", "null"), "name: required field is null"),
            c(scenario("simulation", "{}"), "simulation.horizonYears: required field is missing"),
            c(scenario("economics", "{}"), "economics.discountRate: required field is missing"),
            c(scenario("closureYear", null), "closureYear: required field is missing"),
            c(scenario("forfeiture", null), "forfeiture: required field is missing"),
            c(scenario("forfeiture", "{'mode': 'year'}"), "forfeiture.year: required field is missing"),
            c(scenario("forfeiture", "{}"),
                "forfeiture.mode: required field is missing (one of: at-closure, year, annual-hazard)"),
            c(scenario("closureYear", "{'dist': 'triangular', 'min': 1, 'max': 3}"),
                "closureYear.mode: required field is missing"),
            // format and named choices
            c(scenario("format", "'closure-assurance/2'"),
                "format: must be \"closure-assurance/1\", was \"closure-assurance/2\": a later version of the format "
                    + "than this tool reads (the additions of version 0.2 of the model are optional fields of "
                    + "closure-assurance/1)"),
            c(scenario("closureYear", "{'dist': 'trangular', 'min': 1, 'mode': 2, 'max': 3}"),
                "closureYear.dist: unknown distribution \"trangular\" (did you mean \"triangular\"?)"),
            c(scenario("forfeiture", "{'mode': 'at_closure'}"),
                "forfeiture.mode: unknown forfeiture mode \"at_closure\" (did you mean \"at-closure\"?)"),
            c(scenario("waterTreatment", water("'duration': {'type': 'forever'}")),
                "waterTreatment[0].duration.type: unknown duration type \"forever\" (expected one of: years, decay, "
                    + "perpetual)"),
            c(scenario("rehabilitation", domain("'recovery': {'model': 'sigmoid', 'rate': 0.1, 'target': 0.7}")),
                "rehabilitation[0].recovery.model: unknown recovery model \"sigmoid\" (expected one of: exponential, "
                    + "logistic)"),
            c(scenario("assurance", "[{'type': 'bond', 'kind': 'surity', 'name': 'B', 'amount': 1}]"),
                "assurance[0].kind: unknown bond kind \"surity\" (did you mean \"surety\"?)"),
            c(scenario("assurance", "[{'type': 'bonds', 'name': 'B', 'amount': 1}]"),
                "assurance[0].type: unknown assurance type \"bonds\" (did you mean \"bond\"?)"),
            c(scenario("simulation", "{'horizonYears': 50, 'sampling': 'lhs'}"),
                "simulation.sampling: unknown sampling method \"lhs\" (expected one of: monte-carlo, latin-hypercube)"),
            // probabilities
            c(scenario("waterTreatment", water("'probability': 1.2, " + PERPETUAL)),
                "waterTreatment[0].probability: must lie in [0, 1] (was 1.2)"),
            c(scenario("riskEvents", "[{'name': 'R', 'probability': {'dist': 'uniform', 'min': 0.5, 'max': 1.5}, "
                    + "'cost': 1}]"),
                "riskEvents[0].probability: must lie in [0, 1] (max was 1.5)"),
            c(scenario("forfeiture", "{'mode': 'annual-hazard', 'beforeClosure': 0.01, 'afterClosure': 2}"),
                "forfeiture.afterClosure: must lie in [0, 1] (was 2)"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'amount': 1, "
                    + "'providerAnnualDefaultProbability': {'dist': 'normal', 'mean': 0.01, 'sd': 0.01, 'min': 0}}]"),
                "assurance[0].providerAnnualDefaultProbability: must lie in [0, 1] (a normal without \"max\" is "
                    + "unbounded above)"),
            // distribution parameters
            c(scenario("costItems", "[{'name': 'A', 'amount': {'dist': 'triangular', 'min': 2, 'mode': 1, 'max': 3}}]"),
                "costItems[0].amount.mode: must be >= min (was 1 < 2)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': 1}, {'name': 'B', 'amount': 2}, {'name': 'C', "
                    + "'quantity': {'value': 5, 'unit': 'm3'}, 'unitCost': {'value': {'dist': 'pert', 'min': 8, "
                    + "'mode': 12, 'max': 10}, 'per': 'm3'}}]"),
                "costItems[2].unitCost.value.max: must be >= mode (was 10 < 12)"),
            c(scenario("closureYear", "{'dist': 'uniform', 'min': 9, 'max': 3}"),
                "closureYear.max: must be >= min (was 3 < 9)"),
            c(scenario("economics", "{'discountRate': {'dist': 'normal', 'mean': 0.03, 'sd': -1, 'min': 0}}"),
                "economics.discountRate.sd: must be >= 0 (was -1)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': {'dist': 'lognormal', 'mean': 0, 'sd': 1}}]"),
                "costItems[0].amount.mean: must be > 0 for a lognormal (was 0)"),
            c(scenario("closureYear", "{'dist': 'pert', 'min': 1, 'mode': 2, 'max': 3, 'lambda': -1}"),
                "closureYear.lambda: must be >= 0 (was -1)"),
            c(scenario("closureYear", "{'dist': 'discrete', 'values': [3, 5], 'weights': [1, -0.5]}"),
                "closureYear.weights[1]: must be >= 0 (was -0.5)"),
            c(scenario("closureYear", "{'dist': 'discrete', 'values': [3, 5], 'weights': [0, 0]}"),
                "closureYear.weights: must add up to more than 0 (was 0)"),
            c(scenario("closureYear", "{'dist': 'discrete', 'values': [3, 5], 'weights': [1, 1, 1]}"),
                "closureYear.weights: must have one weight per value (2 values, 3 weights)"),
            c(scenario("closureYear", "{'dist': 'discrete', 'values': []}"), "closureYear.values: must not be empty"),
            c(scenario("closureYear", "{'dist': 'discrete', 'values': [3, '5']}"),
                "closureYear.values[1]: must be a number, was a string"),
            c(scenario("closureYear", "{'dist': 'normal', 'mean': 0, 'sd': 1, 'min': 50, 'max': 60}"),
                "closureYear: [min, max] = [50, 60] lies so far in the tail of a normal with mean 0 and sd 1 that it "
                    + "holds almost no probability"),
            // non-negative inputs
            c(scenario("costItems", "[{'name': 'A', 'amount': -5}]"), "costItems[0].amount: must be >= 0 (was -5)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': {'dist': 'normal', 'mean': 100, 'sd': 10}}]"),
                "costItems[0].amount: must be >= 0 (a normal without \"min\" is unbounded below)"),
            c(scenario("rehabilitation", "[{'name': 'Dump', 'area': {'value': {'dist': 'uniform', 'min': -1, "
                    + "'max': 5}, 'unit': 'ha'}, " + EXPONENTIAL + "}]"),
                "rehabilitation[0].area.value: must be >= 0 (min was -1)"),
            c(scenario("indirectCosts", "[{'name': 'Contingency', 'percent': -3}]"),
                "indirectCosts[0].percent: must be >= 0 (was -3)"),
            c(scenario("waterTreatment", water("'flow': {'value': {'dist': 'discrete', 'values': [-1, 2]}, "
                    + "'unit': 'L/s'}, 'unitCost': {'value': 1, 'per': 'm3'}, " + PERPETUAL)),
                "waterTreatment[0].flow.value: must be >= 0 (smallest value was -1)"),
            c(scenario("rehabilitation", domain("'establishmentCost': {'value': -100, 'per': 'ha'}, "
                    + EXPONENTIAL)),
                "rehabilitation[0].establishmentCost.value: must be >= 0 (was -100)"),
            c(scenario("waterTreatment", water("'duration': {'type': 'decay', 'initialConcentration': {'value': 30, "
                    + "'unit': 'mg/L'}, 'limit': {'value': 0, 'unit': 'mg/L'}, 'halfLifeYears': 5}")),
                "waterTreatment[0].duration.limit.value: must be > 0 (was 0)"),
            // whole numbers and ranges
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'startYear': 1.5}]"),
                "costItems[0].startYear: must be a whole number (was 1.5)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'durationYears': 0}]"),
                "costItems[0].durationYears: must be >= 1 (was 0)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'accrual': [{'year': 1.5, 'fraction': 0.5}]}]"),
                "costItems[0].accrual[0].year: must be a whole number (was 1.5)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'accrual': [{'year': 5, 'fraction': 0.5}, "
                    + "{'year': 5, 'fraction': 1}]}]"),
                "costItems[0].accrual[1].year: must be later than the previous point's year (was 5 after 5)"),
            c(scenario("waterTreatment", water("'capitalCost': 1000, 'replacementEveryYears': 0, " + PERPETUAL)),
                "waterTreatment[0].replacementEveryYears: must be >= 1 (was 0)"),
            c(scenario("rehabilitation", domain("'monitoringYears': 2.5, " + EXPONENTIAL)),
                "rehabilitation[0].monitoringYears: must be a whole number (was 2.5)"),
            c(scenario("riskEvents", "[{'name': 'R', 'annualProbability': 0.1, 'maxOccurrences': 0, 'cost': 1}]"),
                "riskEvents[0].maxOccurrences: must be >= 1 (was 0)"),
            c(scenario("riskEvents", "[{'name': 'R', 'year': -1, 'cost': 1}]"), "riskEvents[0].year: must be >= 0 (was -1)"),
            c(scenario("riskEvents", "[{'name': 'R', 'annualProbability': 0.1, 'fromYear': 5, 'toYear': 3, "
                    + "'cost': 1}]"),
                "riskEvents[0].toYear: must be >= fromYear (was 3 < 5)"),
            c(scenario("riskEvents", "[{'name': 'R', 'annualProbability': 0.1, 'year': 3, 'cost': 1}]"),
                "riskEvents[0].year: belongs to a once-only event; a per-year event (one with annualProbability) "
                    + "takes fromYear, toYear and maxOccurrences"),
            c(scenario("riskEvents", "[{'name': 'R', 'toYear': 3, 'cost': 1}]"),
                "riskEvents[0].toYear: belongs to a per-year event: give annualProbability, or leave toYear out"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'schedule': [{'fromYear': 0, 'amount': 1}, "
                    + "{'fromYear': 2.5, 'amount': 2}]}]"),
                "assurance[0].schedule[1].fromYear: must be a whole number (was 2.5)"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'schedule': [{'fromYear': 10, 'amount': 1}, "
                    + "{'fromYear': 5, 'amount': 2}]}]"),
                "assurance[0].schedule[1].fromYear: must be later than the previous step's fromYear (was 5 after 10)"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'schedule': []}]"),
                "assurance[0].schedule: must have at least one step"),
            c(scenario("simulation", "{'horizonYears': 50, 'iterations': 0}"),
                "simulation.iterations: must be >= 1 (was 0)"),
            c(scenario("simulation", "{'horizonYears': 0}"), "simulation.horizonYears: must be in 1..1000 (was 0)"),
            c(scenario("simulation", "{'horizonYears': 1001}"), "simulation.horizonYears: must be in 1..1000 (was 1001)"),
            c(scenario("simulation", "{'horizonYears': 50, 'seed': 1.5}"), "simulation.seed: must be a whole number (was 1.5)"),
            // units
            c(scenario("costItems", "[{'name': 'A', 'quantity': {'value': 5, 'unit': 'm3'}, "
                    + "'unitCost': {'value': 2, 'per': 'ha'}}]"),
                "costItems[0].unitCost.per: must be a unit of the quantity's dimension (volume, like \"m3\"), was "
                    + "\"ha\", an area unit"),
            c(scenario("waterTreatment", water("'flow': {'value': 5, 'unit': 'L/s'}, 'unitCost': {'value': 1, "
                    + "'per': 'ha'}, " + PERPETUAL)),
                "waterTreatment[0].unitCost.per: must be a volume unit (m3 L kL ML yd3 ft3 gal), was \"ha\", an area "
                    + "unit"),
            c(scenario("waterTreatment", water("'flow': {'value': 5, 'unit': 'm3'}, 'unitCost': {'value': 1, "
                    + "'per': 'm3'}, " + PERPETUAL)),
                "waterTreatment[0].flow.unit: must be a flow unit (L/s L/min m3/s m3/h m3/d m3/yr m3/a ML/d gal/min), "
                    + "was \"m3\", a volume unit"),
            c(scenario("waterTreatment", water("'flow': {'value': 5, 'unit': 'l/s'}, 'unitCost': {'value': 1, "
                    + "'per': 'm3'}, " + PERPETUAL)),
                "waterTreatment[0].flow.unit: unknown unit \"l/s\" (did you mean \"L/s\"?)"),
            c(scenario("rehabilitation", "[{'name': 'Dump', 'area': {'value': 50, 'unit': 'hectare'}, "
                    + EXPONENTIAL + "}]"),
                "rehabilitation[0].area.unit: unknown unit \"hectare\" (area units: m2 ha km2 acre ft2)"),
            c(scenario("waterTreatment", water("'duration': {'type': 'decay', 'initialConcentration': {'value': 30, "
                    + "'unit': 'mg/L'}, 'limit': {'value': 1, 'unit': 'L'}, 'halfLifeYears': 5}")),
                "waterTreatment[0].duration.limit.unit: must be a concentration unit (mg/L ug/L µg/L g/m3 kg/m3), was "
                    + "\"L\", a volume unit"),
            // names
            c(scenario("costItems", "[{'name': 'A', 'amount': 1}, {'name': 'A', 'amount': 2}]"),
                "costItems[1].name: duplicate name \"A\" (also costItems[0]); names must be unique within costItems"),
            c(scenario("costItems", "[5, {'name': 'A', 'amount': 1}, {'name': 'A', 'amount': 2}]"),
                "costItems[0]: must be an object like {\"name\": ..., \"amount\": 1000000}, was a number",
                "costItems[2].name: duplicate name \"A\" (also costItems[1]); names must be unique within costItems"),
            c(scenario("costItems", "[{'name': 'Dump/north', 'amount': 1}]"),
                "costItems[0].name: must not contain \"/\", which separates the parts of input paths (was "
                    + "\"Dump/north\")"),
            c(scenario("riskEvents", "[{'name': ' ', 'cost': 1}]"), "riskEvents[0].name: must not be empty"),
            // either-or fields
            c(scenario("costItems", "[{'name': 'A', 'amount': 1, 'quantity': {'value': 5, 'unit': 'm3'}, "
                    + "'unitCost': {'value': 2, 'per': 'm3'}}]"),
                "costItems[0]: give either amount, or quantity and unitCost, not both"),
            c(scenario("costItems", "[{'name': 'A'}]"), "costItems[0]: needs either amount, or quantity and unitCost"),
            c(scenario("costItems", "[{'name': 'A', 'quantity': {'value': 5, 'unit': 'm3'}}]"),
                "costItems[0].unitCost: required when quantity is given"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B', 'amount': 1, 'schedule': [{'fromYear': 0, "
                    + "'amount': 1}]}]"),
                "assurance[0]: give either amount or schedule, not both"),
            c(scenario("assurance", "[{'type': 'bond', 'name': 'B'}]"), "assurance[0]: a bond needs either amount or schedule"),
            c(scenario("waterTreatment", water("'flow': {'value': 5, 'unit': 'L/s'}, " + PERPETUAL)),
                "waterTreatment[0].unitCost: required when flow is given"),
            c(scenario("waterTreatment", water("'unitCost': {'value': 1, 'per': 'm3'}, " + PERPETUAL)),
                "waterTreatment[0].flow: required when unitCost is given"),
            // rehabilitation
            c(scenario("rehabilitation", domain("'recovery': {'model': 'logistic', 'rate': 0.2, 'target': 0.7}")),
                "rehabilitation[0].recovery.initialCondition: must lie in (0, 1] for logistic recovery (was 0)"),
            c(scenario("rehabilitation", domain("'recovery': {'model': 'exponential', 'rate': 0.2, 'target': 0}")),
                "rehabilitation[0].recovery.target: must lie in (0, 1] (was 0)"),
            c(scenario("rehabilitation", domain(EXPONENTIAL + ", 'setback': {'annualProbability': 0.05, "
                    + "'conditionLoss': 1.5}")),
                "rehabilitation[0].setback.conditionLoss: must lie in [0, 1] (was 1.5)"),
            // correlations
            c(scenario("costItems", "[{'name': 'X', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}, "
                    + "{'name': 'Y', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}]",
                    "correlations", "[{'a': 'costItems/X/amont', 'b': 'costItems/Y/amount', 'rho': 0.5}]"),
                "correlations[0].a: \"costItems/X/amont\" names no input of this scenario (did you mean "
                    + "\"costItems/X/amount\"?)"),
            c(scenario("costItems", "[{'name': 'X', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}, "
                    + "{'name': 'Y', 'amount': 5}]",
                    "correlations", "[{'a': 'costItems/X/amount', 'b': 'costItems/Y/amount', 'rho': 0.5}]"),
                "correlations[0].b: \"costItems/Y/amount\" is a fixed value (5), not sampled, so it cannot be "
                    + "correlated"),
            c(scenario("waterTreatment", water("'flow': {'value': {'dist': 'uniform', 'min': 1, 'max': 2}, "
                    + "'unit': 'L/s'}, 'unitCost': {'value': 1, 'per': 'm3'}, " + PERPETUAL),
                    "correlations", "[{'a': 'waterTreatment/Pit lake/flow.value', 'b': 'closureYear', 'rho': 0.5}]",
                    "closureYear", "{'dist': 'uniform', 'min': 4, 'max': 6}"),
                "correlations[0].a: \"waterTreatment/Pit lake/flow.value\" names no input of this scenario (did you "
                    + "mean \"waterTreatment/Pit lake/flow\"? paths leave out a quantity's or rate's .value)"),
            c(scenario("closureYear", "{'dist': 'uniform', 'min': 4, 'max': 6}",
                    "economics", "{'discountRate': {'dist': 'uniform', 'min': 0.01, 'max': 0.05}}",
                    "correlations", "[{'a': 'closureYear', 'b': 'economics/discountRate', 'rho': 0.3}, "
                    + "{'a': 'economics/discountRate', 'b': 'closureYear', 'rho': 0.4}]"),
                "correlations[1]: correlates \"economics/discountRate\" and \"closureYear\" again (already in "
                    + "correlations[0])"),
            c(scenario("closureYear", "{'dist': 'uniform', 'min': 4, 'max': 6}",
                    "correlations", "[{'a': 'closureYear', 'b': 'closureYear', 'rho': 0.3}]"),
                "correlations[0].b: must name another input than a (both were \"closureYear\")"),
            c(scenario("closureYear", "{'dist': 'uniform', 'min': 4, 'max': 6}",
                    "economics", "{'discountRate': {'dist': 'uniform', 'min': 0.01, 'max': 0.05}}",
                    "correlations", "[{'a': 'closureYear', 'b': 'economics/discountRate', 'rho': 1}]"),
                "correlations[0].rho: must lie strictly between -1 and 1 (was 1)"),
            c(scenario("costItems", "[{'name': 'A', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}, "
                    + "{'name': 'B', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}, "
                    + "{'name': 'C', 'amount': {'dist': 'uniform', 'min': 1, 'max': 2}}]",
                    "correlations", "[{'a': 'costItems/A/amount', 'b': 'costItems/B/amount', 'rho': 0.9}, "
                    + "{'a': 'costItems/B/amount', 'b': 'costItems/C/amount', 'rho': 0.9}, "
                    + "{'a': 'costItems/A/amount', 'b': 'costItems/C/amount', 'rho': -0.9}]"),
                "correlations: the correlations among \"costItems/A/amount\", \"costItems/B/amount\", "
                    + "\"costItems/C/amount\" contradict each other: their matrix is not positive definite (weaken "
                    + "some of them)"),
            // discount rate
            c(scenario("economics", "{'discountRate': {'dist': 'uniform', 'min': -1.5, 'max': 0.05}}"),
                "economics.discountRate: must be > -1 (min was -1.5)"),
            c(scenario("economics", "{'discountRate': {'dist': 'uniform', 'min': 0, 'max': 0.05}}",
                    "waterTreatment", water(PERPETUAL)),
                "economics.discountRate: must be > 0 when a water stream is perpetual (min was 0)"),
            c(scenario("economics", "{'discountRate': {'dist': 'normal', 'mean': 0.03, 'sd': 0.01}}",
                    "waterTreatment", water(PERPETUAL)),
                "economics.discountRate: must be > -1 (a normal without \"min\" is unbounded below)"),
            // numbers the JSON reader rejects, reported by path
            c(scenario("closureYear", "1e400"),
                "closureYear: number 1e400 is out of range (a number must lie within about ±1.8e308)"),
            c("{\"format\": \"closure-assurance/1\", \"format\": \"closure-assurance/1\", \"name\": \"Dup\", "
                    + "\"simulation\": {\"horizonYears\": 50}, \"economics\": {\"discountRate\": 0.03}, "
                    + "\"closureYear\": 5, \"forfeiture\": {\"mode\": \"at-closure\"}}",
                "format: duplicate field \"format\" (each field may appear once)")
        );
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("brokenScenarios")
    void brokenScenarioReportsExactlyItsErrors(String json, List<String> expected) {
        LoadResult r = ScenarioReader.readString(json);
        assertFalse(r.isValid(), json);
        assertEquals(expected, r.errors().stream().map(ValidationError::toString).toList(), json);
    }

    @Test
    void theBaseOfTheBrokenScenariosIsValid() {
        LoadResult r = ScenarioReader.readString(scenario());
        assertTrue(r.isValid(), r::errorReport);
    }

    @Test
    void thereAreAtLeastThirtyFiveBrokenScenarios() {
        assertTrue(brokenScenarios().count() >= 35);
    }
}
