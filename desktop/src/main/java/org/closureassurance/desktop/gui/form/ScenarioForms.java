package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Turns a validated {@link Scenario} into the editor's {@link ScenarioForm}, field by field, so
 * that {@link ScenarioAssembler} gives back an equal scenario; and makes the form of a new,
 * nearly empty scenario.
 */
public final class ScenarioForms {
    private ScenarioForms() {
    }

    /** The form of a new scenario: a name, a horizon, a discount rate, closure and forfeiture. */
    public static ScenarioForm blank() {
        ElementForm general = ElementForm.of(
                "name", "New scenario",
                "currency", "USD",
                "simulation.horizonYears", "100",
                "simulation.iterations", Integer.toString(SimulationSettings.DEFAULT_ITERATIONS),
                "simulation.seed", "1",
                "simulation.sampling", Sampling.MONTE_CARLO.id(),
                "economics.discountRate", ValueForm.constant("0.03"),
                "closureYear", ValueForm.constant("10"),
                "forfeiture.mode", "at-closure");
        return new ScenarioForm(general, Map.of());
    }

    /** The form that shows {@code s} exactly. */
    public static ScenarioForm of(Scenario s) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", s.name());
        g.put("description", s.description());
        g.put("currency", s.currency());
        g.put("baseYear", s.baseYear() == null ? null : s.baseYear().toString());
        SimulationSettings sim = s.simulation();
        g.put("simulation.horizonYears", Integer.toString(sim.horizonYears()));
        g.put("simulation.iterations", Integer.toString(sim.iterations()));
        g.put("simulation.seed", Long.toString(sim.seed()));
        g.put("simulation.sampling", sim.sampling().id());
        g.put("economics.discountRate", ValueForm.of(s.economics().discountRate()));
        g.put("closureYear", ValueForm.of(s.closureYear()));
        g.put("forfeiture.mode", s.forfeiture().mode());
        if (s.forfeiture() instanceof Forfeiture.InYear y) {
            g.put("forfeiture.year", ValueForm.of(y.year()));
        } else if (s.forfeiture() instanceof Forfeiture.AnnualHazard h) {
            g.put("forfeiture.beforeClosure", ValueForm.of(h.beforeClosure()));
            g.put("forfeiture.afterClosure", ValueForm.of(h.afterClosure()));
        }
        Map<String, List<ElementForm>> sections = new LinkedHashMap<>();
        sections.put("costItems", s.costItems().stream().map(ScenarioForms::costItem).toList());
        sections.put("indirectCosts", s.indirectCosts().stream().map(ScenarioForms::indirectCost).toList());
        sections.put("correlations", s.correlations().stream().map(ScenarioForms::correlation).toList());
        sections.put("waterTreatment", s.waterTreatment().stream().map(ScenarioForms::waterStream).toList());
        sections.put("rehabilitation", s.rehabilitation().stream().map(ScenarioForms::rehabilitation).toList());
        sections.put("riskEvents", s.riskEvents().stream().map(ScenarioForms::riskEvent).toList());
        sections.put("assurance", s.assurance().stream().map(ScenarioForms::instrument).toList());
        sections.put("requirements", s.requirements().stream().map(RequirementForms::of).toList());
        return new ScenarioForm(new ElementForm(g), sections);
    }

    private static ValueForm v(Value value) {
        return value == null ? null : ValueForm.of(value);
    }

    private static void quantity(Map<String, Object> m, String key, Quantity q) {
        if (q != null) {
            m.put(key, v(q.value()));
            m.put(key + ".unit", q.unit());
        }
    }

    private static void rate(Map<String, Object> m, String key, UnitRate r) {
        if (r != null) {
            m.put(key, v(r.value()));
            m.put(key + ".per", r.per());
        }
    }

    private static ElementForm costItem(CostItem c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("description", c.description());
        m.put("category", c.category());
        m.put(ScenarioSchema.PRICING, c.isPriced() ? "quantity" : "amount");
        quantity(m, "quantity", c.quantity());
        rate(m, "unitCost", c.unitCost());
        m.put("amount", v(c.amount()));
        m.put("startYear", Integer.toString(c.startYear()));
        m.put("durationYears", Integer.toString(c.durationYears()));
        List<ElementForm> accrual = new ArrayList<>();
        for (AccrualPoint p : c.accrual()) {
            accrual.add(ElementForm.of("year", Integer.toString(p.year()), "fraction", NumberText.of(p.fraction())));
        }
        m.put("accrual", accrual.isEmpty() ? null : accrual);
        return new ElementForm(m);
    }

    private static ElementForm indirectCost(IndirectCost ic) {
        return ElementForm.of("name", ic.name(), "description", ic.description(), "percent", v(ic.percent()),
                "appliesTo", ic.appliesTo() == null ? null : String.join(", ", ic.appliesTo()));
    }

    private static ElementForm correlation(Correlation c) {
        return ElementForm.of("a", c.a(), "b", c.b(), "rho", NumberText.of(c.rho()));
    }

    private static ElementForm waterStream(WaterStream w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", w.name());
        m.put("description", w.description());
        m.put("probability", v(w.probability()));
        m.put("startYear", v(w.startYear()));
        quantity(m, "flow", w.flow());
        rate(m, "unitCost", w.unitCost());
        m.put("fixedAnnualCost", v(w.fixedAnnualCost()));
        m.put("capitalCost", v(w.capitalCost()));
        m.put("replacementEveryYears", w.replacementEveryYears() == null ? null : w.replacementEveryYears().toString());
        m.put("duration.type", w.duration().type());
        if (w.duration() instanceof WaterDuration.Years y) {
            m.put("duration.years", v(y.years()));
        } else if (w.duration() instanceof WaterDuration.Decay d) {
            quantity(m, "duration.initialConcentration", d.initialConcentration());
            quantity(m, "duration.limit", d.limit());
            m.put("duration.halfLifeYears", v(d.halfLifeYears()));
        }
        return new ElementForm(m);
    }

    private static ElementForm rehabilitation(RehabilitationDomain r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("description", r.description());
        quantity(m, "area", r.area());
        m.put("startYear", v(r.startYear()));
        rate(m, "establishmentCost", r.establishmentCost());
        rate(m, "maintenanceCostPerAreaYear", r.maintenanceCostPerAreaYear());
        m.put("monitoringYears", Integer.toString(r.monitoringYears()));
        m.put("monitoringCostPerYear", v(r.monitoringCostPerYear()));
        m.put("recovery.model", r.recovery().model().id());
        m.put("recovery.rate", v(r.recovery().rate()));
        m.put("recovery.initialCondition", v(r.recovery().initialCondition()));
        m.put("recovery.target", v(r.recovery().target()));
        m.put(ScenarioSchema.SETBACK, Boolean.toString(r.setback() != null));
        if (r.setback() != null) {
            m.put("setback.annualProbability", v(r.setback().annualProbability()));
            m.put("setback.conditionLoss", v(r.setback().conditionLoss()));
            rate(m, "setback.reworkCostPerArea", r.setback().reworkCostPerArea());
        }
        String areaUnit = r.area().unit();
        for (String per : List.of("establishmentCost.per", "maintenanceCostPerAreaYear.per",
                "setback.reworkCostPerArea.per")) {
            m.putIfAbsent(per, areaUnit);
        }
        return new ElementForm(m);
    }

    private static ElementForm riskEvent(RiskEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("description", e.description());
        if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            m.put(ScenarioSchema.OCCURRENCE, "per-year");
            m.put("annualProbability", v(y.annualProbability()));
            m.put("fromYear", Integer.toString(y.fromYear()));
            m.put("toYear", y.toYear() == null ? null : y.toYear().toString());
            m.put("maxOccurrences", Integer.toString(y.maxOccurrences()));
        } else if (e.occurrence() instanceof RiskOccurrence.Once o) {
            m.put(ScenarioSchema.OCCURRENCE, "once");
            m.put("probability", v(o.probability()));
            m.put("year", Integer.toString(o.year()));
        }
        m.put("cost", v(e.cost()));
        return new ElementForm(m);
    }

    private static ElementForm instrument(AssuranceInstrument a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type());
        m.put("name", a.name());
        m.put("description", a.description());
        if (a instanceof AssuranceInstrument.Bond b) {
            m.put("kind", b.kind().id());
            m.put(ScenarioSchema.AMOUNT_BY, b.amount() != null ? "amount" : "schedule");
            m.put("amount", v(b.amount()));
            if (b.schedule() != null) {
                List<ElementForm> steps = new ArrayList<>();
                for (ScheduleStep step : b.schedule()) {
                    steps.add(ElementForm.of("fromYear", Integer.toString(step.fromYear()), "amount", v(step.amount())));
                }
                m.put("schedule", steps);
            }
            m.put("providerAnnualDefaultProbability", v(b.providerAnnualDefaultProbability()));
            m.put("recoveryRate", v(b.recoveryRate()));
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            m.put("amount", v(sb.amount()));
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            m.put("amount", v(g.amount()));
            m.put("guarantorFailsWithOperatorProbability", v(g.guarantorFailsWithOperatorProbability()));
        } else if (a instanceof AssuranceInstrument.TrustFund f) {
            m.put("initialBalance", v(f.initialBalance()));
            m.put("annualContribution", v(f.annualContribution()));
            m.put("annualReturn", v(f.annualReturn()));
            m.put("annualFeeRate", v(f.annualFeeRate()));
            m.put("drawdown", Boolean.toString(f.drawdown()));
        }
        return new ElementForm(m);
    }
}
