package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Scenario;

/**
 * Whether an input may be set to a value, as a sweep sets it: the scenario is written out,
 * the input's field replaced by the number (a Quantity's or rate's {@code value}, its unit
 * kept), and the result checked exactly as a file is. So a sweep refuses a negative area, a
 * rate of -1 or below, or a discount rate of 0 with perpetual treatment with the message and
 * JSON path the file itself would get.
 */
public final class InputValueChecks {
    private InputValueChecks() {
    }

    /**
     * The problems of {@code scenario} with the input {@code key} set to {@code value}; empty
     * when the value is acceptable.
     *
     * @throws IllegalArgumentException naming the path when the scenario has no such input
     */
    public static List<ValidationError> check(Scenario scenario, InputKey key, double value) {
        if (!Double.isFinite(value)) {
            return List.of(new ValidationError(key.path(), "must be a finite number, was " + value));
        }
        JsonNode tree = ScenarioWriter.tree(scenario);
        JsonNode changed = replace(tree, steps(key), 0, JsonNumber.of(value), key);
        return ScenarioReader.read(changed).errors();
    }

    /** The keys from the root to the field: a string is an object key, an element name or a list index. */
    private static List<Object> steps(InputKey key) {
        InputField f = key.field();
        List<Object> steps = new ArrayList<>();
        if (f.section() != InputField.Section.TOP) {
            steps.add(f.section().key());
        }
        if (f.section().isList()) {
            steps.add(new Named(key.owner()));
        }
        if (f.group() != null) {
            steps.add(f.group().key());
        }
        if (f.indexed()) {
            steps.add(key.index());
        }
        steps.add(f.key());
        return steps;
    }

    /** A list element picked by its name. */
    private record Named(String name) {
    }

    private static JsonNode replace(JsonNode node, List<Object> steps, int at, JsonNumber value, InputKey key) {
        if (at == steps.size()) {
            return leaf(node, value);
        }
        Object step = steps.get(at);
        if (node instanceof JsonObject o && step instanceof String k) {
            // a field the file leaves at its default (no escalation, no afterForfeiture) is added
            JsonNode member = o.get(k) != null ? o.get(k) : new JsonObject(Map.of());
            Map<String, JsonNode> members = new LinkedHashMap<>(o.members());
            members.put(k, replace(member, steps, at + 1, value, key));
            return new JsonObject(members);
        }
        if (node instanceof JsonArray a) {
            List<JsonNode> elements = new ArrayList<>(a.elements());
            for (int i = 0; i < elements.size(); i++) {
                if (matches(elements.get(i), i, step)) {
                    elements.set(i, replace(elements.get(i), steps, at + 1, value, key));
                    return new JsonArray(elements);
                }
            }
        }
        throw new IllegalArgumentException(key.path() + ": the scenario has no such input");
    }

    private static boolean matches(JsonNode element, int index, Object step) {
        if (step instanceof Integer i) {
            return i == index;
        }
        return step instanceof Named n && element instanceof JsonObject o
                && o.get(Common.NAME.name()) instanceof JsonString s && s.value().equals(n.name());
    }

    /** The number in place of a Value, or in place of a Quantity's or rate's value. */
    private static JsonNode leaf(JsonNode node, JsonNumber value) {
        if (node instanceof JsonObject o && o.get(Measure.VALUE.name()) != null
                && (o.get(Measure.UNIT.name()) != null || o.get(Measure.PER.name()) != null)) {
            Map<String, JsonNode> members = new LinkedHashMap<>(o.members());
            members.put(Measure.VALUE.name(), value);
            return new JsonObject(members);
        }
        return value;
    }
}
