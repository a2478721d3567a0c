package org.closureassurance.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;

/**
 * The assurance report's optional sweep section: how the headline figures move when one input
 * is held at each of a range of values, every other input drawn alike (common random numbers),
 * as a table and as the three {@link SweepCharts} curves.
 */
final class SweepSection {
    private final Sweep sweep;
    private final long iterations;
    private final String currency;
    private final ReportFigures figures;

    SweepSection(Sweep sweep, long iterations, String currency, ReportFigures figures) {
        this.sweep = sweep;
        this.iterations = iterations;
        this.currency = currency;
        this.figures = figures;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph("The scenario run once for each value of " + sweep.input() + ", "
                + ReportFigures.count(iterations) + " iterations a run, with that input held at the value and every "
                + "other input drawn identically in every run (common random numbers): the differences between "
                + "rows come from the input, not from sampling noise."));
        Html.Table t = new Html.Table("Headline figures against " + sweep.input(), "figures", "Value",
                "Coverage probability", "95 % interval", "Required additional at P90", "Expected public cost",
                "Forfeiture probability");
        for (SweepPoint p : sweep.points()) {
            double lo = p.coverageProbabilityCI95().lower();
            t.row(value(p.value()), NumberText.percent(p.coverageProbability()),
                    Double.isNaN(lo) ? "—" : NumberText.percentRange(lo, p.coverageProbabilityCI95().upper()),
                    figures.money(p.requiredAdditionalAssurance().p90()), figures.money(p.expectedPublicCost()),
                    NumberText.percent(p.forfeitureProbability()));
        }
        out.append(t.render());
        List<NamedChart> charts = SweepCharts.of(sweep, currency);
        int n = 0;
        for (NamedChart c : charts) {
            n++;
            out.append(AssuranceReport.figure(c, "Sweep figure " + n));
        }
        return out.toString();
    }

    /** A swept value as written: whole numbers whole, others to six significant digits. */
    static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
