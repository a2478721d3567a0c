package org.closureassurance.charts;

import static org.closureassurance.charts.ReportFigures.NOT_DEFINED;
import static org.closureassurance.charts.ReportFigures.proportionError;
import static org.closureassurance.charts.ReportFigures.required;
import static org.closureassurance.charts.ReportFigures.stats;

import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;

/**
 * The report's headline figures: probabilities, liability, assurance, shortfall and cost, each
 * with its Monte Carlo precision and the iterations it is over, then the assurance instruments
 * at the forfeiture year. A reader sees how far to trust a figure next to the figure.
 */
final class HeadlineSection {

    private final SimulationResults results;
    private final ReportFigures figures;

    HeadlineSection(SimulationResults results, ReportFigures figures) {
        this.results = results;
        this.figures = figures;
    }

    /** The section's inner HTML: the figures table, then the instruments table. */
    String render() {
        return headline() + instrumentsAtForfeiture();
    }

    private String headline() {
        Stats liability = stats(results.liability());
        Stats assurance = stats(results.assurance());
        Stats shortfall = stats(results.shortfall());
        Stats costPV = stats(results.costPV());
        RequiredAssurance required = required(results);
        Distributions d = results.distributions();
        Interval ci = results.coverageProbabilityCI95() == null ? Interval.UNDEFINED : results.coverageProbabilityCI95();
        long forfeiting = liability.count();
        Html.Table t = new Html.Table("Precision: the standard error (SE) of a mean or probability, or an "
                + "approximate 95 % interval for a percentile, from the Monte Carlo sampling alone; more "
                + "iterations narrow it", "figures", "Figure", "Value", "Precision", "Over");
        t.row("Probability of forfeiture", NumberText.percent(results.forfeitureProbability()),
                proportionError(results.forfeitureProbability(), results.iterations()), "all iterations");
        t.row("Probability the assurance covers the liability, P(A ≥ L)",
                Double.isNaN(results.coverageProbability()) ? NOT_DEFINED
                        : NumberText.percent(results.coverageProbability()) + " (95 % interval "
                        + NumberText.percentRange(ci.lower(), ci.upper()) + ")",
                proportionError(results.coverageProbability(), forfeiting), "forfeiting iterations");
        t.row("Expected public cost (shortfall, present value)", figures.money(results.expectedPublicCost()),
                figures.meanError(stats(results.publicCost())), "all iterations (zero without forfeiture)");
        double[] l = d == null ? null : d.liability();
        t.row("Walk-away liability: median (P50)", figures.money(liability.p50()),
                figures.interval(l, 0.50, forfeiting), "forfeiting iterations");
        t.row("Walk-away liability: P90", figures.money(liability.p90()), figures.interval(l, 0.90, forfeiting),
                "forfeiting iterations");
        t.row("Walk-away liability: P95", figures.money(liability.p95()), figures.interval(l, 0.95, forfeiting),
                "forfeiting iterations");
        t.row("Realisable assurance: median (P50)", figures.money(assurance.p50()),
                figures.interval(d == null ? null : d.assurance(), 0.50, forfeiting), "forfeiting iterations");
        t.row("Shortfall: mean", figures.money(shortfall.mean()), figures.meanError(shortfall),
                "forfeiting iterations");
        double[] s = d == null ? null : d.shortfall();
        for (int i = 0; i < RequiredAssurance.LEVELS.length; i++) {
            double q = RequiredAssurance.LEVELS[i];
            t.row("Additional assurance needed for " + Math.round(100 * q) + " % cover",
                    figures.money(required.at(i)), figures.interval(s, q, forfeiting), "forfeiting iterations");
        }
        t.row("Present value of the closure package: mean", figures.money(costPV.mean()), figures.meanError(costPV),
                "all iterations");
        double[] pv = d == null ? null : d.costPV();
        t.row("Present value of the closure package: P50 / P90",
                figures.money(costPV.p50()) + " / " + figures.money(costPV.p90()),
                figures.interval(pv, 0.50, costPV.count()) + " / " + figures.interval(pv, 0.90, costPV.count()),
                "all iterations");
        Stats undiscounted = stats(results.costUndiscounted());
        t.row("Closure package, undiscounted within the horizon: mean", figures.money(undiscounted.mean()),
                figures.meanError(undiscounted), "all iterations");
        t.row("Closure year: median", figures.year(stats(results.closureYear()).p50()), "—", "all iterations");
        t.row("Relinquishment: median year", relinquishment(), "—", "iterations where it happens");
        return t.render();
    }

    private String relinquishment() {
        Stats r = stats(results.relinquishmentYear());
        String never = NumberText.percent(results.relinquishmentNeverProbability());
        if (r.isEmpty()) {
            return "never in any iteration (a perpetual water stream or a domain incomplete at the horizon)";
        }
        return figures.year(r.p50()) + "; P90 " + figures.year(r.p90()) + "; never in " + never + " of iterations";
    }

    private String instrumentsAtForfeiture() {
        if (results.instruments().isEmpty()) {
            return Html.paragraph("No assurance instruments are held.");
        }
        Html.Table t = new Html.Table("Assurance instruments at the forfeiture year (medians over forfeiting "
                + "iterations)", "figures", "Instrument", "Type", "Face", "Realisable", "Realisable, mean");
        for (InstrumentResult i : results.instruments()) {
            Stats face = stats(i.face());
            Stats real = stats(i.realisable());
            t.row(i.name(), i.type(), figures.money(face.p50()), figures.money(real.p50()),
                    figures.money(real.mean()));
        }
        return t.render();
    }
}
