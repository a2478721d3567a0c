package org.closureassurance.scenarios.json;

import java.util.List;

/**
 * The outcome of reading a JSON document: its tree ({@code null} when the document could not
 * be read at all) and every problem found on the way (duplicate keys, numbers out of range,
 * malformed syntax).
 */
public record ParsedJson(JsonNode root, List<JsonProblem> problems) {
    public ParsedJson {
        problems = List.copyOf(problems);
    }
}
