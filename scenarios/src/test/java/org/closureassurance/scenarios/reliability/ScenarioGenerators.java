package org.closureassurance.scenarios.reliability;

import java.util.List;
import java.util.function.Function;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.model.Scenario;

/**
 * Random valid scenarios for the numerical properties: small runs (50 to 300 iterations,
 * horizons of 5 to 120 years) over every section of the format, written as JSON text and read
 * through the reader, so that each one is a scenario a user could have saved. Drawn from a
 * {@link Gen}, so a scenario is fixed by the generator's seed.
 */
final class ScenarioGenerators {
    /** Decimal places of the generated doubles. */
    private static final int SCALE = 6;

    private ScenarioGenerators() {
    }

    /** A valid scenario; fails loudly if the generator ever writes an invalid one. */
    static Scenario scenario(Gen g) {
        return read(json(g));
    }

    static Scenario read(String json) {
        LoadResult r = ScenarioReader.readString(json);
        if (!r.isValid()) {
            throw new IllegalStateException("generator wrote an invalid scenario:\n" + r.errorReport() + "\n" + json);
        }
        return r.scenarioOrThrow();
    }

    /** A scenario file as text. */
    static String json(Gen g) {
        int h = g.intBetween(5, 120);
        int n = g.intBetween(50, 300);
        long seed = g.anyLong();
        String sampling = g.oneOf("monte-carlo", "latin-hypercube");
        String rate = rate(g);
        String closure = closureYear(g);
        String forfeiture = forfeiture(g);
        String head = "\"format\": \"closure-assurance/1\", "
                + "\"name\": \"Generated mine\", \"simulation\": {\"horizonYears\": " + h + ", \"iterations\": "
                + n + ", \"seed\": " + seed + ", \"sampling\": \"" + sampling + "\"}, \"economics\": "
                + "{\"discountRate\": " + rate + "}, \"closureYear\": " + closure + ", \"forfeiture\": "
                + forfeiture;
        String c = named(g, "C", ScenarioGenerators::costItem, 1, 4);
        String w = named(g, "W", ScenarioGenerators::waterStream, 0, 2);
        String r = named(g, "R", ScenarioGenerators::domain, 0, 2);
        String e = named(g, "E", ScenarioGenerators::riskEvent, 0, 2);
        String i = named(g, "I", ScenarioGenerators::indirectCost, 0, 2);
        String a = named(g, "A", ScenarioGenerators::instrument, 0, 3);
        return "{" + head + ", \"costItems\": " + c + ", \"waterTreatment\": " + w
                + ", \"rehabilitation\": " + r + ", \"riskEvents\": " + e + ", \"indirectCosts\": " + i
                + ", \"assurance\": " + a + "}";
    }

    /** A list of {@code min..max} elements named {@code prefix0, prefix1, ...}. */
    private static String named(Gen g, String prefix, Function<Gen, String> element, int min, int max) {
        List<String> list = g.list(min, max, element);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"name\": \"").append(prefix).append(i).append("\", ")
                    .append(list.get(i)).append('}');
        }
        return sb.append(']').toString();
    }

    private static double d(Gen g, double lo, double hi) {
        return g.doubleBetween(lo, hi, SCALE);
    }

    private static String rate(Gen g) {
        return g.oneOfGen(() -> num(d(g, 0.005, 0.08)),
                () -> {
                    double lo = d(g, 0.005, 0.03);
                    return "{\"dist\": \"uniform\", \"min\": " + num(lo) + ", \"max\": " + num(lo + 0.03) + "}";
                });
    }

    private static String closureYear(Gen g) {
        return g.oneOfGen(() -> String.valueOf(g.intBetween(0, 20)),
                () -> {
                    int lo = g.intBetween(0, 10);
                    return "{\"dist\": \"triangular\", \"min\": " + lo + ", \"mode\": " + (lo + 2) + ", \"max\": "
                            + (lo + 6) + "}";
                });
    }

    private static String forfeiture(Gen g) {
        return g.oneOfGen(() -> "{\"mode\": \"at-closure\"}",
                () -> "{\"mode\": \"year\", \"year\": " + g.intBetween(0, 30) + "}",
                () -> {
                    double b = d(g, 0, 0.1);
                    double a = d(g, 0, 0.2);
                    return "{\"mode\": \"annual-hazard\", \"beforeClosure\": " + num(b) + ", \"afterClosure\": "
                            + num(a) + "}";
                });
    }

    /** A non-negative money Value around {@code scale}. */
    static String money(Gen g, double scale) {
        int form = g.frequency(1, 1, 1, 1, 1, 1);
        double x = d(g, 0.1, 10) * scale;
        return switch (form) {
            case 0 -> num(x);
            case 1 -> "{\"dist\": \"triangular\", \"min\": " + num(x * 0.8) + ", \"mode\": " + num(x)
                    + ", \"max\": " + num(x * 1.6) + "}";
            case 2 -> "{\"dist\": \"pert\", \"min\": " + num(x * 0.7) + ", \"mode\": " + num(x) + ", \"max\": "
                    + num(x * 2) + "}";
            case 3 -> "{\"dist\": \"lognormal\", \"mean\": " + num(x) + ", \"sd\": " + num(x * 0.4) + "}";
            case 4 -> "{\"dist\": \"normal\", \"mean\": " + num(x) + ", \"sd\": " + num(x * 0.3) + ", \"min\": 0}";
            default -> "{\"dist\": \"discrete\", \"values\": [" + num(x) + ", " + num(2 * x) + "], \"weights\": "
                    + "[0.7, 0.3]}";
        };
    }

    private static String costItem(Gen g) {
        String amount = money(g, 1e6);
        int start = g.intBetween(0, 5);
        int duration = g.intBetween(1, 6);
        String category = g.oneOf("earthworks", "demolition");
        return "\"category\": \"" + category + "\", \"amount\": " + amount + ", \"startYear\": " + start
                + ", \"durationYears\": " + duration;
    }

    private static String waterStream(Gen g) {
        double p = d(g, 0, 1);
        int start = g.intBetween(0, 10);
        double flow = d(g, 0.5, 20);
        String fixed = money(g, 1e5);
        String duration = g.oneOfGen(
                () -> "{\"type\": \"years\", \"years\": " + g.intBetween(1, 40) + "}",
                () -> "{\"type\": \"decay\", \"initialConcentration\": {\"value\": {\"dist\": \"uniform\", "
                        + "\"min\": 2, \"max\": 8}, \"unit\": \"mg/L\"}, \"limit\": {\"value\": 300, \"unit\": "
                        + "\"ug/L\"}, \"halfLifeYears\": {\"dist\": \"lognormal\", \"mean\": 6, \"sd\": 2}}",
                () -> "{\"type\": \"perpetual\"}");
        return "\"probability\": " + num(p) + ", \"startYear\": " + start
                + ", \"flow\": {\"value\": " + num(flow) + ", \"unit\": \"L/s\"}, \"unitCost\": {\"value\": 0.8, "
                + "\"per\": \"m3\"}, \"fixedAnnualCost\": " + fixed + ", \"capitalCost\": 500000, "
                + "\"replacementEveryYears\": 20, \"duration\": " + duration;
    }

    private static String domain(Gen g) {
        double area = d(g, 1, 300);
        String model = g.oneOf("exponential", "logistic");
        double rate = d(g, 0.02, 0.5);
        double setback = d(g, 0, 0.2);
        return "\"area\": {\"value\": " + num(area) + ", \"unit\": \"ha\"}, "
                + "\"startYear\": 1, \"establishmentCost\": {\"value\": 15000, \"per\": \"ha\"}, "
                + "\"maintenanceCostPerAreaYear\": {\"value\": 500, \"per\": \"ha\"}, \"monitoringYears\": 3, "
                + "\"monitoringCostPerYear\": 20000, \"recovery\": {\"model\": \"" + model + "\", \"rate\": "
                + num(rate) + ", \"initialCondition\": 0.05, \"target\": 0.7}, \"setback\": "
                + "{\"annualProbability\": " + num(setback) + ", \"conditionLoss\": 0.4, "
                + "\"reworkCostPerArea\": {\"value\": 4000, \"per\": \"ha\"}}";
    }

    private static String riskEvent(Gen g) {
        return g.oneOfGen(
                () -> {
                    double p = d(g, 0, 1);
                    int y = g.intBetween(0, 10);
                    String c = money(g, 1e6);
                    return "\"probability\": " + num(p) + ", \"year\": " + y + ", \"cost\": " + c;
                },
                () -> {
                    double p = d(g, 0, 0.2);
                    int m = g.intBetween(1, 4);
                    String c = money(g, 1e5);
                    return "\"annualProbability\": " + num(p) + ", \"maxOccurrences\": " + m + ", \"cost\": " + c;
                });
    }

    private static String indirectCost(Gen g) {
        double pct = d(g, 0, 30);
        List<String> applies = g.oneOf(List.<List<String>>of(List.of(), List.of("earthworks"),
                List.of("water-treatment", "rehabilitation")));
        return "\"percent\": " + num(pct) + (applies.isEmpty() ? ""
                : ", \"appliesTo\": [\"" + String.join("\", \"", applies) + "\"]");
    }

    private static String instrument(Gen g) {
        double a = d(g, 0, 3e7);
        return g.oneOfGen(
                () -> "\"type\": \"bond\", \"amount\": " + num(a) + ", \"providerAnnualDefaultProbability\": "
                        + num(d(g, 0, 0.05)) + ", \"recoveryRate\": " + num(d(g, 0, 1)),
                () -> "\"type\": \"bond\", \"schedule\": [{\"fromYear\": 0, \"amount\": " + num(a / 2)
                        + "}, {\"fromYear\": 5, \"amount\": " + num(a) + "}]",
                () -> "\"type\": \"self-bond\", \"amount\": " + num(a),
                () -> "\"type\": \"parent-guarantee\", \"amount\": " + num(a)
                        + ", \"guarantorFailsWithOperatorProbability\": " + num(d(g, 0, 1)),
                () -> "\"type\": \"trust-fund\", \"initialBalance\": " + num(a / 10)
                        + ", \"annualContribution\": " + num(d(g, 0, 2e6)) + ", \"annualReturn\": {\"dist\": "
                        + "\"normal\", \"mean\": 0.03, \"sd\": 0.07, \"min\": -0.5, \"max\": 0.5}, "
                        + "\"annualFeeRate\": 0.004, \"drawdown\": " + g.bool());
    }

    static String num(double x) {
        return Double.toString(x);
    }
}
