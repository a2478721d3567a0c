package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;

/**
 * The report's "rules" section: the base estimate, and for each regulatory rule of the
 * scenario one sentence of what it would demand and how far that covers the walk-away
 * liability, e.g. "BC full-cost security: USD 52 M, covers 55 % of walk-away outcomes (95 %
 * interval 54–56 %); 90 % cover needs USD 23 M more.", with its expected public cost.
 */
final class RulesSection {
    private final SimulationResults results;
    private final MoneyFormat money;
    private final ReportFigures figures;

    RulesSection(SimulationResults results, String currency, ReportFigures figures) {
        this.results = results;
        this.money = new MoneyFormat(currency);
        this.figures = figures;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph("Base estimate: " + figures.money(results.baseEstimate()) + ", the walk-away "
                + "liability at closure with every input at its median, what a deterministic estimate from "
                + "most-likely figures would say."));
        List<RequirementResult> rules = results.requirements();
        if (rules.isEmpty()) {
            out.append(Html.paragraph("The scenario names no regulatory rule."));
            return out.toString();
        }
        Html.Table t = new Html.Table("Each rule's amount held in cash in place of the assurance, over the iterations "
                + "in which the operator walks away; public cost at the base year over all iterations", "figures",
                "Rule", "What it demands and how far it covers", "Expected public cost");
        for (RequirementResult r : rules) {
            t.row(r.name(), sentence(r), figures.money(r.expectedPublicCost()));
        }
        out.append(t.render());
        return out.toString();
    }

    /** One rule in a sentence: its amount, its coverage with interval, the cash that 90 % cover needs. */
    String sentence(RequirementResult r) {
        Stats required = r.required() == null ? Stats.EMPTY : r.required();
        String text = r.name() + ": " + amount(r, required);
        if (required.isEmpty() || Double.isNaN(r.coverageProbability())) {
            return text + "; no iteration forfeited, so its cover is undefined." + contribution(r);
        }
        text += ", covers " + NumberText.percent(r.coverageProbability()) + " of walk-away outcomes";
        Interval ci = r.coverageProbabilityCI95() == null ? Interval.UNDEFINED : r.coverageProbabilityCI95();
        if (!Double.isNaN(ci.lower())) {
            text += " (95 % interval " + NumberText.percentRange(ci.lower(), ci.upper()) + ")";
        }
        double p90 = r.requiredAdditional().p90();
        text += p90 > 0 ? "; 90 % cover needs " + money.format(p90) + " more." : "; it covers at least 90 %.";
        return text + contribution(r);
    }

    /** The amount: fixed for most rules, on average at forfeiture for a phased one. */
    private String amount(RequirementResult r, Stats required) {
        if (required.isEmpty()) {
            return "applied to an estimate of " + money.format(r.estimate());
        }
        if (required.min() == required.max()) {
            return money.format(required.mean());
        }
        return money.format(required.mean()) + " on average at the walk-away year (" + money.format(required.min())
                + " to " + money.format(required.max()) + ")";
    }

    /** A pooled scheme's contributions and fairness, or nothing. */
    private String contribution(RequirementResult r) {
        Stats pv = r.contributionPV();
        if (pv == null || pv.isEmpty()) {
            return "";
        }
        String text = " Contributions to the pooled scheme are worth " + money.format(pv.mean())
                + " at the base year on average";
        if (!Double.isNaN(r.fairness())) {
            text += ", " + NumberText.number(r.fairness(), 2) + " times the public cost were nothing held"
                    + (r.fairness() < 1 ? " (the scheme carries this site)" : "");
        }
        return text + ".";
    }
}
