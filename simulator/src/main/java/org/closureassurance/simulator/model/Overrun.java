package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A cost overrun: a multiplier, drawn once per iteration, of every flow of the categories in
 * {@code appliesTo}, applied after indirect costs (docs/model.md, "Overruns and estimate
 * classes"). Estimates have historically run over; this states by how much the scenario's
 * author expects this one to. {@code appliesTo} reads as an indirect cost's: null means every
 * cost item and nothing else; {@value IndirectCost#WATER_TREATMENT} and
 * {@value IndirectCost#REHABILITATION} name the water and land flows; risk events never.
 *
 * @param name unique among the overruns, no {@code /}
 * @param description free text; nullable
 * @param multiplier the factor, every value of which is {@code > 0}
 * @param appliesTo the categories it multiplies; null for every cost item
 */
public record Overrun(String name, String description, Value multiplier, List<String> appliesTo) {
    public Overrun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(multiplier, "multiplier");
        appliesTo = appliesTo == null ? null : List.copyOf(appliesTo);
    }

    /** Whether this multiplier applies to a cost item of the given category (nullable). */
    public boolean appliesToCostItem(String category) {
        return appliesTo == null || (category != null && appliesTo.contains(category));
    }

    /** Whether this multiplier applies to the water or land flows ({@link IndirectCost#WATER_TREATMENT}, ...). */
    public boolean appliesToCategory(String category) {
        return appliesTo != null && appliesTo.contains(category);
    }
}
