package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.inRange;

import java.util.List;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of a {@code riskEvents[]} event: its probabilities, cost and how many occurrences a
 * run would draw.
 */
final class RiskEventChecks {
    private RiskEventChecks() {
    }

    static void checkRiskEvent(String path, RiskEvent e, List<ValidationError> out) {
        Value once = e.occurrence() instanceof RiskOccurrence.Once o ? o.probability() : null;
        Value perYear = e.occurrence() instanceof RiskOccurrence.PerYear y ? y.annualProbability() : null;
        checkRiskEvent(path, once, perYear, e.cost(), out);
        if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            checkOccurrences(path, y, out);
        }
    }

    /** A risk event: {@code probability} of a once-only event, {@code annualProbability} of a per-year one. */
    static void checkRiskEvent(String path, Value probability, Value annualProbability, Value cost,
                               List<ValidationError> out) {
        inRange(path, RiskEventFormat.RiskEvent.PROBABILITY, probability, out);
        inRange(path, RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY, annualProbability, out);
        inRange(path, RiskEventFormat.RiskEvent.COST, cost, out);
    }

    /** A per-year event may simulate at most {@link RiskOccurrence.PerYear#MAX_SIMULATED_OCCURRENCES} occurrences. */
    static void checkOccurrences(String path, RiskOccurrence.PerYear y, List<ValidationError> out) {
        if (y.simulatedOccurrences() > RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES) {
            out.add(new ValidationError(at(path, RiskEventFormat.RiskEvent.MAX_OCCURRENCES), "must be at most "
                    + RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES + " when the event's years (fromYear "
                    + y.fromYear() + " to toYear " + y.toYear() + ") are more: each occurrence is drawn and "
                    + "costed one by one, and up to " + y.simulatedOccurrences() + " of them in every iteration "
                    + "would make the run last for hours (was " + y.maxOccurrences() + "); lower maxOccurrences "
                    + "or toYear, or give annualProbability 1 for a cost in every year"));
        }
    }
}
