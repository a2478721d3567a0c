package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * The real discount rate {@code r}, drawn once per iteration and held for all its years
 * (docs/model.md). Must stay above -1, and above 0 when any water flow is perpetual.
 */
public record Economics(Value discountRate) {
    public Economics {
        Objects.requireNonNull(discountRate, "discountRate");
    }
}
