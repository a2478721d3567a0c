package org.closureassurance.scenarios;

import java.util.List;
import java.util.stream.Collectors;
import org.closureassurance.simulator.model.Scenario;

/**
 * What reading a scenario file gave: either a validated {@link Scenario} or every problem
 * found in the file (never both, never an empty list of problems).
 */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Invalid {

    /** Whether the file gave a scenario. */
    boolean isValid();

    /** The problems found; empty for a valid file. */
    List<ValidationError> errors();

    /**
     * The scenario of a valid file.
     *
     * @throws IllegalStateException listing the problems when the file was invalid
     */
    Scenario scenarioOrThrow();

    /** The problems one per line ({@code path: message}), empty for a valid file. */
    default String errorReport() {
        return errors().stream().map(ValidationError::toString).collect(Collectors.joining("\n"));
    }

    /** A file that passed every check. */
    record Loaded(Scenario scenario) implements LoadResult {
        public Loaded {
            java.util.Objects.requireNonNull(scenario, "scenario");
        }

        @Override public boolean isValid() { return true; }
        @Override public List<ValidationError> errors() { return List.of(); }
        @Override public Scenario scenarioOrThrow() { return scenario; }
    }

    /** A file with at least one problem. */
    record Invalid(List<ValidationError> errors) implements LoadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }

        @Override public boolean isValid() { return false; }

        @Override
        public Scenario scenarioOrThrow() {
            throw new IllegalStateException("the scenario is invalid:\n" + errorReport());
        }
    }
}
