package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.json.JsonNode;

/**
 * One number set in a portfolio file before it is read, as a portfolio sweep sets its input:
 * {@code path} names a field by its slash-separated keys ({@code fund/contributionPercent},
 * {@code sites/0/...} for a list element), and the field, a number or a distribution object,
 * becomes {@code value}. The reader then checks the file as it always does, so a value outside
 * the field's range is refused with the field's own message.
 *
 * @param path the field, keys separated by {@code /}
 * @param value the number it takes
 */
public record PortfolioEdit(String path, double value) {
    private static final String DIST = ScenarioFormat.Distribution.DIST.name();


    /**
     * The tree {@code root} with the field at {@link #path} replaced by {@link #value}.
     *
     * @throws IllegalArgumentException naming the path and the numbers that are there when the
     *     field does not exist or is neither a number nor a distribution
     */
    public JsonNode apply(JsonNode root) {
        return replace(root, path.split("/", -1), 0, "");
    }

    private JsonNode replace(JsonNode node, String[] keys, int depth, String at) {
        if (depth == keys.length) {
            if (node instanceof JsonNode.JsonNumber
                    || node instanceof JsonNode.JsonObject o && o.get(DIST) != null) {
                return JsonNode.JsonNumber.of(value);
            }
            throw unknown(at + " is " + node.describe() + ", not a number", List.of());
        }
        String key = keys[depth];
        String here = at.isEmpty() ? key : at + "/" + key;
        if (node instanceof JsonNode.JsonObject o && o.get(key) != null) {
            Map<String, JsonNode> members = new LinkedHashMap<>(o.members());
            members.put(key, replace(o.get(key), keys, depth + 1, here));
            return new JsonNode.JsonObject(members);
        }
        if (node instanceof JsonNode.JsonArray a && index(key) >= 0 && index(key) < a.elements().size()) {
            List<JsonNode> elements = new ArrayList<>(a.elements());
            elements.set(index(key), replace(a.elements().get(index(key)), keys, depth + 1, here));
            return new JsonNode.JsonArray(elements);
        }
        List<String> numbers = new ArrayList<>();
        numbers(node, at, numbers);
        throw unknown("the portfolio has no field " + here, numbers);
    }

    private IllegalArgumentException unknown(String problem, List<String> numbers) {
        String known = numbers.isEmpty() ? "" : "; the numbers " + (numbers.get(0).contains("/")
                ? "under " + numbers.get(0).substring(0, numbers.get(0).lastIndexOf('/')) + " " : "")
                + "are " + String.join(", ", numbers);
        return new IllegalArgumentException("--input " + path + ": " + problem + known);
    }

    /** The paths of every number (or distribution) directly in {@code node}, the closest a typo may have meant. */
    private static void numbers(JsonNode node, String at, List<String> out) {
        if (node instanceof JsonNode.JsonObject o) {
            o.members().forEach((k, v) -> {
                if (v instanceof JsonNode.JsonNumber || v instanceof JsonNode.JsonObject d && d.get(DIST) != null) {
                    out.add(at.isEmpty() ? k : at + "/" + k);
                }
            });
        }
    }

    private static int index(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
