package org.closureassurance.scenarios;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.model.Requirement;

/**
 * A jurisdiction's regulatory rules as shipped with the tool, ready to add to a scenario: each
 * applies to the base estimate until the user gives the estimate the regulator accepted.
 * {@code verify} says which figures could not be confirmed from the regulation itself.
 */
public record RulePack(String id, String name, String description, String jurisdiction, String source,
                       String verify, List<Requirement> requirements) {
    public RulePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "the pack's name");
        requirements = List.copyOf(requirements);
    }
}
