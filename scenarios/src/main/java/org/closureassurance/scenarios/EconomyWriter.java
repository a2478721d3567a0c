package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.closureassurance.scenarios.EconomyFormat.Factor;
import org.closureassurance.scenarios.EconomyFormat.FactorCorrelation;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.value.Value;

/**
 * Writes {@code economy}, {@code providers[]} and drivers for {@link ScenarioWriter}, in the
 * order {@link EconomyFormat} declares their fields, leaving out what is at its default.
 */
final class EconomyWriter {
    private EconomyWriter() {
    }

    static JsonNode driver(Driver d) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put(EconomyFormat.Driver.FACTOR.name(), new JsonString(d.factor()));
        m.put(EconomyFormat.Driver.WEIGHT.name(), JsonNumber.of(d.weight()));
        return new JsonObject(m);
    }

    static JsonNode economy(Economy economy) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        List<JsonNode> factors = new ArrayList<>();
        for (EconomicFactor f : economy.factors()) {
            Map<String, JsonNode> e = named(f.name(), f.description());
            e.put(Factor.PERSISTENCE.name(), JsonNumber.of(f.persistence()));
            factors.add(new JsonObject(e));
        }
        m.put(EconomyFormat.Economy.FACTORS.name(), new JsonArray(factors));
        if (!economy.correlations().isEmpty()) {
            List<JsonNode> correlations = new ArrayList<>();
            for (var c : economy.correlations()) {
                Map<String, JsonNode> e = new LinkedHashMap<>();
                e.put(FactorCorrelation.A.name(), new JsonString(c.a()));
                e.put(FactorCorrelation.B.name(), new JsonString(c.b()));
                e.put(FactorCorrelation.RHO.name(), JsonNumber.of(c.rho()));
                correlations.add(new JsonObject(e));
            }
            m.put(EconomyFormat.Economy.CORRELATIONS.name(), new JsonArray(correlations));
        }
        return new JsonObject(m);
    }

    static JsonNode provider(Provider p, Function<Value, JsonNode> value) {
        Map<String, JsonNode> m = named(p.name(), p.description());
        unlessDefault(m, EconomyFormat.Provider.ANNUAL_DEFAULT_PROBABILITY, p.annualDefaultProbability(), value);
        unlessDefault(m, EconomyFormat.Provider.RECOVERY_RATE, p.recoveryRate(), value);
        if (p.driver() != null) {
            m.put(EconomyFormat.Provider.DRIVER.name(), driver(p.driver()));
        }
        return new JsonObject(m);
    }

    private static void unlessDefault(Map<String, JsonNode> m, FormatField field, Value v,
                                      Function<Value, JsonNode> value) {
        if (!v.equals(field.defaultValue())) {
            m.put(field.name(), value.apply(v));
        }
    }

    private static Map<String, JsonNode> named(String name, String description) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put(Common.NAME.name(), new JsonString(name));
        if (description != null) {
            m.put(Common.DESCRIPTION.name(), new JsonString(description));
        }
        return m;
    }
}
