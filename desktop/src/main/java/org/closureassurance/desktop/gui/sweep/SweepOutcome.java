package org.closureassurance.desktop.gui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.SweepCharts;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;

/**
 * A finished sweep as the dialog shows it: the plan it ran, the curve, and for a break-even
 * search what the search found (null for a plain sweep). Charts, the table and the statement
 * are derived here, so the dialog only lays them out.
 */
public record SweepOutcome(SweepPlan plan, Sweep sweep, BreakEven breakEven) {
    /** The table's column headers, in order. */
    public static final List<String> HEADERS = List.of("Value", "Coverage probability", "95 % interval",
            "Required additional at P90", "Expected public cost", "Forfeiture probability");

    public SweepOutcome {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sweep, "sweep");
    }

    /** The scenario's currency, for the money figures. */
    public String currency() {
        return plan.scenario().currencyOrDefault();
    }

    /** The three curves, with the break-even marked when there is one. */
    public List<NamedChart> charts() {
        return breakEven == null ? SweepCharts.of(sweep, currency()) : SweepCharts.of(sweep, currency(), breakEven);
    }

    /** One row per value, as {@link #HEADERS} says. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (SweepPoint p : sweep.points()) {
            out.add(List.of(BreakEvenSentence.value(p.value()), Figures.percent(p.coverageProbability()),
                    Figures.percentRange(p.coverageProbabilityCI95()),
                    Figures.money(p.requiredAdditionalAssurance().p90(), currency()),
                    Figures.money(p.expectedPublicCost(), currency()), Figures.percent(p.forfeitureProbability())));
        }
        return out;
    }

    /** What the run found, in words: the break-even search's statement, or what the sweep ran. */
    public String statement() {
        String runs = String.format(Locale.ROOT, "%d runs of %,d iterations with %s held at each value; every "
                        + "other input drawn alike in every run (common random numbers).", sweep.points().size(),
                plan.scenario().simulation().iterations(), sweep.input());
        return breakEven == null ? runs : String.join(" ", BreakEvenSentence.lines(breakEven)) + " The curve: " + runs;
    }
}
