package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The schema and the reader agree: each object of the format accepts exactly the fields
 * {@link ScenarioFormat} declares for it (the reader's message for an unknown field lists the
 * fields it knows), accepts each field's example, lists the words the schema declares, and
 * reads a left-out field as its declared default.
 */
class ScenarioFormatTest {
    private static final String UNKNOWN = "zzzzzzzz";

    /** Where an object sits in a small valid scenario, and the valid objects to start from there. */
    record Place(FormatObject object, String path, UnaryOperator<String> embed, List<Map<String, String>> bases) {
    }

    private static Map<String, String> obj(String... keysAndJson) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndJson.length; i += 2) {
            m.put(keysAndJson[i], keysAndJson[i + 1]);
        }
        return m;
    }

    private static String json(Map<String, String> m) {
        List<String> members = new ArrayList<>();
        m.forEach((k, v) -> members.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", members) + "}";
    }

    private static Map<String, String> top() {
        return obj("format", "\"closure-assurance/1\"", "name", "\"S\"", "simulation", "{\"horizonYears\": 10}",
                "economics", "{\"discountRate\": {\"dist\": \"uniform\", \"min\": 0.01, \"max\": 0.05}}",
                "closureYear", "{\"dist\": \"uniform\", \"min\": 0, \"max\": 2}",
                "forfeiture", "{\"mode\": \"at-closure\"}", "economy", "{\"factors\": " + FACTORS + "}",
                "providers", "[{\"name\": \"Surety Co A\"}]");
    }

    /** The factors and the provider the examples of drivers and of a bond's provider name. */
    private static final String FACTORS = "[{\"name\": \"copper-price\", \"persistence\": 0.5}, "
            + "{\"name\": \"world-economy\", \"persistence\": 0.5}]";

    /** The top level with {@code key} set to {@code json}. */
    private static UnaryOperator<String> at(String key, UnaryOperator<String> inner) {
        return o -> {
            Map<String, String> t = top();
            t.put(key, inner.apply(o));
            return json(t);
        };
    }

    private static UnaryOperator<String> inList(String key, UnaryOperator<String> inner) {
        return at(key, o -> "[" + inner.apply(o) + "]");
    }

    private static final String REHAB = "\"name\": \"R\", \"area\": {\"value\": 1, \"unit\": \"ha\"}, ";
    private static final String RECOVERY = "{\"model\": \"exponential\", \"rate\": 0.1, \"target\": 0.7}";

    /** Every object of the field reference, and a Value's distribution object. */
    static List<Place> places() {
        UnaryOperator<String> same = o -> o;
        return List.of(
                new Place(ScenarioFormat.Top.OBJECT, "", same, List.of(top())),
                new Place(ScenarioFormat.Simulation.OBJECT, "simulation", at("simulation", same),
                        List.of(obj("horizonYears", "10"))),
                new Place(ScenarioFormat.Economics.OBJECT, "economics", at("economics", same),
                        List.of(obj("discountRate", "0.03"))),
                new Place(ScenarioFormat.Forfeiture.OBJECT, "forfeiture", at("forfeiture", same),
                        List.of(obj("mode", "\"at-closure\""), obj("mode", "\"year\"", "year", "1"),
                                obj("mode", "\"annual-hazard\""))),
                new Place(CostFormat.CostItem.OBJECT, "costItems[0]", inList("costItems", same),
                        List.of(obj("name", "\"C\"", "amount", "1"))),
                new Place(CostFormat.AccrualPoint.OBJECT, "costItems[0].accrual[0]",
                        inList("costItems", o -> "{\"name\": \"C\", \"amount\": 1, \"accrual\": [" + o + "]}"),
                        List.of(obj("year", "0", "fraction", "1"))),
                new Place(CostFormat.IndirectCost.OBJECT, "indirectCosts[0]", inList("indirectCosts", same),
                        List.of(obj("name", "\"I\"", "percent", "1"))),
                new Place(CorrelationFormat.Correlation.OBJECT, "correlations[0]", inList("correlations", same),
                        List.of(obj("a", "\"closureYear\"", "b", "\"economics/discountRate\"", "rho", "0.5"))),
                new Place(WaterFormat.Water.OBJECT, "waterTreatment[0]", inList("waterTreatment", same),
                        List.of(obj("name", "\"W\"", "duration", "{\"type\": \"perpetual\"}"))),
                new Place(WaterFormat.Duration.OBJECT, "waterTreatment[0].duration",
                        inList("waterTreatment", o -> "{\"name\": \"W\", \"duration\": " + o + "}"),
                        List.of(obj("type", "\"years\"", "years", "1"),
                                obj("type", "\"decay\"", "initialConcentration", "{\"value\": 2, \"unit\": \"mg/L\"}",
                                        "limit", "{\"value\": 1, \"unit\": \"mg/L\"}", "halfLifeYears", "1"),
                                obj("type", "\"perpetual\""))),
                new Place(RehabilitationFormat.Rehabilitation.OBJECT, "rehabilitation[0]", inList("rehabilitation", same),
                        List.of(obj("name", "\"R\"", "area", "{\"value\": 1, \"unit\": \"ha\"}", "recovery", RECOVERY))),
                new Place(RehabilitationFormat.Recovery.OBJECT, "rehabilitation[0].recovery",
                        inList("rehabilitation", o -> "{" + REHAB + "\"recovery\": " + o + "}"),
                        List.of(obj("model", "\"exponential\"", "rate", "0.1", "target", "0.7"))),
                new Place(RehabilitationFormat.Setback.OBJECT, "rehabilitation[0].setback",
                        inList("rehabilitation", o -> "{" + REHAB + "\"recovery\": " + RECOVERY + ", \"setback\": "
                                + o + "}"),
                        List.of(obj())),
                new Place(RiskEventFormat.RiskEvent.OBJECT, "riskEvents[0]", inList("riskEvents", same),
                        List.of(obj("name", "\"E\"", "cost", "1"),
                                obj("name", "\"E\"", "cost", "1", "annualProbability", "0.1"))),
                new Place(AssuranceFormat.Assurance.OBJECT, "assurance[0]", inList("assurance", same),
                        List.of(obj("type", "\"bond\"", "name", "\"A\"", "amount", "1"),
                                obj("type", "\"self-bond\"", "name", "\"A\"", "amount", "1"),
                                obj("type", "\"parent-guarantee\"", "name", "\"A\"", "amount", "1"),
                                obj("type", "\"trust-fund\"", "name", "\"A\""))),
                new Place(AssuranceFormat.ScheduleStep.OBJECT, "assurance[0].schedule[0]",
                        inList("assurance", o -> "{\"type\": \"bond\", \"name\": \"A\", \"schedule\": [" + o + "]}"),
                        List.of(obj("fromYear", "0", "amount", "1"))),
                new Place(EconomyFormat.Economy.OBJECT, "economy", at("economy", same),
                        List.of(obj("factors", FACTORS))),
                new Place(EconomyFormat.Factor.OBJECT, "economy.factors[0]",
                        at("economy", o -> "{\"factors\": [" + o + "]}"),
                        List.of(obj("name", "\"copper-price\"", "persistence", "0.5"))),
                new Place(EconomyFormat.FactorCorrelation.OBJECT, "economy.correlations[0]",
                        at("economy", o -> "{\"factors\": " + FACTORS + ", \"correlations\": [" + o + "]}"),
                        List.of(obj("a", "\"copper-price\"", "b", "\"world-economy\"", "rho", "0.5"))),
                new Place(EconomyFormat.Driver.OBJECT, "forfeiture.driver",
                        at("forfeiture", o -> "{\"mode\": \"annual-hazard\", \"driver\": " + o + "}"),
                        List.of(obj("factor", "\"copper-price\"", "weight", "0.5"))),
                new Place(EconomyFormat.Provider.OBJECT, "providers[0]", inList("providers", same),
                        List.of(obj("name", "\"Surety Co A\""))),
                new Place(ScenarioFormat.Distribution.OBJECT, "closureYear", at("closureYear", same),
                        List.of(obj("dist", "\"uniform\"", "min", "0", "max", "1"),
                                obj("dist", "\"triangular\"", "min", "0", "mode", "0.5", "max", "1"),
                                obj("dist", "\"pert\"", "min", "0", "mode", "0.5", "max", "1"),
                                obj("dist", "\"normal\"", "mean", "1", "sd", "0.5"),
                                obj("dist", "\"lognormal\"", "mean", "1", "sd", "0.5"),
                                obj("dist", "\"lognormal\"", "p10", "0.5", "p90", "2"),
                                obj("dist", "\"discrete\"", "values", "[0, 1]"),
                                obj("dist", "\"estimate-class\"", "class", "3"))),
                new Place(OverrunFormat.Overrun.OBJECT, "overruns[0]", inList("overruns", same),
                        List.of(obj("name", "\"O\"", "multiplier", "1.2"))));
    }

    static List<String> errors(Place p, Map<String, String> object) {
        return ScenarioReader.readString(p.embed().apply(json(object))).errors().stream()
                .map(ValidationError::toString).toList();
    }

    /** The fields a base allows: its variant's, chosen by the word it holds. */
    static List<String> allowed(Place p, Map<String, String> base) {
        String d = p.object().discriminator();
        return d == null ? p.object().names() : p.object().names(base.get(d).replace("\"", ""));
    }

    /** The list in {@code (expected one of: a, b)} of the message about {@code word}. */
    private static List<String> expectedOneOf(List<String> errors, String word) {
        for (String e : errors) {
            int at = e.indexOf("(expected one of: ");
            if (e.contains("\"" + word + "\"") && at >= 0) {
                return List.of(e.substring(at + "(expected one of: ".length(), e.lastIndexOf(')')).split(", "));
            }
        }
        throw new AssertionError("no list of accepted words in " + errors);
    }

    static String path(Place p, String field) {
        return p.path().isEmpty() ? field : p.path() + "." + field;
    }

    @Test
    void everyStartingPointIsValid() {
        for (Place p : places()) {
            for (Map<String, String> base : p.bases()) {
                assertEquals(List.of(), errors(p, base), p.path() + " " + base);
            }
        }
    }

    @Test
    void theReaderKnowsExactlyTheFieldsTheSchemaDeclares() {
        for (Place p : places()) {
            for (Map<String, String> base : p.bases()) {
                Map<String, String> o = new LinkedHashMap<>(base);
                o.put(UNKNOWN, "1");
                List<String> errors = errors(p, o);
                assertEquals(allowed(p, base), expectedOneOf(errors, UNKNOWN), p.path() + " " + base);
            }
        }
    }

    @Test
    void theReaderAcceptsEveryFieldsExample() {
        for (Place p : places()) {
            for (FormatField f : p.object().fields()) {
                List<List<String>> tries = new ArrayList<>();
                for (Map<String, String> base : p.bases()) {
                    if (!allowed(p, base).contains(f.name())) {
                        continue;
                    }
                    Map<String, String> o = new LinkedHashMap<>(base);
                    o.put(f.name(), f.example());
                    String at = path(p, f.name());
                    tries.add(errors(p, o).stream().filter(e -> e.startsWith(at + ":") || e.startsWith(at + ".")
                            || e.startsWith(at + "[")).toList());
                }
                assertTrue(tries.stream().anyMatch(List::isEmpty), path(p, f.name()) + ": " + tries);
            }
        }
    }

    @Test
    void theReaderListsTheWordsTheSchemaDeclares() {
        for (Place p : places()) {
            for (FormatField f : p.object().fields()) {
                if (f.type() != FieldType.WORD) {
                    continue;
                }
                Map<String, String> o = new LinkedHashMap<>(p.bases().get(0));
                o.put(f.name(), "\"" + UNKNOWN + "\"");
                List<String> listed = expectedOneOf(errors(p, o), UNKNOWN);
                assertEquals(f.words(), listed, path(p, f.name()));
                if (f.name().equals(p.object().discriminator())) {
                    assertEquals(p.object().words(), listed, path(p, f.name()));
                }
            }
        }
    }

    @Test
    void aLeftOutFieldReadsAsItsDeclaredDefault() {
        int checked = 0;
        for (Place p : places()) {
            for (FormatField f : p.object().fields()) {
                if (f.defaultJson() == null || f.type() == FieldType.LIST) {
                    continue;
                }
                boolean agreed = false;
                for (Map<String, String> base : p.bases()) {
                    if (!allowed(p, base).contains(f.name())) {
                        continue;
                    }
                    Map<String, String> without = new LinkedHashMap<>(base);
                    without.remove(f.name());
                    Map<String, String> with = new LinkedHashMap<>(without);
                    with.put(f.name(), f.defaultJson());
                    LoadResult left = ScenarioReader.readString(p.embed().apply(json(without)));
                    LoadResult given = ScenarioReader.readString(p.embed().apply(json(with)));
                    agreed |= left.isValid() && given.isValid()
                            && left.scenarioOrThrow().equals(given.scenarioOrThrow());
                }
                assertTrue(agreed, path(p, f.name()) + " left out does not read as " + f.defaultJson());
                checked++;
            }
        }
        assertTrue(checked >= 30, "only " + checked + " defaults checked");
    }

    /** The comparison above can fail: a value other than the default reads differently. */
    @Test
    void aValueOtherThanTheDefaultReadsDifferently() {
        Place water = places().get(8);
        Map<String, String> with = new LinkedHashMap<>(water.bases().get(0));
        with.put("probability", "0.5");
        assertNotEquals(ScenarioReader.readString(water.embed().apply(json(water.bases().get(0)))).scenarioOrThrow(),
                ScenarioReader.readString(water.embed().apply(json(with))).scenarioOrThrow());
    }
}
