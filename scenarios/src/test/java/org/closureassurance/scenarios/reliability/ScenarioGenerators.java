package org.closureassurance.scenarios.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.model.Scenario;

/**
 * Random valid scenarios for the numerical properties: small runs (50 to 300 iterations,
 * horizons of 5 to 120 years) over every section of the format, written as JSON text and read
 * through the reader, so that each one is a scenario a user could have saved.
 */
final class ScenarioGenerators {
    private ScenarioGenerators() {
    }

    /** A valid scenario; fails loudly if the generator ever writes an invalid one. */
    static Arbitrary<Scenario> scenarios() {
        return json().map(ScenarioGenerators::read);
    }

    static Scenario read(String json) {
        LoadResult r = ScenarioReader.readString(json);
        if (!r.isValid()) {
            throw new IllegalStateException("generator wrote an invalid scenario:\n" + r.errorReport() + "\n" + json);
        }
        return r.scenarioOrThrow();
    }

    /** Scenario files as text. */
    static Arbitrary<String> json() {
        Arbitrary<String> head = Combinators.combine(Arbitraries.integers().between(5, 120),
                Arbitraries.integers().between(50, 300), Arbitraries.longs(),
                Arbitraries.of("monte-carlo", "latin-hypercube"), rate(), closureYear(), forfeiture())
                .as((h, n, seed, sampling, rate, closure, forfeiture) -> "\"format\": \"closure-assurance/1\", "
                        + "\"name\": \"Generated mine\", \"simulation\": {\"horizonYears\": " + h + ", \"iterations\": "
                        + n + ", \"seed\": " + seed + ", \"sampling\": \"" + sampling + "\"}, \"economics\": "
                        + "{\"discountRate\": " + rate + "}, \"closureYear\": " + closure + ", \"forfeiture\": "
                        + forfeiture);
        Arbitrary<String> costs = named("C", costItem(), 1, 4);
        Arbitrary<String> water = named("W", waterStream(), 0, 2);
        Arbitrary<String> land = named("R", domain(), 0, 2);
        Arbitrary<String> risks = named("E", riskEvent(), 0, 2);
        Arbitrary<String> indirect = named("I", indirectCost(), 0, 2);
        Arbitrary<String> assurance = named("A", instrument(), 0, 3);
        return Combinators.combine(head, costs, water, land, risks, indirect, assurance)
                .as((hd, c, w, r, e, i, a) -> "{" + hd + ", \"costItems\": " + c + ", \"waterTreatment\": " + w
                        + ", \"rehabilitation\": " + r + ", \"riskEvents\": " + e + ", \"indirectCosts\": " + i
                        + ", \"assurance\": " + a + "}");
    }

    /** A list of {@code min..max} elements named {@code prefix0, prefix1, ...}. */
    private static Arbitrary<String> named(String prefix, Arbitrary<String> element, int min, int max) {
        return element.list().ofMinSize(min).ofMaxSize(max).map(list -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append("{\"name\": \"").append(prefix).append(i).append("\", ")
                        .append(list.get(i)).append('}');
            }
            return sb.append(']').toString();
        });
    }

    private static Arbitrary<String> rate() {
        return Arbitraries.oneOf(Arbitraries.doubles().ofScale(6).between(0.005, 0.08).map(ScenarioGenerators::num),
                Arbitraries.doubles().ofScale(6).between(0.005, 0.03).map(lo -> "{\"dist\": \"uniform\", \"min\": " + num(lo)
                        + ", \"max\": " + num(lo + 0.03) + "}"));
    }

    private static Arbitrary<String> closureYear() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 20).map(String::valueOf),
                Arbitraries.integers().between(0, 10).map(lo -> "{\"dist\": \"triangular\", \"min\": " + lo
                        + ", \"mode\": " + (lo + 2) + ", \"max\": " + (lo + 6) + "}"));
    }

    private static Arbitrary<String> forfeiture() {
        return Arbitraries.oneOf(Arbitraries.just("{\"mode\": \"at-closure\"}"),
                Arbitraries.integers().between(0, 30).map(y -> "{\"mode\": \"year\", \"year\": " + y + "}"),
                Combinators.combine(Arbitraries.doubles().ofScale(6).between(0, 0.1), Arbitraries.doubles().ofScale(6).between(0, 0.2))
                        .as((b, a) -> "{\"mode\": \"annual-hazard\", \"beforeClosure\": " + num(b)
                                + ", \"afterClosure\": " + num(a) + "}"));
    }

    /** A non-negative money Value around {@code scale}. */
    static Arbitrary<String> money(double scale) {
        Arbitrary<Double> m = Arbitraries.doubles().ofScale(6).between(0.1, 10).map(x -> x * scale);
        return Arbitraries.oneOf(m.map(ScenarioGenerators::num),
                m.map(x -> "{\"dist\": \"triangular\", \"min\": " + num(x * 0.8) + ", \"mode\": " + num(x)
                        + ", \"max\": " + num(x * 1.6) + "}"),
                m.map(x -> "{\"dist\": \"pert\", \"min\": " + num(x * 0.7) + ", \"mode\": " + num(x) + ", \"max\": "
                        + num(x * 2) + "}"),
                m.map(x -> "{\"dist\": \"lognormal\", \"mean\": " + num(x) + ", \"sd\": " + num(x * 0.4) + "}"),
                m.map(x -> "{\"dist\": \"normal\", \"mean\": " + num(x) + ", \"sd\": " + num(x * 0.3)
                        + ", \"min\": 0}"),
                m.map(x -> "{\"dist\": \"discrete\", \"values\": [" + num(x) + ", " + num(2 * x) + "], \"weights\": "
                        + "[0.7, 0.3]}"));
    }

    private static Arbitrary<String> costItem() {
        return Combinators.combine(money(1e6), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(1, 6), Arbitraries.of("earthworks", "demolition"))
                .as((amount, start, duration, category) -> "\"category\": \"" + category + "\", \"amount\": " + amount
                        + ", \"startYear\": " + start + ", \"durationYears\": " + duration);
    }

    private static Arbitrary<String> waterStream() {
        Arbitrary<String> duration = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(y -> "{\"type\": \"years\", \"years\": " + y + "}"),
                Arbitraries.just("{\"type\": \"decay\", \"initialConcentration\": {\"value\": {\"dist\": \"uniform\", "
                        + "\"min\": 2, \"max\": 8}, \"unit\": \"mg/L\"}, \"limit\": {\"value\": 300, \"unit\": "
                        + "\"ug/L\"}, \"halfLifeYears\": {\"dist\": \"lognormal\", \"mean\": 6, \"sd\": 2}}"),
                Arbitraries.just("{\"type\": \"perpetual\"}"));
        return Combinators.combine(Arbitraries.doubles().ofScale(6).between(0, 1), Arbitraries.integers().between(0, 10),
                Arbitraries.doubles().ofScale(6).between(0.5, 20), money(1e5), duration)
                .as((p, start, flow, fixed, d) -> "\"probability\": " + num(p) + ", \"startYear\": " + start
                        + ", \"flow\": {\"value\": " + num(flow) + ", \"unit\": \"L/s\"}, \"unitCost\": {\"value\": 0.8, "
                        + "\"per\": \"m3\"}, \"fixedAnnualCost\": " + fixed + ", \"capitalCost\": 500000, "
                        + "\"replacementEveryYears\": 20, \"duration\": " + d);
    }

    private static Arbitrary<String> domain() {
        return Combinators.combine(Arbitraries.doubles().ofScale(6).between(1, 300), Arbitraries.of("exponential", "logistic"),
                Arbitraries.doubles().ofScale(6).between(0.02, 0.5), Arbitraries.doubles().ofScale(6).between(0, 0.2))
                .as((area, model, rate, setback) -> "\"area\": {\"value\": " + num(area) + ", \"unit\": \"ha\"}, "
                        + "\"startYear\": 1, \"establishmentCost\": {\"value\": 15000, \"per\": \"ha\"}, "
                        + "\"maintenanceCostPerAreaYear\": {\"value\": 500, \"per\": \"ha\"}, \"monitoringYears\": 3, "
                        + "\"monitoringCostPerYear\": 20000, \"recovery\": {\"model\": \"" + model + "\", \"rate\": "
                        + num(rate) + ", \"initialCondition\": 0.05, \"target\": 0.7}, \"setback\": "
                        + "{\"annualProbability\": " + num(setback) + ", \"conditionLoss\": 0.4, "
                        + "\"reworkCostPerArea\": {\"value\": 4000, \"per\": \"ha\"}}");
    }

    private static Arbitrary<String> riskEvent() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.doubles().ofScale(6).between(0, 1), Arbitraries.integers().between(0, 10),
                        money(1e6)).as((p, y, c) -> "\"probability\": " + num(p) + ", \"year\": " + y + ", \"cost\": " + c),
                Combinators.combine(Arbitraries.doubles().ofScale(6).between(0, 0.2), Arbitraries.integers().between(1, 4),
                        money(1e5)).as((p, m, c) -> "\"annualProbability\": " + num(p) + ", \"maxOccurrences\": " + m
                        + ", \"cost\": " + c));
    }

    private static Arbitrary<String> indirectCost() {
        return Combinators.combine(Arbitraries.doubles().ofScale(6).between(0, 30),
                Arbitraries.<List<String>>of(List.of(), List.of("earthworks"),
                        List.of("water-treatment", "rehabilitation")))
                .as((pct, applies) -> "\"percent\": " + num(pct) + (applies.isEmpty() ? ""
                        : ", \"appliesTo\": [\"" + String.join("\", \"", applies) + "\"]"));
    }

    private static Arbitrary<String> instrument() {
        Arbitrary<Double> amount = Arbitraries.doubles().ofScale(6).between(0, 3e7);
        return Arbitraries.oneOf(
                Combinators.combine(amount, Arbitraries.doubles().ofScale(6).between(0, 0.05), Arbitraries.doubles().ofScale(6).between(0, 1))
                        .as((a, d, r) -> "\"type\": \"bond\", \"amount\": " + num(a)
                                + ", \"providerAnnualDefaultProbability\": " + num(d) + ", \"recoveryRate\": " + num(r)),
                amount.map(a -> "\"type\": \"bond\", \"schedule\": [{\"fromYear\": 0, \"amount\": " + num(a / 2)
                        + "}, {\"fromYear\": 5, \"amount\": " + num(a) + "}]"),
                amount.map(a -> "\"type\": \"self-bond\", \"amount\": " + num(a)),
                Combinators.combine(amount, Arbitraries.doubles().ofScale(6).between(0, 1))
                        .as((a, p) -> "\"type\": \"parent-guarantee\", \"amount\": " + num(a)
                                + ", \"guarantorFailsWithOperatorProbability\": " + num(p)),
                Combinators.combine(amount, Arbitraries.doubles().ofScale(6).between(0, 2e6), Arbitraries.of(true, false))
                        .as((a, c, d) -> "\"type\": \"trust-fund\", \"initialBalance\": " + num(a / 10)
                                + ", \"annualContribution\": " + num(c) + ", \"annualReturn\": {\"dist\": \"normal\", "
                                + "\"mean\": 0.03, \"sd\": 0.07, \"min\": -0.5, \"max\": 0.5}, \"annualFeeRate\": 0.004, "
                                + "\"drawdown\": " + d));
    }

    static String num(double x) {
        return Double.toString(x);
    }
}
