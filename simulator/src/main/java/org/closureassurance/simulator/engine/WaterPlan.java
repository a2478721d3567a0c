package org.closureassurance.simulator.engine;

import java.util.Map;
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
    static WaterPlan of(WaterStream w, Map<String, Integer> slots) {
        String p = "waterTreatment/" + w.name() + "/";
        int flowSlot = w.flow() == null ? -1 : slots.get(p + "flow");
        int unitSlot = w.flow() == null ? -1 : slots.get(p + "unitCost");
        double conv = w.flow() == null ? 0 : w.volumePerYearConversion();
        int every = w.replacementEveryYears() == null ? 0 : w.replacementEveryYears();
        int probability = slots.get(p + "probability");
        int start = slots.get(p + "startYear");
        int fixed = slots.get(p + "fixedAnnualCost");
        int capital = slots.get(p + "capitalCost");
        WaterDuration d = w.duration();
        if (d instanceof WaterDuration.Years) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.YEARS, slots.get(p + "duration.years"), -1, -1, 0, -1);
        }
        if (d instanceof WaterDuration.Decay dec) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.DECAY, -1, slots.get(p + "duration.initialConcentration"),
                    slots.get(p + "duration.limit"),
                    dec.initialConcentration().toCanonical() / dec.limit().toCanonical(),
                    slots.get(p + "duration.halfLifeYears"));
        }
        if (d instanceof WaterDuration.Perpetual) {
            return new WaterPlan(w.name(), probability, start, flowSlot, unitSlot, conv, fixed, capital, every,
                    DurationType.PERPETUAL, -1, -1, -1, 0, -1);
        }
        throw new IllegalArgumentException("waterTreatment/" + w.name() + "/duration: unknown kind " + d);
    }
}
