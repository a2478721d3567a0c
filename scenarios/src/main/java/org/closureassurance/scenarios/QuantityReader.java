package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.scenarios.units.UnitTable;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * Reads the fields of a {@link JsonFields} object that hold a Value with a unit: a Quantity
 * ({@code {"value": Value, "unit": "ha"}}) and a rate ({@code {"value": Value, "per": "m3"}}),
 * the unit looked up in the unit table and checked against the dimension the schema declares.
 * Problems go to the object's error list and mark it incomplete, as its other getters do.
 */
final class QuantityReader {
    private QuantityReader() {
    }

    /** A Value with a unit, as written and as found in the unit table. */
    private record Measured(Value value, String symbol, KnownUnit unit) {
    }

    /** The Quantity at {@code key} of {@code owner}; null when absent or malformed. */
    static Quantity quantity(JsonFields owner, String key, Dimension dimension, boolean required) {
        Measured m = measured(owner, key, ScenarioFormat.Measure.UNIT, " in a quantity", dimension, required);
        return m == null ? null : new Quantity(m.value, m.symbol, m.unit.toCanonical());
    }

    /** The rate at {@code key} of {@code owner}; null when absent or malformed. */
    static UnitRate rate(JsonFields owner, String key, Dimension per, boolean required) {
        Measured m = measured(owner, key, ScenarioFormat.Measure.PER, " in a rate", per, required);
        return m == null ? null : new UnitRate(m.value, m.symbol, m.unit.toCanonical());
    }

    /** A unit to show in the example of a quantity or rate of {@code dimension} (null: any). */
    private static String exampleUnit(Dimension dimension) {
        if (dimension == null) {
            return "m3";
        }
        return dimension == Dimension.AREA ? "ha" : UnitTable.symbols(dimension).get(0);
    }

    /** The object at {@code key} holding {@code value} and a unit under {@code unitField}; null when absent or malformed. */
    private static Measured measured(JsonFields owner, String key, FormatField unitField, String context,
                                     Dimension dimension, boolean required) {
        String unitKey = unitField.name();
        JsonNode n = owner.node(key);
        if (n != null && !(n instanceof JsonObject)) {
            String value = n instanceof JsonNumber num ? num.literal() : "...";
            owner.error(key, "must be an object like {\"value\": " + value + ", \"" + unitKey + "\": \""
                    + exampleUnit(dimension) + "\"}, was " + n.describe());
            return null;
        }
        JsonFields f = owner.object(key, required, null);
        if (f == null) {
            return null;
        }
        f.allow(context, List.of(ScenarioFormat.Measure.VALUE.name(), unitKey));
        Value v = f.value(ScenarioFormat.Measure.VALUE);
        String symbol = f.requiredString(unitKey);
        KnownUnit u = symbol == null ? null
                : UnitChecks.lookUpUnit(f.path(unitKey), symbol, dimension, owner.errors());
        if (v == null || u == null) {
            owner.fail();
            return null;
        }
        return new Measured(v, symbol, u);
    }
}
