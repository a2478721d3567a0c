package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/** A bond's face amount from absolute year {@code fromYear} on, until the next step. */
public record ScheduleStep(int fromYear, Value amount) {
    public ScheduleStep {
        Objects.requireNonNull(amount, "amount");
    }
}
