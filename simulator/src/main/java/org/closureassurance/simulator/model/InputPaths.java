package org.closureassurance.simulator.model;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.value.Value;

/**
 * Names every per-iteration Value of a scenario by its path (docs/scenario-format.md, "Paths"):
 * {@code section/name/field} inside lists, {@code section/field} otherwise, dots between
 * object keys, a Quantity's or rate's {@code .value} left out. Per-year draws (fund returns)
 * have no path. The order is the document order, which the engine uses to assign random
 * sub-streams, so it must never depend on anything but the scenario.
 */
public final class InputPaths {
    /** The single discount rate's path. */
    public static final String DISCOUNT_RATE = "economics/discountRate";
    /** Real cost escalation's path. */
    public static final String REAL_COST_ESCALATION = "economics/realCostEscalation";
    /** The prefix of the after-forfeiture inputs' paths. */
    public static final String AFTER_FORFEITURE = "afterForfeiture/";
    /** The after-forfeiture inputs' paths. */
    public static final String MOBILISATION_DELAY = AFTER_FORFEITURE + "mobilisationDelayYears";
    public static final String CARE_AND_MAINTENANCE = AFTER_FORFEITURE + "careAndMaintenancePerYear";
    public static final String THIRD_PARTY_PREMIUM = AFTER_FORFEITURE + "thirdPartyPremiumPercent";
    public static final String ESTATE_RECOVERY = AFTER_FORFEITURE + "estateRecoveryRate";

    private InputPaths() {
    }

    /** The path of step {@code i}'s rate in a discount schedule: {@code economics/discountRate[i].rate}. */
    public static String discountStepRate(int i) {
        return DISCOUNT_RATE + "[" + i + "].rate";
    }

    /** Every Value with its path, degenerate ones included, in document order. */
    public static List<SampledInput> all(Scenario s) {
        List<SampledInput> out = new ArrayList<>();
        Economics economics = s.economics();
        if (economics.isScheduled()) {
            for (int i = 0; i < economics.discountSchedule().size(); i++) {
                add(out, discountStepRate(i), economics.discountSchedule().get(i).rate());
            }
        } else {
            add(out, DISCOUNT_RATE, economics.discountRate());
        }
        add(out, REAL_COST_ESCALATION, economics.realCostEscalation());
        add(out, "closureYear", s.closureYear());
        if (s.forfeiture() instanceof Forfeiture.InYear y) {
            add(out, "forfeiture/year", y.year());
        } else if (s.forfeiture() instanceof Forfeiture.AnnualHazard h) {
            add(out, "forfeiture/beforeClosure", h.beforeClosure());
            add(out, "forfeiture/afterClosure", h.afterClosure());
        }
        AfterForfeiture after = s.afterForfeiture();
        add(out, MOBILISATION_DELAY, after.mobilisationDelayYears());
        add(out, CARE_AND_MAINTENANCE, after.careAndMaintenancePerYear());
        add(out, THIRD_PARTY_PREMIUM, after.thirdPartyPremiumPercent());
        add(out, ESTATE_RECOVERY, after.estateRecoveryRate());
        for (CostItem c : s.costItems()) {
            String p = "costItems/" + c.name() + "/";
            if (c.isPriced()) {
                add(out, p + "quantity", c.quantity().value());
                add(out, p + "unitCost", c.unitCost().value());
            } else {
                add(out, p + "amount", c.amount());
            }
        }
        for (IndirectCost ic : s.indirectCosts()) {
            add(out, "indirectCosts/" + ic.name() + "/percent", ic.percent());
        }
        for (WaterStream w : s.waterTreatment()) {
            String p = "waterTreatment/" + w.name() + "/";
            add(out, p + "probability", w.probability());
            add(out, p + "startYear", w.startYear());
            if (w.flow() != null) {
                add(out, p + "flow", w.flow().value());
                add(out, p + "unitCost", w.unitCost().value());
            }
            add(out, p + "fixedAnnualCost", w.fixedAnnualCost());
            add(out, p + "capitalCost", w.capitalCost());
            if (w.duration() instanceof WaterDuration.Years y) {
                add(out, p + "duration.years", y.years());
            } else if (w.duration() instanceof WaterDuration.Decay d) {
                add(out, p + "duration.initialConcentration", d.initialConcentration().value());
                add(out, p + "duration.limit", d.limit().value());
                add(out, p + "duration.halfLifeYears", d.halfLifeYears());
            }
        }
        for (RehabilitationDomain r : s.rehabilitation()) {
            String p = "rehabilitation/" + r.name() + "/";
            add(out, p + "area", r.area().value());
            add(out, p + "startYear", r.startYear());
            if (r.establishmentCost() != null) {
                add(out, p + "establishmentCost", r.establishmentCost().value());
            }
            if (r.maintenanceCostPerAreaYear() != null) {
                add(out, p + "maintenanceCostPerAreaYear", r.maintenanceCostPerAreaYear().value());
            }
            add(out, p + "monitoringCostPerYear", r.monitoringCostPerYear());
            add(out, p + "recovery.rate", r.recovery().rate());
            add(out, p + "recovery.initialCondition", r.recovery().initialCondition());
            add(out, p + "recovery.target", r.recovery().target());
            if (r.setback() != null) {
                add(out, p + "setback.annualProbability", r.setback().annualProbability());
                add(out, p + "setback.conditionLoss", r.setback().conditionLoss());
                if (r.setback().reworkCostPerArea() != null) {
                    add(out, p + "setback.reworkCostPerArea", r.setback().reworkCostPerArea().value());
                }
            }
        }
        for (RiskEvent e : s.riskEvents()) {
            String p = "riskEvents/" + e.name() + "/";
            if (e.occurrence() instanceof RiskOccurrence.Once o) {
                add(out, p + "probability", o.probability());
            } else if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
                add(out, p + "annualProbability", y.annualProbability());
            }
            add(out, p + "cost", e.cost());
        }
        for (AssuranceInstrument a : s.assurance()) {
            String p = "assurance/" + a.name() + "/";
            if (a instanceof AssuranceInstrument.Bond b) {
                if (b.amount() != null) {
                    add(out, p + "amount", b.amount());
                } else {
                    for (int i = 0; i < b.schedule().size(); i++) {
                        add(out, p + "schedule[" + i + "].amount", b.schedule().get(i).amount());
                    }
                }
                add(out, p + "providerAnnualDefaultProbability", b.providerAnnualDefaultProbability());
                add(out, p + "recoveryRate", b.recoveryRate());
            } else if (a instanceof AssuranceInstrument.SelfBond sb) {
                add(out, p + "amount", sb.amount());
            } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
                add(out, p + "amount", g.amount());
                add(out, p + "guarantorFailsWithOperatorProbability", g.guarantorFailsWithOperatorProbability());
            } else if (a instanceof AssuranceInstrument.TrustFund f) {
                add(out, p + "initialBalance", f.initialBalance());
                add(out, p + "annualContribution", f.annualContribution());
                add(out, p + "annualFeeRate", f.annualFeeRate());
            }
        }
        return out;
    }

    /** The inputs that are really sampled: {@link #all} without degenerate Values. */
    public static List<SampledInput> sampled(Scenario s) {
        List<SampledInput> out = new ArrayList<>();
        for (SampledInput in : all(s)) {
            if (!in.value().isDegenerate()) {
                out.add(in);
            }
        }
        return out;
    }

    private static void add(List<SampledInput> out, String path, Value v) {
        if (v != null) {
            out.add(new SampledInput(path, v));
        }
    }
}
