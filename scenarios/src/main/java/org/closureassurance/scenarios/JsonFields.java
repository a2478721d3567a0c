package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonBoolean;
import org.closureassurance.scenarios.json.JsonNode.JsonNull;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * The fields of one JSON object at a known path, read with type checks that report into a
 * shared error list. A getter returns null (and marks the object incomplete) when its field
 * is missing though required, or malformed, so the caller builds its record only from a
 * complete object. An optional field given as {@code null} counts as absent.
 */
final class JsonFields {
    private final JsonObject object;
    private final String path;
    private final List<ValidationError> errors;
    private boolean complete = true;

    private JsonFields(JsonObject object, String path, List<ValidationError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** The fields of {@code node}, or null (with an error) when it is not an object. */
    static JsonFields open(JsonNode node, String path, List<ValidationError> errors) {
        return open(node, path, null, errors);
    }

    /**
     * The fields of {@code node}, or null when it is not an object, with an error that shows
     * {@code example} (null: none) as the shape expected.
     */
    static JsonFields open(JsonNode node, String path, String example, List<ValidationError> errors) {
        if (node instanceof JsonObject o) {
            return new JsonFields(o, path, errors);
        }
        errors.add(new ValidationError(path, "must be an object" + (example == null ? "" : " like " + example)
                + ", was " + node.describe()));
        return null;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return JsonPath.field(path, key);
    }

    List<ValidationError> errors() {
        return errors;
    }

    /** Whether every field asked for so far was present when required and well-formed. */
    boolean complete() {
        return complete;
    }

    /** Marks the object as not buildable (a problem was reported by the caller). */
    void fail() {
        complete = false;
    }

    /** Reports {@code message} at {@code key} and marks the object incomplete. */
    void error(String key, String message) {
        errors.add(new ValidationError(key == null ? path : path(key), message));
        complete = false;
    }

    /**
     * Reports every field not in {@code allowed}, suggesting the nearest allowed one;
     * {@code context} qualifies the message ({@code  for type "self-bond"}). Unknown fields do
     * not stop the object from being built, so its other problems are reported too.
     */
    void allow(String context, List<String> allowed) {
        for (String key : object.members().keySet()) {
            if (!allowed.contains(key)) {
                errors.add(new ValidationError(path(key), "unknown field \"" + key + "\"" + context + " "
                        + Suggestions.hint(key, allowed)));
            }
        }
    }

    /*
     * The overloads below read a field as ScenarioFormat declares it: its name, its default
     * (none: required), its limits, words, unit dimension and example come from the schema.
     */

    String path(FormatField field) {
        return path(field.name());
    }

    /** Reports {@code message} at the object itself and marks it incomplete. */
    void errorInObject(String message) {
        error((String) null, message);
    }

    void error(FormatField field, String message) {
        error(field.name(), message);
    }

    /** Reports every field the object (or, with a discriminator, its variant {@code word}) does not allow. */
    void allow(String context, FormatObject object, String word) {
        allow(context, word == null ? object.names() : object.names(word));
    }

    boolean has(FormatField field) {
        return has(field.name());
    }

    /** A string field; a required one is reported when missing. */
    String string(FormatField field) {
        return field.required() ? requiredString(field.name()) : string(field.name());
    }

    /** A word field, {@code what} naming it in messages (mode, type). */
    String choice(FormatField field, String what) {
        return choice(field.name(), what, field.words(), field.defaultWord());
    }

    Value value(FormatField field) {
        return value(field.name(), field.defaultValue());
    }

    Double number(FormatField field) {
        return number(field.name(), field.required());
    }

    Integer integer(FormatField field) {
        return integer(field.name(), field.defaultInteger(), (int) field.min(), (int) field.max());
    }

    Long whole(FormatField field) {
        return whole(field.name(), field.defaultJson() == null ? null : Long.valueOf(field.defaultJson()), field.min(),
                field.max());
    }

    boolean bool(FormatField field) {
        return bool(field.name(), Boolean.parseBoolean(field.defaultJson()));
    }

    List<JsonNode> list(FormatField field) {
        return list(field.name(), field.required());
    }

    List<String> strings(FormatField field) {
        return strings(field.name());
    }

    JsonFields object(FormatField field) {
        return object(field.name(), field.required(), field.example());
    }

    /** A Quantity, a Value with a unit ({@link QuantityReader}); null when absent or malformed. */
    Quantity quantity(FormatField field) {
        return QuantityReader.quantity(this, field.name(), field.dimension(), field.required());
    }

    /** A rate, a Value per unit ({@link QuantityReader}); null when absent or malformed. */
    UnitRate rate(FormatField field) {
        return QuantityReader.rate(this, field.name(), field.dimension(), field.required());
    }

    /** Whether {@code key} is present and not null. */
    boolean has(String key) {
        return node(key) != null;
    }

    /** The value of {@code key}, or null when absent or null. */
    JsonNode node(String key) {
        JsonNode n = object.get(key);
        return n instanceof JsonNull ? null : n;
    }

    /** Whether {@code key} is absent or null; if so, reports it as missing, adding {@code hint}. */
    private boolean missing(String key, String hint) {
        JsonNode raw = object.get(key);
        if (raw != null && !(raw instanceof JsonNull)) {
            return false;
        }
        error(key, (raw == null ? "required field is missing" : "required field is null") + hint);
        return true;
    }

    private boolean missing(String key) {
        return missing(key, "");
    }

    String requiredString(String key) {
        return missing(key) ? null : string(key);
    }

    /** The string at {@code key}, or null when absent. */
    String string(String key) {
        JsonNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof JsonString s) {
            return s.value();
        }
        error(key, "must be a string, was " + n.describe());
        return null;
    }

    /**
     * One of {@code options} at {@code key} ({@code what} names it in messages: mode, type,
     * dist); {@code fallback} when absent, which null makes required.
     */
    String choice(String key, String what, List<String> options, String fallback) {
        if (!has(key)) {
            if (fallback == null) {
                missing(key, " (one of: " + String.join(", ", options) + ")");
            }
            return fallback;
        }
        String s = string(key);
        if (s == null) {
            return null;
        }
        if (!options.contains(s)) {
            error(key, "unknown " + what + " \"" + s + "\" " + Suggestions.hint(s, options));
            return null;
        }
        return s;
    }

    /** A Value at {@code key}; {@code fallback} when absent, which null makes required. */
    Value value(String key, Value fallback) {
        if (!has(key)) {
            if (fallback == null) {
                missing(key);
            }
            return fallback;
        }
        Value v = ValueReader.read(node(key), path(key), errors);
        if (v == null) {
            complete = false;
        }
        return v;
    }

    /** A finite number at {@code key}; null when absent (reported if {@code required}). */
    Double number(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        Double d = number(node(key), path(key), errors);
        if (d == null) {
            complete = false;
        }
        return d;
    }

    /** A finite number, or null with an error (none when the tree reader already reported the literal). */
    static Double number(JsonNode node, String path, List<ValidationError> errors) {
        if (node instanceof JsonNumber n) {
            return Double.isFinite(n.value()) ? n.value() : null;
        }
        errors.add(new ValidationError(path, "must be a number, was " + node.describe()));
        return null;
    }

    /** A whole number in {@code min..max} at {@code key}; {@code fallback} when absent, null making it required. */
    Long whole(String key, Long fallback, long min, long max) {
        if (!has(key)) {
            if (fallback == null) {
                missing(key);
            }
            return fallback;
        }
        JsonNode n = node(key);
        if (!(n instanceof JsonNumber num)) {
            error(key, "must be a whole number, was " + n.describe());
            return null;
        }
        if (!Double.isFinite(num.value())) {
            complete = false;
            return null;
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(num.literal());
        } catch (NumberFormatException e) {
            error(key, "must be a whole number (was " + num.literal() + ")");
            return null;
        }
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            error(key, "must be a whole number (was " + format(num.value()) + ")");
            return null;
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            boolean bothBounded = min != Integer.MIN_VALUE && min != Long.MIN_VALUE
                    && max != Integer.MAX_VALUE && max != Long.MAX_VALUE;
            String range = bothBounded ? "in " + min + ".." + max
                    : exact.compareTo(BigDecimal.valueOf(min)) < 0 ? ">= " + min : "<= " + max;
            error(key, "must be " + range + " (was " + num.literal() + ")");
            return null;
        }
        return exact.longValueExact();
    }

    /** {@link #whole} narrowed to an int. */
    Integer integer(String key, Integer fallback, int min, int max) {
        Long v = whole(key, fallback == null ? null : fallback.longValue(), min, max);
        return v == null ? null : v.intValue();
    }

    boolean bool(String key, boolean fallback) {
        JsonNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof JsonBoolean b) {
            return b.value();
        }
        error(key, "must be true or false, was " + n.describe());
        return fallback;
    }

    /** The elements of the list at {@code key}; null when absent (reported if {@code required}) or not a list. */
    List<JsonNode> list(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        JsonNode n = node(key);
        if (n instanceof JsonArray a) {
            return a.elements();
        }
        error(key, "must be a list, was " + n.describe());
        return null;
    }

    /** The list of strings at {@code key}; null when absent or malformed. */
    List<String> strings(String key) {
        List<JsonNode> nodes = list(key, false);
        if (nodes == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof JsonString s) {
                out.add(s.value());
            } else {
                errors.add(new ValidationError(JsonPath.index(path(key), i), "must be a string, was "
                        + nodes.get(i).describe()));
                complete = false;
            }
        }
        return out.size() == nodes.size() ? out : null;
    }

    /**
     * The nested object at {@code key}; null when absent (reported if {@code required}) or not an
     * object (reported with {@code example}, null for none, as the shape expected).
     */
    JsonFields object(String key, boolean required, String example) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        JsonFields f = open(node(key), path(key), example, errors);
        if (f == null) {
            complete = false;
        }
        return f;
    }
}
