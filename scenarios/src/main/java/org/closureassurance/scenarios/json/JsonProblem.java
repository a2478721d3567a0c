package org.closureassurance.scenarios.json;

import java.util.Objects;

/** Something wrong with a JSON document, named by the JSON path where it was found. */
public record JsonProblem(String path, String message) {
    public JsonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
