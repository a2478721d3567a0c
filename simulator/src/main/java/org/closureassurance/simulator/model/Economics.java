package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * How money in one year compares with money in another (docs/model.md): either one real
 * discount rate {@code r}, drawn once per iteration and held for all its years, or a schedule
 * of forward real rates by absolute year ({@code discountSchedule}, each step's rate drawn once
 * per iteration); and the real cost escalation {@code g} that multiplies every package flow of
 * absolute year {@code s} by {@code (1 + g)^s}. Exactly one of {@code discountRate} (null with
 * a schedule) and a non-empty {@code discountSchedule} is given. Every rate must stay above -1,
 * and perpetual flows need {@code (1 + g) / (1 + r_last) < 1} in every draw.
 */
public record Economics(Value discountRate, List<DiscountStep> discountSchedule, Value realCostEscalation) {
    public Economics {
        discountSchedule = discountSchedule == null ? List.of() : List.copyOf(discountSchedule);
        Objects.requireNonNull(realCostEscalation);
        if ((discountRate == null) == discountSchedule.isEmpty()) {
            throw new IllegalArgumentException("give either one discount rate or a non-empty schedule");
        }
    }

    /** A single discount rate without escalation: the 0.1 economics. */
    public Economics(Value discountRate) {
        this(Objects.requireNonNull(discountRate, "discountRate"), List.of(), Value.of(0));
    }

    /** A schedule of forward rates without escalation. */
    public static Economics scheduled(List<DiscountStep> steps) {
        return new Economics(null, steps, Value.of(0));
    }

    /** The same economics with real cost escalation {@code g}. */
    public Economics withEscalation(Value g) {
        return new Economics(discountRate, discountSchedule, g);
    }

    /** Whether the discount rate is given as a schedule of steps. */
    public boolean isScheduled() {
        return discountRate == null;
    }

    /** The rate that holds for ever: the single rate, or the last step's. */
    public Value lastRate() {
        return isScheduled() ? discountSchedule.get(discountSchedule.size() - 1).rate() : discountRate;
    }

    /**
     * Whether every number is as 0.1 computed it: one discount rate and no escalation (a
     * constant 0, whatever distribution spells it).
     */
    public boolean isSingleRateWithoutEscalation() {
        return !isScheduled() && isZero(realCostEscalation);
    }

    /** Whether {@code v} is always 0. */
    static boolean isZero(Value v) {
        return v.isDegenerate() && v.lowerBound() == 0.0;
    }
}
