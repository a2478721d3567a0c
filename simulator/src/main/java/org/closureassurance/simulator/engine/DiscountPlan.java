package org.closureassurance.simulator.engine;

import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Scenario;

/**
 * A scenario's discounting, escalation and after-forfeiture inputs compiled (docs/model.md,
 * "Discount schedules" and "After the operator walks away"). {@code general} is false for a
 * scenario with one discount rate, no escalation and nothing after forfeiture: the engine then
 * values the package exactly as before these additions, bit for bit; otherwise it values every
 * flow by the absolute year it falls in ({@link DiscountCurve}, {@link ScheduledPackage},
 * {@link WalkAwayValuation}).
 *
 * @param general whether the schedule, escalation or after-forfeiture path is needed
 * @param stepYears each step's first absolute year, ascending from 0 (one step for a single rate)
 * @param rateSlots each step's rate slot
 * @param escalationSlot the slot of the real cost escalation {@code g}
 * @param window relative years a package holds year by year: {@code max(H, last step's year)},
 *     so every later flow falls where the last step's rate holds, whatever its anchor
 * @param curveLength absolute years the curve tabulates; later ones follow in closed form
 * @param delaySlot the mobilisation delay's slot
 * @param careSlot the care-and-maintenance cost's slot
 * @param premiumSlot the third-party premium's slot (per cent)
 * @param estateSlot the estate recovery rate's slot
 */
record DiscountPlan(boolean general, int[] stepYears, int[] rateSlots, int escalationSlot, int window,
                    int curveLength, int delaySlot, int careSlot, int premiumSlot, int estateSlot) {

    /** Absolute years tabulated beyond the horizon and the window, so a short delay stays in the table. */
    private static final int SPARE_YEARS = 64;

    static DiscountPlan of(Scenario s, InputSlots slots, int horizon) {
        Economics e = s.economics();
        List<DiscountStep> steps = e.isScheduled() ? e.discountSchedule() : List.of();
        int[] years = new int[Math.max(1, steps.size())];
        int[] rates = new int[years.length];
        if (e.isScheduled()) {
            for (int i = 0; i < steps.size(); i++) {
                years[i] = steps.get(i).fromYear();
                rates[i] = slots.of(InputKey.discountStep(i));
            }
        } else {
            rates[0] = slots.of(InputField.DISCOUNT_RATE);
        }
        int window = Math.max(horizon, years[years.length - 1]);
        AfterForfeiture after = s.afterForfeiture();
        boolean general = !e.isSingleRateWithoutEscalation() || !after.isNone();
        return new DiscountPlan(general, years, rates, slots.of(InputField.REAL_COST_ESCALATION), window,
                horizon + window + SPARE_YEARS, slots.of(InputField.MOBILISATION_DELAY),
                slots.of(InputField.CARE_AND_MAINTENANCE), slots.of(InputField.THIRD_PARTY_PREMIUM),
                slots.of(InputField.ESTATE_RECOVERY));
    }

    /** The same plan on the general path, whatever the scenario needs (for a sweep that holds one of its inputs). */
    DiscountPlan asGeneral() {
        return new DiscountPlan(true, stepYears, rateSlots, escalationSlot, window, curveLength, delaySlot, careSlot,
                premiumSlot, estateSlot);
    }
}
