package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.checkMeasured;
import static org.closureassurance.scenarios.FieldChecks.checkStartYear;
import static org.closureassurance.scenarios.FieldChecks.inRange;

import java.util.List;
import org.closureassurance.scenarios.RehabilitationFormat.Rehabilitation;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of a {@code rehabilitation[]} domain, its recovery and its setback, on an element's
 * parts as {@link ScenarioValidator} and the file reader both pass them.
 */
final class RehabilitationChecks {
    private RehabilitationChecks() {
    }

    static void checkRehabilitation(String path, RehabilitationDomain r, List<ValidationError> out) {
        Recovery rec = r.recovery();
        checkRecovery(at(path, Rehabilitation.RECOVERY), rec.model(), rec.rate(), rec.initialCondition(), rec.target(),
                out);
        Setback s = r.setback();
        if (s != null) {
            checkSetback(at(path, Rehabilitation.SETBACK), s.annualProbability(), s.conditionLoss(),
                    s.reworkCostPerArea(), out);
        }
        checkRehabilitation(path, r.area(), r.startYear(), r.establishmentCost(), r.maintenanceCostPerAreaYear(),
                r.monitoringCostPerYear(), out);
    }

    static void checkRehabilitation(String path, Quantity area, Value startYear, UnitRate establishmentCost,
                                    UnitRate maintenanceCostPerAreaYear, Value monitoringCostPerYear,
                                    List<ValidationError> out) {
        checkMeasured(path, Rehabilitation.AREA, area, out);
        checkStartYear(at(path, Rehabilitation.START_YEAR), startYear, out);
        checkMeasured(path, Rehabilitation.ESTABLISHMENT_COST, establishmentCost, out);
        checkMeasured(path, Rehabilitation.MAINTENANCE_COST_PER_AREA_YEAR, maintenanceCostPerAreaYear, out);
        inRange(path, Rehabilitation.MONITORING_COST_PER_YEAR, monitoringCostPerYear, out);
    }

    /**
     * A recovery at {@code path}; {@code model} null (not readable) judges the initial
     * condition by the rule every model shares, {@code [0, 1]}.
     */
    static void checkRecovery(String path, RecoveryModel model, Value rate, Value initialCondition, Value target,
                              List<ValidationError> out) {
        inRange(path, RehabilitationFormat.Recovery.RATE, rate, out);
        if (model == RecoveryModel.LOGISTIC && initialCondition != null) {
            ValueChecks.within(at(path, RehabilitationFormat.Recovery.INITIAL_CONDITION), initialCondition,
                    Bounds.POSITIVE_FRACTION, Bounds.POSITIVE_FRACTION.requirement() + " for logistic recovery", out);
        } else {
            inRange(path, RehabilitationFormat.Recovery.INITIAL_CONDITION, initialCondition, out);
        }
        inRange(path, RehabilitationFormat.Recovery.TARGET, target, out);
    }

    static void checkSetback(String path, Value annualProbability, Value conditionLoss, UnitRate reworkCostPerArea,
                             List<ValidationError> out) {
        inRange(path, RehabilitationFormat.Setback.ANNUAL_PROBABILITY, annualProbability, out);
        inRange(path, RehabilitationFormat.Setback.CONDITION_LOSS, conditionLoss, out);
        checkMeasured(path, RehabilitationFormat.Setback.REWORK_COST_PER_AREA, reworkCostPerArea, out);
    }
}
