package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * One step of a discount-rate schedule (docs/model.md, "Discount schedules"): the forward real
 * rate {@code rate} discounts every year from absolute year {@code fromYear} on, until the next
 * step; the last step's rate holds for ever. The rate of year {@code s} discounts year
 * {@code s + 1} back to {@code s}.
 */
public record DiscountStep(int fromYear, Value rate) {
    public DiscountStep {
        Objects.requireNonNull(rate, "rate");
    }
}
