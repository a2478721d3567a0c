package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;

/**
 * A compiled risk event: its cost and probability slots, and either its one year or, for a
 * yearly event, its first and last years (-1: to the horizon) and most occurrences.
 */
record RiskPlan(int costSlot, boolean perYear, int probabilitySlot, int year, int fromYear, int toYear,
                int maxOccurrences) {

    /** Compiles event {@code e}, refusing more simulated occurrences than a run steps through. */
    static RiskPlan of(RiskEvent e, InputSlots slots) {
        String p = InputField.Section.RISK_EVENTS.key() + "/" + e.name() + "/";
        if (e.occurrence() instanceof RiskOccurrence.Once o) {
            return new RiskPlan(slots.of(InputField.RISK_COST, e.name()), false,
                    slots.of(InputField.RISK_PROBABILITY, e.name()), o.year(), 0, 0, 1);
        }
        if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            if (y.simulatedOccurrences() > RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES) {
                throw new IllegalArgumentException(p + "maxOccurrences: up to " + y.simulatedOccurrences()
                        + " occurrences an iteration, more than the "
                        + RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES + " a run simulates one by one");
            }
            return new RiskPlan(slots.of(InputField.RISK_COST, e.name()), true,
                    slots.of(InputField.RISK_ANNUAL_PROBABILITY, e.name()), 0,
                    y.fromYear(), y.toYear() == null ? -1 : y.toYear(), y.maxOccurrences());
        }
        throw new IllegalArgumentException(p + "occurrence: unknown kind " + e.occurrence());
    }
}
