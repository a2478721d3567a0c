package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;

/**
 * A compiled rehabilitation domain: the slots of its area, start, costs, recovery and setback
 * inputs with their per-area conversions (-1 where a domain has none), and the earliest
 * absolute year its condition can start, where its timeline series begin.
 */
record DomainPlan(String name, int areaSlot, int startSlot, int establishmentSlot, double establishmentConversion,
                  int maintenanceSlot, double maintenanceConversion, int monitoringYears, int monitoringSlot,
                  boolean logistic, int rateSlot, int initialSlot, int targetSlot,
                  int setbackProbabilitySlot, int setbackLossSlot, int reworkSlot, double reworkConversion,
                  int earliestStart, double medianTarget) {

    /** Compiles domain {@code r}; {@code earliestClosure} is the earliest closure year the scenario allows. */
    static DomainPlan of(RehabilitationDomain r, InputSlots slots, int earliestClosure, int horizon) {
        String n = r.name();
        int est = r.establishmentCost() == null ? -1 : slots.of(InputField.DOMAIN_ESTABLISHMENT_COST, n);
        double estConv = r.establishmentCost() == null ? 0 : r.establishmentCost().conversionFrom(r.area());
        int maint = r.maintenanceCostPerAreaYear() == null ? -1 : slots.of(InputField.DOMAIN_MAINTENANCE_COST, n);
        double maintConv = r.maintenanceCostPerAreaYear() == null ? 0
                : r.maintenanceCostPerAreaYear().conversionFrom(r.area());
        boolean setback = r.setback() != null;
        boolean rework = setback && r.setback().reworkCostPerArea() != null;
        int sbp = setback ? slots.of(InputField.SETBACK_ANNUAL_PROBABILITY, n) : -1;
        int sbl = setback ? slots.of(InputField.SETBACK_CONDITION_LOSS, n) : -1;
        int rw = rework ? slots.of(InputField.SETBACK_REWORK_COST, n) : -1;
        double rwConv = rework ? r.setback().reworkCostPerArea().conversionFrom(r.area()) : 0;
        int earliest = earliestStart(r, earliestClosure, horizon);
        return new DomainPlan(r.name(), slots.of(InputField.DOMAIN_AREA, n),
                slots.of(InputField.DOMAIN_START_YEAR, n), est, estConv,
                maint, maintConv, r.monitoringYears(), slots.of(InputField.DOMAIN_MONITORING_COST, n),
                r.recovery().model() == RecoveryModel.LOGISTIC,
                slots.of(InputField.RECOVERY_RATE, n), slots.of(InputField.RECOVERY_INITIAL_CONDITION, n),
                slots.of(InputField.RECOVERY_TARGET, n), sbp, sbl, rw, rwConv, earliest,
                r.recovery().target().expectedValue());
    }

    /**
     * The first year of {@code r}'s condition series: its earliest possible start after the
     * earliest closure year, within the horizon. The plan and the memory estimate both use it.
     */
    static int earliestStart(RehabilitationDomain r, int earliestClosure, int horizon) {
        return Math.min(horizon - 1, earliestClosure + RunPlan.floorClamp(r.startYear().lowerBound(), 0, horizon));
    }
}
