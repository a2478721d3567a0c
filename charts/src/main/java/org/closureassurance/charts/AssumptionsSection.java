package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * The report's assumptions: every scenario input in words, grouped as the scenario file groups
 * them, so that a reader can check what was assumed without reading JSON. Years are stated as
 * the model counts them: closure-relative for closure works, water, rehabilitation and risk
 * events; after the base year for closure, forfeiture, bond schedules and accrual.
 */
final class AssumptionsSection {

    private final Scenario scenario;
    private final String currency;

    AssumptionsSection(Scenario scenario, String currency) {
        this.scenario = scenario;
        this.currency = currency;
    }

    /** The section's inner HTML (subsections with their tables). */
    String render() {
        StringBuilder out = new StringBuilder();
        subsection(out, "assumptions-general", "Simulation, economics and timing", general().render());
        subsection(out, "assumptions-cost-items", "Closure works", scenario.costItems().isEmpty()
                ? Html.paragraph("No closure works in this scenario.") : costItems().render());
        subsection(out, "assumptions-indirect-costs", "Indirect costs", scenario.indirectCosts().isEmpty()
                ? Html.paragraph("No indirect costs in this scenario.") : indirectCosts().render());
        subsection(out, "assumptions-overruns", "Overruns", new OverrunAssumptions(scenario.overruns()).render());
        subsection(out, "assumptions-water", "Water treatment", water());
        subsection(out, "assumptions-rehabilitation", "Rehabilitation", rehabilitation());
        subsection(out, "assumptions-risk-events", "Risk events", scenario.riskEvents().isEmpty()
                ? Html.paragraph("No risk events in this scenario.") : riskEvents().render());
        subsection(out, "assumptions-correlations", "Correlations", scenario.correlations().isEmpty()
                ? Html.paragraph("None: every input is drawn independently of the others.")
                : correlations().render());
        if (EconomyAssumptions.applies(scenario)) {
            subsection(out, "assumptions-economy", "Economic factors and named providers",
                    EconomyAssumptions.render(scenario));
        }
        subsection(out, "assumptions-assurance", "Assurance instruments", scenario.assurance().isEmpty()
                ? Html.paragraph("No assurance is held: the whole liability falls on the public at forfeiture.")
                : instruments().render());
        return out.toString();
    }

    static void subsection(StringBuilder out, String id, String title, String body) {
        out.append("<section id=\"").append(id).append("\">\n<h3>").append(Html.escape(title)).append("</h3>\n")
                .append(body).append("</section>\n");
    }

    private Html.Table general() {
        Html.Table t = new Html.Table(null, "assumptions", "Setting", "Assumption");
        addSimulationRows(t, currency, scenario.baseYear(), scenario.simulation());
        EconomicsAssumptions.addRows(t, scenario.economics(), scenario.afterForfeiture(), currency);
        t.row("Closure year (after the base year)", ValueText.describe(scenario.closureYear(), ValueText.plain()));
        t.row("Forfeiture", forfeiture(scenario.forfeiture()));
        return t;
    }

    /** The rows on money, years and sampling that a scenario and a portfolio state alike. */
    static void addSimulationRows(Html.Table t, String currency, Integer baseYear, SimulationSettings sim) {
        t.row("Currency", currency + ", real, at base-year prices (no inflation)");
        t.row("Base year", baseYear == null ? "not stated (year 0)" : "year 0 = " + baseYear);
        t.row("Horizon", sim.horizonYears() + " years (years 0 to " + (sim.horizonYears() - 1) + ")");
        t.row("Iterations", String.format(Locale.ROOT, "%,d", sim.iterations()));
        t.row("Seed", Long.toString(sim.seed()));
        t.row("Sampling", sim.sampling().id());
    }

    static String forfeiture(Forfeiture f) {
        if (f instanceof Forfeiture.AtClosure) {
            return "the operator walks away in the closure year of every iteration";
        }
        if (f instanceof Forfeiture.InYear y) {
            return "the operator walks away in year " + ValueText.describe(y.year(), ValueText.plain())
                    + " after the base year";
        }
        Forfeiture.AnnualHazard h = (Forfeiture.AnnualHazard) f;
        return "a yearly chance that the operator walks away: "
                + ValueText.describe(h.beforeClosure(), ValueText.fractionAsPercent()) + " a year before closure, "
                + ValueText.describe(h.afterClosure(), ValueText.fractionAsPercent())
                + " a year from closure on; some iterations never forfeit";
    }

    private Html.Table costItems() {
        Html.Table t = new Html.Table(null, "assumptions", "Item", "Category", "Cost", "Timing",
                "Accrual before closure");
        for (CostItem c : scenario.costItems()) {
            String cost = c.isPriced()
                    ? "quantity " + quantity(c.quantity()) + "; unit cost " + rate(c.unitCost())
                    : ValueText.describe(c.amount(), ValueText.money(currency));
            String timing = "from year " + c.startYear() + " after closure for " + c.durationYears()
                    + (c.durationYears() == 1 ? " year" : " years");
            t.row(Html.named(c.name(), c.description()), c.category() == null ? "none" : c.category(), cost,
                    timing, accrual(c.accrual()));
        }
        return t;
    }

    private static String accrual(List<AccrualPoint> points) {
        if (points.isEmpty()) {
            return "none: the full cost at any time";
        }
        List<String> parts = new ArrayList<>();
        for (AccrualPoint p : points) {
            parts.add(NumberText.number(100 * p.fraction(), 1) + " % in year " + p.year());
        }
        return String.join(", ", parts) + " (linear between, flat outside)";
    }

    private Html.Table indirectCosts() {
        Html.Table t = new Html.Table(null, "assumptions", "Indirect cost", "Percent", "Applies to");
        for (IndirectCost ic : scenario.indirectCosts()) {
            t.row(Html.named(ic.name(), ic.description()), ValueText.describe(ic.percent(), ValueText.percentPoints()),
                    ic.appliesTo() == null ? "every cost item" : String.join(", ", ic.appliesTo()));
        }
        return t;
    }

    private String water() {
        if (scenario.waterTreatment().isEmpty()) {
            return Html.paragraph("No post-closure water treatment in this scenario.");
        }
        StringBuilder out = new StringBuilder();
        for (WaterStream w : scenario.waterTreatment()) {
            Html.Table t = new Html.Table(null, "assumptions", "Stream: " + w.name(), "Assumption");
            if (w.description() != null && !w.description().isBlank()) {
                t.row("Description", w.description());
            }
            t.row("Needed with probability", ValueText.describe(w.probability(), ValueText.fractionAsPercent()));
            t.row("Starts (years after closure)", ValueText.describe(w.startYear(), ValueText.plain()));
            if (w.flow() != null) {
                t.row("Flow", quantity(w.flow()));
                t.row("Treatment cost", rate(w.unitCost()));
            }
            t.row("Fixed cost a year", money(w.fixedAnnualCost()));
            t.row("Capital cost", money(w.capitalCost()) + (w.replacementEveryYears() == null
                    ? ", once" : ", again every " + w.replacementEveryYears() + " years while treatment lasts"));
            t.row("Duration", duration(w.duration()));
            out.append(t.render());
        }
        return out.toString();
    }

    private static String duration(WaterDuration d) {
        if (d instanceof WaterDuration.Years y) {
            return ValueText.describe(y.years(), ValueText.years());
        }
        if (d instanceof WaterDuration.Decay decay) {
            return "until a halving concentration falls to its limit: initial concentration "
                    + quantity(decay.initialConcentration()) + "; limit " + quantity(decay.limit())
                    + "; half-life " + ValueText.describe(decay.halfLifeYears(), ValueText.years());
        }
        return "perpetual: treatment never ends";
    }

    private String rehabilitation() {
        if (scenario.rehabilitation().isEmpty()) {
            return Html.paragraph("No rehabilitation domains in this scenario.");
        }
        StringBuilder out = new StringBuilder();
        for (RehabilitationDomain r : scenario.rehabilitation()) {
            Html.Table t = new Html.Table(null, "assumptions", "Domain: " + r.name(), "Assumption");
            if (r.description() != null && !r.description().isBlank()) {
                t.row("Description", r.description());
            }
            t.row("Area", quantity(r.area()));
            t.row("Starts (years after closure)", ValueText.describe(r.startYear(), ValueText.plain()));
            t.row("Establishment cost", r.establishmentCost() == null ? "none" : rate(r.establishmentCost()));
            t.row("Maintenance until complete", r.maintenanceCostPerAreaYear() == null ? "none"
                    : rate(r.maintenanceCostPerAreaYear()) + " a year");
            t.row("Monitoring after completion", r.monitoringYears() + " years at "
                    + money(r.monitoringCostPerYear()) + " a year");
            t.row("Recovery", r.recovery().model().id() + "; rate a year "
                    + ValueText.describe(r.recovery().rate(), ValueText.plain()) + "; initial condition "
                    + ValueText.describe(r.recovery().initialCondition(), ValueText.plain()) + "; target "
                    + ValueText.describe(r.recovery().target(), ValueText.plain()));
            t.row("Setbacks", setback(r.setback()));
            out.append(t.render());
        }
        return out.toString();
    }

    private String setback(Setback s) {
        if (s == null) {
            return "none";
        }
        String text = ValueText.describe(s.annualProbability(), ValueText.fractionAsPercent())
                + " a year; each loses " + ValueText.describe(s.conditionLoss(), ValueText.fractionAsPercent())
                + " of the condition";
        return s.reworkCostPerArea() == null ? text : text + " and costs " + rate(s.reworkCostPerArea()) + " to rework";
    }

    private Html.Table riskEvents() {
        Html.Table t = new Html.Table(null, "assumptions", "Risk event", "Cost per occurrence", "When");
        for (RiskEvent e : scenario.riskEvents()) {
            String when;
            if (e.occurrence() instanceof RiskOccurrence.Once o) {
                when = "once, with probability " + ValueText.describe(o.probability(), ValueText.fractionAsPercent())
                        + ", in year " + o.year() + " after closure";
            } else {
                RiskOccurrence.PerYear y = (RiskOccurrence.PerYear) e.occurrence();
                when = "with probability " + ValueText.describe(y.annualProbability(), ValueText.fractionAsPercent())
                        + " in each year from year " + y.fromYear() + " after closure to "
                        + (y.toYear() == null ? "the horizon" : "year " + y.toYear())
                        + ", at most " + y.maxOccurrences() + (y.maxOccurrences() == 1 ? " time" : " times");
            }
            t.row(Html.named(e.name(), e.description()), money(e.cost()), when);
        }
        return t;
    }

    private Html.Table correlations() {
        Html.Table t = new Html.Table("Spearman rank correlations, induced with a Gaussian copula", "assumptions",
                "Input", "With input", "Rank correlation");
        for (Correlation c : scenario.correlations()) {
            t.row(input(c.a()), input(c.b()), NumberText.number(c.rho(), 3));
        }
        return t;
    }

    private static Html.Markup input(String path) {
        return new Html.Markup(Html.escape(InputLabels.label(path)) + "<br>" + Html.code(path).html());
    }

    private Html.Table instruments() {
        Html.Table t = new Html.Table(null, "assumptions", "Instrument", "Type", "Terms");
        for (AssuranceInstrument a : scenario.assurance()) {
            String type = a.type();
            String terms;
            if (a instanceof AssuranceInstrument.Bond b) {
                type = "bond (" + b.kind().id() + ")";
                terms = (b.amount() != null ? money(b.amount()) : schedule(b.schedule())) + "; " + bondFailure(b);
            } else if (a instanceof AssuranceInstrument.SelfBond s) {
                terms = money(s.amount()) + " face; worth nothing at forfeiture, since the guarantor is the "
                        + "operator that failed";
            } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
                terms = money(g.amount()) + "; lost with probability "
                        + ValueText.describe(g.guarantorFailsWithOperatorProbability(), ValueText.fractionAsPercent())
                        + " that the parent fails with the operator";
            } else {
                AssuranceInstrument.TrustFund f = (AssuranceInstrument.TrustFund) a;
                terms = "starts at " + money(f.initialBalance()) + ", with " + money(f.annualContribution())
                        + " paid in at the end of each year before closure; returns "
                        + ValueText.describe(f.annualReturn(), ValueText.fractionAsPercent())
                        + " a year (drawn afresh each year), less fees of "
                        + ValueText.describe(f.annualFeeRate(), ValueText.fractionAsPercent()) + " a year; "
                        + (f.drawdown() ? "pays each year's closure costs from closure on"
                        : "not drawn down before forfeiture");
            }
            t.row(Html.named(a.name(), a.description()), type, terms);
        }
        return t;
    }

    /** How a bond's provider fails: a named provider's terms are with the provider. */
    private static String bondFailure(AssuranceInstrument.Bond b) {
        if (b.provider() != null) {
            return "written by " + b.provider() + ", and fails when it fails (see economic factors and named providers)";
        }
        return "provider defaults with probability "
                + ValueText.describe(b.providerAnnualDefaultProbability(), ValueText.fractionAsPercent())
                + " a year, after which " + ValueText.describe(b.recoveryRate(), ValueText.fractionAsPercent())
                + " of the face is recovered";
    }

    private String schedule(List<ScheduleStep> steps) {
        List<String> parts = new ArrayList<>();
        for (ScheduleStep s : steps) {
            parts.add(money(s.amount()) + " from year " + s.fromYear());
        }
        return "a schedule: " + String.join("; ", parts);
    }

    private String money(Value v) {
        return ValueText.describe(v, ValueText.money(currency));
    }

    private String rate(UnitRate r) {
        return ValueText.describe(r.value(), ValueText.moneyPer(currency, r.per()));
    }

    private static String quantity(Quantity q) {
        return ValueText.describe(q.value(), ValueText.quantity(q.unit()));
    }
}
