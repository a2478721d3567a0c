package org.closureassurance.scenarios.json;

import java.util.Iterator;
import java.util.Map;

/**
 * Prints a {@link JsonNode} for people: two-space indentation, and small objects and arrays
 * (no deeper than two levels, such as a distribution or a quantity) on one line when the
 * line stays within {@value #WIDTH} columns.
 */
public final class JsonPrinter {
    /** The widest line a compact object may make. */
    public static final int WIDTH = 100;
    private static final int MAX_INLINE_DEPTH = 2;

    private JsonPrinter() {
    }

    /** The document text, ending with a line break. */
    public static String print(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        write(sb, root, 0, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, JsonNode node, int indent, int column) {
        if (!(node instanceof JsonNode.JsonObject) && !(node instanceof JsonNode.JsonArray)) {
            sb.append(inline(node));
            return;
        }
        if (depth(node) <= MAX_INLINE_DEPTH) {
            String one = inline(node);
            if (column + one.length() <= WIDTH) {
                sb.append(one);
                return;
            }
        }
        String pad = " ".repeat(indent + 2);
        if (node instanceof JsonNode.JsonObject o) {
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = o.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = quote(e.getKey()) + ": ";
                sb.append(pad).append(key);
                write(sb, e.getValue(), indent + 2, indent + 2 + key.length());
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append('}');
        } else {
            JsonNode.JsonArray a = (JsonNode.JsonArray) node;
            sb.append("[\n");
            for (int i = 0; i < a.elements().size(); i++) {
                sb.append(pad);
                write(sb, a.elements().get(i), indent + 2, indent + 2);
                sb.append(i + 1 < a.elements().size() ? ",\n" : "\n");
            }
            sb.append(" ".repeat(indent)).append(']');
        }
    }

    private static int depth(JsonNode node) {
        int inner = 0;
        if (node instanceof JsonNode.JsonObject o) {
            for (JsonNode child : o.members().values()) {
                inner = Math.max(inner, depth(child));
            }
            return inner + 1;
        }
        if (node instanceof JsonNode.JsonArray a) {
            for (JsonNode child : a.elements()) {
                inner = Math.max(inner, depth(child));
            }
            return inner + 1;
        }
        return 0;
    }

    /** The node on one line, with a space after every colon and comma. */
    private static String inline(JsonNode node) {
        if (node instanceof JsonNode.JsonObject o) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, JsonNode> e : o.members().entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(quote(e.getKey())).append(": ").append(inline(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (node instanceof JsonNode.JsonArray a) {
            StringBuilder sb = new StringBuilder("[");
            for (JsonNode e : a.elements()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(inline(e));
            }
            return sb.append(']').toString();
        }
        if (node instanceof JsonNode.JsonString s) {
            return quote(s.value());
        }
        if (node instanceof JsonNode.JsonNumber n) {
            return n.literal();
        }
        if (node instanceof JsonNode.JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        return "null";
    }

    /** {@code s} as a JSON string literal. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
