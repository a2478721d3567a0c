package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.RehabilitationFormat.Recovery;
import org.closureassurance.scenarios.RehabilitationFormat.Setback;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code rehabilitation[]} domains with their recovery and setback for
 * {@link ScenarioBinder}, checking each part with {@link RehabilitationChecks} as soon as it is
 * read.
 */
final class RehabilitationBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    RehabilitationBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    RehabilitationDomain rehabilitation(JsonFields f) {
        f.allow("", RehabilitationFormat.Rehabilitation.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Quantity area = f.quantity(RehabilitationFormat.Rehabilitation.AREA);
        Value startYear = f.value(RehabilitationFormat.Rehabilitation.START_YEAR);
        UnitRate establishment = f.rate(RehabilitationFormat.Rehabilitation.ESTABLISHMENT_COST);
        UnitRate maintenance = f.rate(RehabilitationFormat.Rehabilitation.MAINTENANCE_COST_PER_AREA_YEAR);
        Integer monitoringYears = f.integer(RehabilitationFormat.Rehabilitation.MONITORING_YEARS);
        Value monitoringCost = f.value(RehabilitationFormat.Rehabilitation.MONITORING_COST_PER_YEAR);
        JsonFields r = f.object(RehabilitationFormat.Rehabilitation.RECOVERY);
        org.closureassurance.simulator.model.Recovery recovery = r == null ? null : recovery(r);
        JsonFields s = f.object(RehabilitationFormat.Rehabilitation.SETBACK);
        org.closureassurance.simulator.model.Setback setback = s == null ? null : setback(s);
        RehabilitationChecks.checkRehabilitation(f.path(), area, startYear, establishment, maintenance, monitoringCost,
                errors);
        if (recovery == null || (s != null && setback == null) || !f.complete()) {
            f.fail();
            return null;
        }
        return new RehabilitationDomain(name, description, area, startYear, establishment, maintenance,
                monitoringYears, monitoringCost, recovery, setback);
    }

    private org.closureassurance.simulator.model.Recovery recovery(JsonFields f) {
        f.allow(" in recovery", Recovery.OBJECT, null);
        String model = f.choice(Recovery.MODEL, "recovery model");
        Value rate = f.value(Recovery.RATE);
        Value initial = f.value(Recovery.INITIAL_CONDITION);
        Value target = f.value(Recovery.TARGET);
        RecoveryModel known = model == null ? null : RecoveryModel.byId(model);
        RehabilitationChecks.checkRecovery(f.path(), known, rate, initial, target, errors);
        return known != null && f.complete()
                ? new org.closureassurance.simulator.model.Recovery(known, rate, initial, target) : null;
    }

    private org.closureassurance.simulator.model.Setback setback(JsonFields f) {
        f.allow(" in a setback", Setback.OBJECT, null);
        Value probability = f.value(Setback.ANNUAL_PROBABILITY);
        Value loss = f.value(Setback.CONDITION_LOSS);
        UnitRate rework = f.rate(Setback.REWORK_COST_PER_AREA);
        RehabilitationChecks.checkSetback(f.path(), probability, loss, rework, errors);
        return f.complete() ? new org.closureassurance.simulator.model.Setback(probability, loss, rework) : null;
    }
}
