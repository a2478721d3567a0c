package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A per-iteration input named by its path ({@code costItems/Plant demolition/amount},
 * {@code economics/discountRate}): what correlations refer to and sensitivity ranks.
 */
public record SampledInput(String path, Value value) {
    public SampledInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
