package org.closureassurance.simulator.engine;

import java.util.List;
import java.util.function.Predicate;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.Overrun;

/**
 * Which overrun multipliers apply to which flows, as input slots: compiled once per run so
 * that an iteration only multiplies the slots' values (docs/model.md, "Overruns and estimate
 * classes").
 */
final class OverrunSlots {
    private final List<Overrun> overruns;
    private final InputSlots slots;

    OverrunSlots(List<Overrun> overruns, InputSlots slots) {
        this.overruns = overruns;
        this.slots = slots;
    }

    /** The multipliers of a cost item of {@code category} (nullable). */
    int[] forCostItem(String category) {
        return slotsOf(o -> o.appliesToCostItem(category));
    }

    /** The multipliers of the water or land flows. */
    int[] forCategory(String category) {
        return slotsOf(o -> o.appliesToCategory(category));
    }

    private int[] slotsOf(Predicate<Overrun> applies) {
        return overruns.stream().filter(applies)
                .mapToInt(o -> slots.of(InputField.OVERRUN_MULTIPLIER, o.name())).toArray();
    }
}
