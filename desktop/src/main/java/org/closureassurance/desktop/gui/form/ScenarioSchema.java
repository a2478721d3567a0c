package org.closureassurance.desktop.gui.form;

import static org.closureassurance.desktop.gui.form.FieldKind.CATEGORIES;
import static org.closureassurance.desktop.gui.form.FieldKind.CHOICE;
import static org.closureassurance.desktop.gui.form.FieldKind.FLAG;
import static org.closureassurance.desktop.gui.form.FieldKind.INPUT;
import static org.closureassurance.desktop.gui.form.FieldKind.INTEGER;
import static org.closureassurance.desktop.gui.form.FieldKind.LONG_TEXT;
import static org.closureassurance.desktop.gui.form.FieldKind.NUMBER;
import static org.closureassurance.desktop.gui.form.FieldKind.ROWS;
import static org.closureassurance.desktop.gui.form.FieldKind.TEXT;
import static org.closureassurance.desktop.gui.form.FieldKind.UNIT;
import static org.closureassurance.desktop.gui.form.FieldKind.VALUE;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Sampling;

/**
 * Every page of the scenario editor and every field on it, with the labels and help a user
 * reads (meanings in docs/model.md). Field keys are JSON paths inside their element, plus four
 * editor-only choices that pick between alternative shapes of an element: a cost item's
 * {@code pricing}, a risk event's {@code occurrence}, a bond's {@code amountBy} and a
 * rehabilitation domain's {@code setback} switch.
 */
public final class ScenarioSchema {
    /** Editor-only choice of a cost item: priced by quantity or a lump amount. */
    public static final String PRICING = "pricing";
    /** Editor-only choice of a risk event: once, or per year. */
    public static final String OCCURRENCE = "occurrence";
    /** Editor-only choice of a bond: a fixed amount or a schedule. */
    public static final String AMOUNT_BY = "amountBy";
    /** Editor-only switch of a rehabilitation domain: whether setbacks happen. */
    public static final String SETBACK = "setback";

    private static final List<SectionSpec> PAGES = List.of(general(), closure(), costItems(), indirectCosts(),
            correlations(), waterTreatment(), rehabilitation(), riskEvents(), assurance());

    private ScenarioSchema() {
    }

    /** The editor's pages in order: two of top-level fields, then one per list section. */
    public static List<SectionSpec> pages() {
        return PAGES;
    }

    /** The page with {@code id}. */
    public static SectionSpec page(String id) {
        for (SectionSpec p : PAGES) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no editor page " + id);
    }

    /** The page that edits list {@code section}. */
    public static SectionSpec forSection(String section) {
        for (SectionSpec p : PAGES) {
            if (section.equals(p.section())) {
                return p;
            }
        }
        throw new IllegalArgumentException("no editor page for section " + section);
    }

    /** The page that shows top-level field {@code key}. */
    public static SectionSpec forGeneralField(String key) {
        for (SectionSpec p : PAGES) {
            if (!p.isList() && p.field(key) != null) {
                return p;
            }
        }
        return PAGES.get(0);
    }

    private static FieldSpec f(String key, String label, FieldKind kind, String help) {
        return FieldSpec.of(key, label, kind).help(help);
    }

    private static Choice c(String id, String label) {
        return new Choice(id, label);
    }

    private static SectionSpec general() {
        List<Choice> sampling = new ArrayList<>();
        for (Sampling s : Sampling.values()) {
            sampling.add(c(s.id(), s == Sampling.MONTE_CARLO ? "Monte Carlo" : "Latin hypercube"));
        }
        return new SectionSpec("general", null, "General", null, List.of(
                f("name", "Scenario name", TEXT, "What the scenario is called in results and reports."),
                f("description", "Description", LONG_TEXT, "Free text: the site, whose view it takes, the sources."),
                f("currency", "Currency", TEXT, "Currency code such as USD. All amounts are real, at base-year prices."),
                f("baseYear", "Base year (calendar)", INTEGER, "The calendar year of year 0, such as 2026 (optional)."),
                f("simulation.horizonYears", "Horizon (years)", INTEGER,
                        "Years simulated from the base year, 1 to 1000; the last simulated year is horizon - 1."),
                f("simulation.iterations", "Iterations", INTEGER, "Monte Carlo iterations per run."),
                f("simulation.seed", "Random seed", INTEGER,
                        "Master seed: the same seed and iterations give identical results."),
                FieldSpec.of("simulation.sampling", "Sampling", CHOICE)
                        .help("Latin hypercube stratifies every sampled input.")
                        .choices(sampling.toArray(new Choice[0]))),
                List.of(), null, true);
    }

    private static SectionSpec closure() {
        return new SectionSpec("closure", null, "Closure and economics", null, List.of(
                f("economics.discountRate", "Real discount rate (fraction)", VALUE,
                        "A fraction, not a percentage: 0.03 is 3 % a year. Drawn once per iteration; above 0 when"
                                + " any water stream is perpetual."),
                f("closureYear", "Closure year (after base year)", VALUE,
                        "Years after the base year when operations end: 0 is the base year (floored)."),
                FieldSpec.of("forfeiture.mode", "Forfeiture", CHOICE)
                        .help("When the operator walks away and the regulator must close the mine with the assurance"
                                + " it holds.")
                        .choices(c("at-closure", "At closure"), c("year", "In a given year"),
                                c("annual-hazard", "Yearly chance (hazard)")),
                f("forfeiture.year", "Forfeiture year (after base year)", VALUE,
                        "Years after the base year when the operator walks away: 0 is the base year (floored).")
                        .whenChoice("forfeiture.mode", "year"),
                f("forfeiture.beforeClosure", "Yearly chance before closure (0–1)", VALUE,
                        "Probability of forfeiture in each year before the closure year.")
                        .whenChoice("forfeiture.mode", "annual-hazard"),
                f("forfeiture.afterClosure", "Yearly chance after closure (0–1)", VALUE,
                        "Probability of forfeiture in each year from the closure year on.")
                        .whenChoice("forfeiture.mode", "annual-hazard")),
                List.of(), null, true);
    }

    private static SectionSpec costItems() {
        FieldSpec name = f("name", "Name", TEXT, "Unique within cost items; no \"/\".");
        FieldSpec category = f("category", "Category", TEXT,
                "Decides which indirect costs apply (earthworks, demolition, ...).");
        FieldSpec pricing = FieldSpec.of(PRICING, "Priced as", CHOICE)
                .help("Quantity times unit cost, or one lump amount.")
                .choices(c("quantity", "Quantity × unit cost"), c("amount", "Lump sum"));
        FieldSpec quantity = f("quantity", "Quantity", VALUE, "How much work: volume, area, length, count, ...")
                .measuredIn("quantity.unit", null).whenChoice(PRICING, "quantity");
        FieldSpec unitCost = f("unitCost", "Unit cost", VALUE, "Price per unit of the quantity.")
                .measuredIn("unitCost.per", null).sameDimensionAs("quantity.unit").whenChoice(PRICING, "quantity");
        FieldSpec amount = f("amount", "Amount", VALUE, "The item's whole cost.").whenChoice(PRICING, "amount");
        FieldSpec start = f("startYear", "Start year (after closure)", INTEGER,
                "Counted from closure: 0 is the first year after operations end.");
        FieldSpec duration = f("durationYears", "Duration (years)", INTEGER, "The cost is spread evenly over these years.");
        FieldSpec quantityUnit = FieldSpec.of("quantity.unit", "Unit", UNIT).whenChoice(PRICING, "quantity");
        FieldSpec per = FieldSpec.of("unitCost.per", "Priced per", UNIT).sameDimensionAs("quantity.unit")
                .whenChoice(PRICING, "quantity");
        return new SectionSpec("costItems", "costItems", "Cost items", "cost item", List.of(
                name, category, pricing, quantity, unitCost, amount, start, duration,
                f("description", "Description", LONG_TEXT, null),
                FieldSpec.of("accrual", "Accrual before closure", ROWS)
                        .help("Share of the final disturbance in each year (counted from the base year), interpolated; 1 when"
                                + " empty.")
                        .rows(f("year", "Year (after base year)", INTEGER, null), f("fraction", "Fraction", NUMBER, null))),
                List.of(name, category, quantity, quantityUnit, unitCost, per, amount, start.labelled("Start (after closure)"),
                        duration.labelled("Years")),
                ElementForm.of("name", "New cost item", PRICING, "amount", "startYear", "0", "durationYears", "1"),
                true);
    }

    private static SectionSpec indirectCosts() {
        FieldSpec name = f("name", "Name", TEXT, "Engineering, overhead and profit, contingency, ...");
        FieldSpec percent = f("percent", "Percent (%)", VALUE,
                "A percentage, not a fraction: 15 is 15 %, added to the flows it applies to.");
        FieldSpec applies = f("appliesTo", "Applies to", CATEGORIES,
                "Categories, separated by commas; empty applies to every cost item. Also: water-treatment, "
                        + "rehabilitation.");
        return new SectionSpec("indirectCosts", "indirectCosts", "Indirect costs", "indirect cost",
                List.of(name, percent, applies, f("description", "Description", LONG_TEXT, null)),
                List.of(name, percent, applies), ElementForm.of("name", "New indirect cost"), true);
    }

    private static SectionSpec correlations() {
        FieldSpec a = f("a", "Input A", INPUT, "A sampled input of this scenario.");
        FieldSpec b = f("b", "Input B", INPUT, "Another sampled input.");
        FieldSpec rho = f("rho", "Rank correlation (rho)", NUMBER, "Spearman rank correlation, strictly between -1 and 1.");
        return new SectionSpec("correlations", "correlations", "Correlations", "correlation", List.of(a, b, rho),
                List.of(a, b, rho), ElementForm.of("rho", "0.5"), false);
    }

    private static SectionSpec waterTreatment() {
        FieldSpec name = f("name", "Name", TEXT, "Unique within water treatment; no \"/\".");
        FieldSpec probability = f("probability", "Probability needed (0–1)", VALUE,
                "Chance the stream needs treatment at all (drawn once per iteration).");
        FieldSpec start = f("startYear", "Start year (after closure)", VALUE,
                "Years after closure when treatment starts: 0 is the first year after operations end (floored).");
        FieldSpec type = FieldSpec.of("duration.type", "Duration", CHOICE)
                .help("How long treatment lasts once it starts.")
                .choices(c("years", "A number of years"), c("decay", "Until a concentration decays"),
                        c("perpetual", "Forever (perpetual)"));
        FieldSpec flow = f("flow", "Flow", VALUE, "Water to treat; optional together with the unit cost.")
                .measuredIn("flow.unit", Dimension.FLOW);
        return new SectionSpec("waterTreatment", "waterTreatment", "Water treatment", "water stream", List.of(
                name, probability, start,
                flow,
                f("unitCost", "Unit cost", VALUE, "Treatment cost per volume of water.")
                        .measuredIn("unitCost.per", Dimension.VOLUME),
                f("fixedAnnualCost", "Fixed annual cost", VALUE, "Cost of each treatment year besides the volume."),
                f("capitalCost", "Capital cost", VALUE, "Plant cost in the first treatment year."),
                f("replacementEveryYears", "Replace plant every (years)", INTEGER,
                        "Capital falls again every this many years; empty: once."),
                type,
                f("duration.years", "Years of treatment", VALUE, "May be fractional.").whenChoice("duration.type", "years"),
                f("duration.initialConcentration", "Initial concentration", VALUE, "Concentration when treatment starts.")
                        .measuredIn("duration.initialConcentration.unit", Dimension.CONCENTRATION)
                        .whenChoice("duration.type", "decay"),
                f("duration.limit", "Discharge limit", VALUE, "Treatment stops when the concentration falls to this.")
                        .measuredIn("duration.limit.unit", Dimension.CONCENTRATION).whenChoice("duration.type", "decay"),
                f("duration.halfLifeYears", "Half-life (years)", VALUE, "Years for the concentration to halve.")
                        .whenChoice("duration.type", "decay"),
                f("description", "Description", LONG_TEXT, null)),
                List.of(name, probability.labelled("Probability (0–1)"), start, type, flow, FieldSpec.of("flow.unit", "Unit",
                        UNIT).dimension(Dimension.FLOW)),
                ElementForm.of("name", "New water stream", "probability", ValueForm.constant("1"),
                        "startYear", ValueForm.constant("0"), "flow.unit", "L/s", "unitCost.per", "m3",
                        "duration.type", "years"),
                true);
    }

    private static SectionSpec rehabilitation() {
        FieldSpec name = f("name", "Name", TEXT, "Unique within rehabilitation; no \"/\".");
        FieldSpec area = f("area", "Area", VALUE, "Land to rehabilitate.").measuredIn("area.unit", Dimension.AREA);
        FieldSpec start = f("startYear", "Start year (after closure)", VALUE,
                "Years after closure of establishment: 0 is the first year after operations end (floored).");
        FieldSpec model = FieldSpec.of("recovery.model", "Recovery model", CHOICE)
                .help("How the condition index (0 bare, 1 reference ecosystem) recovers each year.")
                .choices(c("exponential", "Exponential"), c("logistic", "Logistic"));
        FieldSpec target = f("recovery.target", "Target condition", VALUE,
                "Condition index at which the domain is complete, in (0, 1].");
        return new SectionSpec("rehabilitation", "rehabilitation", "Rehabilitation", "rehabilitation domain", List.of(
                name, area, start,
                f("establishmentCost", "Establishment cost", VALUE, "Cost per area in the start year (optional).")
                        .measuredIn("establishmentCost.per", Dimension.AREA),
                f("maintenanceCostPerAreaYear", "Maintenance per year", VALUE,
                        "Cost per area in each year until complete (optional).")
                        .measuredIn("maintenanceCostPerAreaYear.per", Dimension.AREA),
                f("monitoringYears", "Monitoring years", INTEGER, "Years of monitoring after completion."),
                f("monitoringCostPerYear", "Monitoring cost per year", VALUE, null),
                model,
                f("recovery.rate", "Recovery rate (fraction)", VALUE, "Yearly rate of the recovery model: 0.15 is 15 % a year."),
                f("recovery.initialCondition", "Initial condition", VALUE, "Condition index at the start, 0 to 1."),
                target,
                FieldSpec.of(SETBACK, "Setbacks", FLAG).help("Fire, drought or erosion can knock the condition back."),
                f("setback.annualProbability", "Setback chance per year (0–1)", VALUE, null).whenChoice(SETBACK, "true"),
                f("setback.conditionLoss", "Condition lost (fraction)", VALUE, "Fraction of the condition index lost: 0.3 is 30 %.")
                        .whenChoice(SETBACK, "true"),
                f("setback.reworkCostPerArea", "Rework cost", VALUE, "Cost per area of each setback (optional).")
                        .measuredIn("setback.reworkCostPerArea.per", Dimension.AREA).whenChoice(SETBACK, "true"),
                f("description", "Description", LONG_TEXT, null)),
                List.of(name, area, FieldSpec.of("area.unit", "Unit", UNIT).dimension(Dimension.AREA), start, model,
                        target),
                ElementForm.of("name", "New rehabilitation domain", "area.unit", "ha", "startYear", ValueForm.constant("0"),
                        "establishmentCost.per", "ha", "maintenanceCostPerAreaYear.per", "ha", "monitoringYears", "0",
                        "recovery.model", "exponential", "recovery.initialCondition", ValueForm.constant("0"),
                        SETBACK, "false", "setback.reworkCostPerArea.per", "ha"),
                true);
    }

    private static SectionSpec riskEvents() {
        FieldSpec name = f("name", "Name", TEXT, "Unique within risk events; no \"/\".");
        FieldSpec occurrence = FieldSpec.of(OCCURRENCE, "Happens", CHOICE)
                .help("Once with a probability, or with a chance in each year of a range.")
                .choices(c("once", "Once"), c("per-year", "Each year, by chance"));
        FieldSpec cost = f("cost", "Cost", VALUE, "Cost of each occurrence (drawn once per iteration).");
        return new SectionSpec("riskEvents", "riskEvents", "Risk events", "risk event", List.of(
                name, occurrence,
                f("probability", "Probability (0–1)", VALUE, null).whenChoice(OCCURRENCE, "once"),
                f("year", "Year (after closure)", INTEGER, "0 is the first year after operations end.")
                        .whenChoice(OCCURRENCE, "once"),
                f("annualProbability", "Chance per year (0–1)", VALUE, null).whenChoice(OCCURRENCE, "per-year"),
                f("fromYear", "From year (after closure)", INTEGER, "0 is the first year after operations end.")
                        .whenChoice(OCCURRENCE, "per-year"),
                f("toYear", "To year (after closure)", INTEGER,
                        "Counted from closure, inclusive; empty: the last year before the horizon.")
                        .whenChoice(OCCURRENCE, "per-year"),
                f("maxOccurrences", "At most (times)", INTEGER, null).whenChoice(OCCURRENCE, "per-year"),
                cost,
                f("description", "Description", LONG_TEXT, null)),
                List.of(name, occurrence, cost),
                ElementForm.of("name", "New risk event", OCCURRENCE, "once", "probability", ValueForm.constant("1"),
                        "year", "0", "fromYear", "0", "maxOccurrences", "1"),
                true);
    }

    private static SectionSpec assurance() {
        List<Choice> kinds = new ArrayList<>();
        for (BondKind k : BondKind.values()) {
            kinds.add(c(k.id(), switch (k) {
                case SURETY -> "Surety";
                case LETTER_OF_CREDIT -> "Letter of credit";
                case CASH -> "Cash";
                case INSURANCE -> "Insurance";
            }));
        }
        FieldSpec type = FieldSpec.of("type", "Type", CHOICE)
                .help("Bonds are realisable unless their provider fails; a self-bond is worth nothing at forfeiture.")
                .choices(c("bond", "Bond"), c("self-bond", "Self-bond"), c("parent-guarantee", "Parent guarantee"),
                        c("trust-fund", "Trust fund"));
        FieldSpec name = f("name", "Name", TEXT, "Unique within assurance; no \"/\".");
        FieldSpec amount = f("amount", "Amount", VALUE, "Face amount.").when(e -> switch (e.text("type")) {
            case "bond" -> "amount".equals(e.text(AMOUNT_BY));
            case "self-bond", "parent-guarantee" -> true;
            default -> false;
        });
        return new SectionSpec("assurance", "assurance", "Assurance", "instrument", List.of(
                type, name,
                FieldSpec.of("kind", "Bond kind", CHOICE).help("Descriptive only: all kinds are valued alike.")
                        .choices(kinds.toArray(new Choice[0])).whenChoice("type", "bond"),
                FieldSpec.of(AMOUNT_BY, "Face amount", CHOICE).choices(c("amount", "Fixed amount"),
                        c("schedule", "Schedule of steps")).whenChoice("type", "bond"),
                amount,
                FieldSpec.of("schedule", "Schedule", ROWS)
                        .help("Face amount from each year (counted from the base year) on, until the next step.")
                        .rows(f("fromYear", "From year (after base year)", INTEGER, null), f("amount", "Amount", VALUE, null))
                        .when(e -> "bond".equals(e.text("type")) && "schedule".equals(e.text(AMOUNT_BY))),
                f("providerAnnualDefaultProbability", "Provider default chance per year (0–1)", VALUE, null)
                        .whenChoice("type", "bond"),
                f("recoveryRate", "Recovery after provider default (fraction)", VALUE,
                        "Share of the face still realisable: 0.4 is 40 %.")
                        .whenChoice("type", "bond"),
                f("guarantorFailsWithOperatorProbability", "Chance guarantor fails too (0–1)", VALUE, null)
                        .whenChoice("type", "parent-guarantee"),
                f("initialBalance", "Initial balance", VALUE, null).whenChoice("type", "trust-fund"),
                f("annualContribution", "Yearly contribution", VALUE, "Paid at the end of each year before closure.")
                        .whenChoice("type", "trust-fund"),
                f("annualReturn", "Yearly return (fraction)", VALUE, "Real return, drawn afresh each year: 0.03 is 3 %.")
                        .whenChoice("type", "trust-fund"),
                f("annualFeeRate", "Yearly fee rate (fraction)", VALUE, "0.005 is 0.5 % of the balance a year.").whenChoice("type", "trust-fund"),
                FieldSpec.of("drawdown", "Pays closure costs", FLAG)
                        .help("The fund pays each year's closure costs from the closure year on.")
                        .whenChoice("type", "trust-fund"),
                f("description", "Description", LONG_TEXT, null)),
                List.of(name, type, amount),
                ElementForm.of("type", "bond", "name", "New instrument", "kind", "surety", AMOUNT_BY, "amount",
                        "providerAnnualDefaultProbability", ValueForm.constant("0"), "recoveryRate",
                        ValueForm.constant("0"), "guarantorFailsWithOperatorProbability", ValueForm.constant("0"),
                        "initialBalance", ValueForm.constant("0"), "annualContribution", ValueForm.constant("0"),
                        "annualReturn", ValueForm.constant("0"), "annualFeeRate", ValueForm.constant("0"),
                        "drawdown", "false"),
                true);
    }
}
