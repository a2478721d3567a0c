package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A contingency such as a spillway upgrade or cover erosion: {@code cost} (drawn once per
 * iteration) for each occurrence (docs/model.md). Risk events belong to the closure
 * package but never to relinquishment and never take indirect costs.
 */
public record RiskEvent(String name, String description, Value cost, RiskOccurrence occurrence) {
    public RiskEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
