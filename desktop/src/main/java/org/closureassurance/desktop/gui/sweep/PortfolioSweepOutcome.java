package org.closureassurance.desktop.gui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.PortfolioSweepCharts;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * A finished portfolio sweep as the dialog shows it: the plan it ran, the curve, and for a
 * break-even search what the search found (null for a plain sweep). Charts, the table, the
 * statement and the CSV are derived here, so the dialog only lays them out.
 */
public record PortfolioSweepOutcome(PortfolioSweepPlan plan, PortfolioSweep sweep, PortfolioBreakEven breakEven) {
    /** The table's column headers, in order. */
    public static final List<String> HEADERS = List.of("Value", "Fund exhaustion probability", "95 % interval",
            "Levy sufficient at P90", "Expected unfunded public cost", "Mean total shortfall");

    public PortfolioSweepOutcome {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sweep, "sweep");
    }

    /** The portfolio's currency, for the money figures. */
    public String currency() {
        String c = plan.portfolio().currency();
        return c == null || c.isBlank() ? "USD" : c;
    }

    /** The curves, with the break-even marked when there is one. */
    public List<NamedChart> charts() {
        return breakEven == null ? PortfolioSweepCharts.of(sweep, currency())
                : PortfolioSweepCharts.of(sweep, currency(), breakEven);
    }

    /** One row per value, as {@link #HEADERS} says. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (PortfolioSweepPoint p : sweep.points()) {
            double levy = p.requiredContributionPercentP90();
            out.add(List.of(BreakEvenSentence.value(p.value()), Figures.percent(p.exhaustionProbability()),
                    Figures.percentRange(p.exhaustionProbabilityCI95()),
                    Double.isNaN(levy) ? "n/a" : Double.isInfinite(levy) ? "none"
                            : BreakEvenSentence.value(levy) + " %",
                    Figures.money(p.expectedUnfundedPublicCost(), currency()),
                    Figures.money(p.totalShortfallMean(), currency())));
        }
        return out;
    }

    /** What the run found, in words: the break-even search's statement, or what the sweep ran. */
    public String statement() {
        String runs = String.format(Locale.ROOT, "%d runs of %,d iterations with %s held at each value; every "
                        + "other input drawn alike in every run (common random numbers).", sweep.points().size(),
                plan.portfolio().simulation().iterations(), sweep.input());
        return breakEven == null ? runs : String.join(" ", BreakEvenSentence.lines(breakEven)) + " The curve: " + runs;
    }
}
