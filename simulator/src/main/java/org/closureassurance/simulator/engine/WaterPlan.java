package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;

/**
 * A compiled water treatment stream: the slots of its probability, start, costs and
 * duration inputs, with the unit conversions between them. Slots a stream does not use are -1.
 */
record WaterPlan(String name, int probabilitySlot, int startSlot, int flowSlot, int unitCostSlot,
                 double volumePerYearConversion, int fixedSlot, int capitalSlot, int replacementEvery,
                 DurationType durationType, int yearsSlot, int initialSlot, int limitSlot,
                 double concentrationConversion, int halfLifeSlot) {

    /** How long a stream is treated: a number of years, until a concentration decays, or forever. */
    enum DurationType { YEARS, DECAY, PERPETUAL }

    /** Compiles stream {@code w}. */
    static WaterPlan of(WaterStream w, InputSlots slots) {
        String n = w.name();
        int flowSlot = w.flow() == null ? -1 : slots.of(InputField.WATER_FLOW, n);
        int unitSlot = w.flow() == null ? -1 : slots.of(InputField.WATER_UNIT_COST, n);
        double conv = w.flow() == null ? 0 : w.volumePerYearConversion();
        int every = w.replacementEveryYears() == null ? 0 : w.replacementEveryYears();
        int probability = slots.of(InputField.WATER_PROBABILITY, n);
        int start = slots.of(InputField.WATER_START_YEAR, n);
        int fixed = slots.of(InputField.WATER_FIXED_ANNUAL_COST, n);
        int capital = slots.of(InputField.WATER_CAPITAL_COST, n);
        WaterDuration d = w.duration();
        if (d instanceof WaterDuration.Years) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.YEARS, slots.of(InputField.WATER_DURATION_YEARS, n), -1, -1, 0, -1);
        }
        if (d instanceof WaterDuration.Decay dec) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.DECAY, -1, slots.of(InputField.WATER_INITIAL_CONCENTRATION, n),
                    slots.of(InputField.WATER_CONCENTRATION_LIMIT, n),
                    dec.initialConcentration().toCanonical() / dec.limit().toCanonical(),
                    slots.of(InputField.WATER_HALF_LIFE_YEARS, n));
        }
        if (d instanceof WaterDuration.Perpetual) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.PERPETUAL, -1, -1, -1, 0, -1);
        }
        throw new IllegalArgumentException(InputField.Section.WATER_TREATMENT.key() + "/" + w.name() + "/"
                + InputField.Group.DURATION.key() + ": unknown kind " + d);
    }
}
