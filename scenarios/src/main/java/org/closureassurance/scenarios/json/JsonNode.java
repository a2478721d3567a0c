package org.closureassurance.scenarios.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed JSON value. The scenario reader builds this tree itself (rather than letting Gson
 * bind objects) so that it can keep number literals exactly, see duplicate keys and name every
 * problem by its JSON path.
 */
public sealed interface JsonNode {

    /** How messages name this kind of value: {@code "a string"}, {@code "an object"}, {@code "null"}. */
    String describe();

    /** An object; members keep the file's order. */
    record JsonObject(Map<String, JsonNode> members) implements JsonNode {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /** The member {@code key}, or null when absent. */
        public JsonNode get(String key) {
            return members.get(key);
        }

        @Override public String describe() { return "an object"; }
    }

    /** An array. */
    record JsonArray(List<JsonNode> elements) implements JsonNode {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override public String describe() { return "an array"; }
    }

    /** A string. */
    record JsonString(String value) implements JsonNode {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override public String describe() { return "a string"; }
    }

    /**
     * A number: the literal as written (so integers beyond 2^53, such as seeds, stay exact) and
     * its nearest double, which is NaN when the literal is out of the range of a double.
     */
    record JsonNumber(String literal, double value) implements JsonNode {
        public JsonNumber {
            Objects.requireNonNull(literal, "literal");
        }

        /** A number written so that it parses back to exactly {@code value}. */
        public static JsonNumber of(double value) {
            return new JsonNumber(NumberText.json(value), value);
        }

        /** An integer. */
        public static JsonNumber of(long value) {
            return new JsonNumber(Long.toString(value), value);
        }

        @Override public String describe() { return "a number"; }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonNode {
        @Override public String describe() { return value ? "true" : "false"; }
    }

    /** {@code null}. */
    record JsonNull() implements JsonNode {
        @Override public String describe() { return "null"; }
    }
}
