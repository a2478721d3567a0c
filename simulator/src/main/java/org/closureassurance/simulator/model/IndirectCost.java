package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A percentage add-on (engineering, overhead and profit, contingency, agency
 * administration) applied to the flows of the categories in {@code appliesTo}; when
 * {@code appliesTo} is null it applies to every cost item and nothing else
 * (docs/model.md). The categories {@value #WATER_TREATMENT} and
 * {@value #REHABILITATION} name the water and land flows.
 */
public record IndirectCost(String name, String description, Value percent, List<String> appliesTo) {
    /** The category of every water-treatment flow. */
    public static final String WATER_TREATMENT = "water-treatment";
    /** The category of every rehabilitation flow. */
    public static final String REHABILITATION = "rehabilitation"; // a word of appliesTo, like "water-treatment"

    public IndirectCost {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(percent, "percent");
        appliesTo = appliesTo == null ? null : List.copyOf(appliesTo);
    }

    /** Whether this add-on applies to a cost item of the given category (nullable). */
    public boolean appliesToCostItem(String category) {
        return appliesTo == null || (category != null && appliesTo.contains(category));
    }

    /** Whether this add-on applies to a named non-cost-item category. */
    public boolean appliesToCategory(String category) {
        return appliesTo != null && appliesTo.contains(category);
    }
}
