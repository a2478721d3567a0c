package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A per-iteration input, its typed {@link InputKey} and its Value. Its {@link #path()}
 * ({@code costItems/Plant demolition/amount}, {@code economics/discountRate}) is what
 * correlations refer to and sensitivity ranks.
 */
public record SampledInput(InputKey key, Value value) {
    public SampledInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** The input's path, as files and results spell it. */
    public String path() {
        return key.path();
    }
}
