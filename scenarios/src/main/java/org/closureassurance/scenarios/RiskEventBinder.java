package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code riskEvents[]} for {@link ScenarioBinder}: a once-only or a per-year event, as
 * {@code annualProbability} decides, refusing the fields of the other kind.
 */
final class RiskEventBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    RiskEventBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    RiskEvent riskEvent(JsonFields f) {
        f.allow("", RiskEventFormat.RiskEvent.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value cost = f.value(RiskEventFormat.RiskEvent.COST);
        RiskOccurrence occurrence;
        Value onceProbability = null;
        Value annualProbability = null;
        if (f.has(RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY)) {
            for (FormatField once : List.of(RiskEventFormat.RiskEvent.PROBABILITY, RiskEventFormat.RiskEvent.YEAR)) {
                if (f.has(once)) {
                    f.error(once, "belongs to a once-only event; a per-year event (one with annualProbability) "
                            + "takes fromYear, toYear and maxOccurrences");
                }
            }
            annualProbability = f.value(RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY);
            Integer from = f.integer(RiskEventFormat.RiskEvent.FROM_YEAR);
            Integer to = f.has(RiskEventFormat.RiskEvent.TO_YEAR) ? f.integer(RiskEventFormat.RiskEvent.TO_YEAR) : null;
            Integer max = f.integer(RiskEventFormat.RiskEvent.MAX_OCCURRENCES);
            if (from != null && to != null && to < from) {
                f.error(RiskEventFormat.RiskEvent.TO_YEAR, "must be >= fromYear (was " + to + " < " + from + ")");
            }
            occurrence = f.complete() ? new RiskOccurrence.PerYear(annualProbability, from, to, max) : null;
        } else {
            for (FormatField perYear : List.of(RiskEventFormat.RiskEvent.FROM_YEAR, RiskEventFormat.RiskEvent.TO_YEAR,
                    RiskEventFormat.RiskEvent.MAX_OCCURRENCES)) {
                if (f.has(perYear)) {
                    f.error(perYear, "belongs to a per-year event: give annualProbability, or leave "
                            + perYear.name() + " out");
                }
            }
            onceProbability = f.value(RiskEventFormat.RiskEvent.PROBABILITY);
            Integer year = f.integer(RiskEventFormat.RiskEvent.YEAR);
            occurrence = f.complete() ? new RiskOccurrence.Once(onceProbability, year) : null;
        }
        RiskEventChecks.checkRiskEvent(f.path(), onceProbability, annualProbability, cost, errors);
        if (occurrence instanceof RiskOccurrence.PerYear y) {
            RiskEventChecks.checkOccurrences(f.path(), y, errors);
        }
        return occurrence != null && f.complete() ? new RiskEvent(name, description, cost, occurrence) : null;
    }
}
