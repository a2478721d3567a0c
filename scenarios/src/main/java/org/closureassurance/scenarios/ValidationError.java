package org.closureassurance.scenarios;

import java.util.Objects;

/**
 * One problem with a scenario: the JSON path of the offending field
 * ({@code costItems[2].unitCost.value.max}, root fields bare, {@code $} for the whole file)
 * and what was expected and found. The file reader and {@link ScenarioValidator} word the
 * same problem the same way.
 */
public record ValidationError(String path, String message) {
    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}, the form shown to users. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
