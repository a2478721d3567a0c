package org.closureassurance.simulator.model;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.value.Value;

/**
 * Lists every per-iteration Value of a scenario with its typed {@link InputKey}, whose path
 * (docs/scenario-format.md, "Paths") is {@code section/name/field} inside lists,
 * {@code section/field} otherwise, dots between object keys, a Quantity's or rate's
 * {@code .value} left out. Per-year draws (fund returns) have no key. The order is the document order, which the engine uses to assign random
 * sub-streams, so it must never depend on anything but the scenario. Overruns come last: adding
 * an uncorrelated one leaves every other input's random numbers as they were, so a run with and
 * a run without it compare on the same draws.
 */
public final class InputPaths {
    private InputPaths() {
    }

    /** Every Value with its key, degenerate ones included, in document order. */
    public static List<SampledInput> all(Scenario s) {
        List<SampledInput> out = new ArrayList<>();
        economics(out, s.economics());
        add(out, InputKey.of(InputField.CLOSURE_YEAR), s.closureYear());
        if (s.forfeiture() instanceof Forfeiture.InYear y) {
            add(out, InputKey.of(InputField.FORFEITURE_YEAR), y.year());
        } else if (s.forfeiture() instanceof Forfeiture.AnnualHazard h) {
            add(out, InputKey.of(InputField.FORFEITURE_BEFORE_CLOSURE), h.beforeClosure());
            add(out, InputKey.of(InputField.FORFEITURE_AFTER_CLOSURE), h.afterClosure());
        }
        AfterForfeiture after = s.afterForfeiture();
        add(out, InputKey.of(InputField.MOBILISATION_DELAY), after.mobilisationDelayYears());
        add(out, InputKey.of(InputField.CARE_AND_MAINTENANCE), after.careAndMaintenancePerYear());
        add(out, InputKey.of(InputField.THIRD_PARTY_PREMIUM), after.thirdPartyPremiumPercent());
        add(out, InputKey.of(InputField.ESTATE_RECOVERY), after.estateRecoveryRate());
        for (CostItem c : s.costItems()) {
            costItem(out, c);
        }
        for (IndirectCost ic : s.indirectCosts()) {
            add(out, InputKey.of(InputField.INDIRECT_PERCENT, ic.name()), ic.percent());
        }
        for (WaterStream w : s.waterTreatment()) {
            water(out, w);
        }
        for (RehabilitationDomain r : s.rehabilitation()) {
            domain(out, r);
        }
        for (RiskEvent e : s.riskEvents()) {
            if (e.occurrence() instanceof RiskOccurrence.Once o) {
                add(out, InputKey.of(InputField.RISK_PROBABILITY, e.name()), o.probability());
            } else if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
                add(out, InputKey.of(InputField.RISK_ANNUAL_PROBABILITY, e.name()), y.annualProbability());
            }
            add(out, InputKey.of(InputField.RISK_COST, e.name()), e.cost());
        }
        for (AssuranceInstrument a : s.assurance()) {
            instrument(out, a);
        }
        for (Overrun o : s.overruns()) {
            add(out, InputKey.of(InputField.OVERRUN_MULTIPLIER, o.name()), o.multiplier());
        }
        // Providers come last, so that naming one shifts no other input's place (and random sub-stream).
        for (Provider v : s.providers()) {
            add(out, InputKey.of(InputField.PROVIDER_DEFAULT_PROBABILITY, v.name()), v.annualDefaultProbability());
            add(out, InputKey.of(InputField.PROVIDER_RECOVERY_RATE, v.name()), v.recoveryRate());
        }
        return out;
    }

    /** One discount rate, or each step's rate of a schedule; then the escalation. */
    private static void economics(List<SampledInput> out, Economics e) {
        if (e.isScheduled()) {
            for (int i = 0; i < e.discountSchedule().size(); i++) {
                add(out, InputKey.discountStep(i), e.discountSchedule().get(i).rate());
            }
        } else {
            add(out, InputKey.of(InputField.DISCOUNT_RATE), e.discountRate());
        }
        add(out, InputKey.of(InputField.REAL_COST_ESCALATION), e.realCostEscalation());
    }

    private static void costItem(List<SampledInput> out, CostItem c) {
        if (c.isPriced()) {
            add(out, InputKey.of(InputField.COST_QUANTITY, c.name()), c.quantity().value());
            add(out, InputKey.of(InputField.COST_UNIT_COST, c.name()), c.unitCost().value());
        } else {
            add(out, InputKey.of(InputField.COST_AMOUNT, c.name()), c.amount());
        }
    }

    private static void water(List<SampledInput> out, WaterStream w) {
        String n = w.name();
        add(out, InputKey.of(InputField.WATER_PROBABILITY, n), w.probability());
        add(out, InputKey.of(InputField.WATER_START_YEAR, n), w.startYear());
        if (w.flow() != null) {
            add(out, InputKey.of(InputField.WATER_FLOW, n), w.flow().value());
            add(out, InputKey.of(InputField.WATER_UNIT_COST, n), w.unitCost().value());
        }
        add(out, InputKey.of(InputField.WATER_FIXED_ANNUAL_COST, n), w.fixedAnnualCost());
        add(out, InputKey.of(InputField.WATER_CAPITAL_COST, n), w.capitalCost());
        if (w.duration() instanceof WaterDuration.Years y) {
            add(out, InputKey.of(InputField.WATER_DURATION_YEARS, n), y.years());
        } else if (w.duration() instanceof WaterDuration.Decay d) {
            add(out, InputKey.of(InputField.WATER_INITIAL_CONCENTRATION, n), d.initialConcentration().value());
            add(out, InputKey.of(InputField.WATER_CONCENTRATION_LIMIT, n), d.limit().value());
            add(out, InputKey.of(InputField.WATER_HALF_LIFE_YEARS, n), d.halfLifeYears());
        }
    }

    private static void domain(List<SampledInput> out, RehabilitationDomain r) {
        String n = r.name();
        add(out, InputKey.of(InputField.DOMAIN_AREA, n), r.area().value());
        add(out, InputKey.of(InputField.DOMAIN_START_YEAR, n), r.startYear());
        if (r.establishmentCost() != null) {
            add(out, InputKey.of(InputField.DOMAIN_ESTABLISHMENT_COST, n), r.establishmentCost().value());
        }
        if (r.maintenanceCostPerAreaYear() != null) {
            add(out, InputKey.of(InputField.DOMAIN_MAINTENANCE_COST, n), r.maintenanceCostPerAreaYear().value());
        }
        add(out, InputKey.of(InputField.DOMAIN_MONITORING_COST, n), r.monitoringCostPerYear());
        add(out, InputKey.of(InputField.RECOVERY_RATE, n), r.recovery().rate());
        add(out, InputKey.of(InputField.RECOVERY_INITIAL_CONDITION, n), r.recovery().initialCondition());
        add(out, InputKey.of(InputField.RECOVERY_TARGET, n), r.recovery().target());
        Setback sb = r.setback();
        if (sb != null) {
            add(out, InputKey.of(InputField.SETBACK_ANNUAL_PROBABILITY, n), sb.annualProbability());
            add(out, InputKey.of(InputField.SETBACK_CONDITION_LOSS, n), sb.conditionLoss());
            if (sb.reworkCostPerArea() != null) {
                add(out, InputKey.of(InputField.SETBACK_REWORK_COST, n), sb.reworkCostPerArea().value());
            }
        }
    }

    private static void instrument(List<SampledInput> out, AssuranceInstrument a) {
        String n = a.name();
        if (a instanceof AssuranceInstrument.Bond b) {
            if (b.amount() != null) {
                add(out, InputKey.of(InputField.INSTRUMENT_AMOUNT, n), b.amount());
            } else {
                for (int i = 0; i < b.schedule().size(); i++) {
                    add(out, InputKey.scheduleStep(n, i), b.schedule().get(i).amount());
                }
            }
            if (b.provider() == null) {
                add(out, InputKey.of(InputField.BOND_DEFAULT_PROBABILITY, n), b.providerAnnualDefaultProbability());
                add(out, InputKey.of(InputField.BOND_RECOVERY_RATE, n), b.recoveryRate());
            }
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            add(out, InputKey.of(InputField.INSTRUMENT_AMOUNT, n), sb.amount());
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            add(out, InputKey.of(InputField.INSTRUMENT_AMOUNT, n), g.amount());
            add(out, InputKey.of(InputField.GUARANTOR_FAILS_PROBABILITY, n),
                    g.guarantorFailsWithOperatorProbability());
        } else if (a instanceof AssuranceInstrument.TrustFund f) {
            add(out, InputKey.of(InputField.FUND_INITIAL_BALANCE, n), f.initialBalance());
            add(out, InputKey.of(InputField.FUND_ANNUAL_CONTRIBUTION, n), f.annualContribution());
            add(out, InputKey.of(InputField.FUND_ANNUAL_FEE_RATE, n), f.annualFeeRate());
        }
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

    private static void add(List<SampledInput> out, InputKey key, Value v) {
        if (v != null) {
            out.add(new SampledInput(key, v));
        }
    }
}
