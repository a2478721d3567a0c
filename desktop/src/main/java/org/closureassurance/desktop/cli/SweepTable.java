package org.closureassurance.desktop.cli;

import java.util.Locale;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepGrid;
import org.closureassurance.simulator.sweep.SweepPoint;

/** A sweep as the plain-text table the command prints: one row per value, or a grid of coverage. */
final class SweepTable {
    private SweepTable() {
    }

    /** One row per value: coverage with its 95 % interval, required additional at P90, expected public cost, forfeiture. */
    static String of(Sweep sweep, String currency) {
        StringBuilder s = new StringBuilder();
        s.append("Sweep of ").append(sweep.input()).append(System.lineSeparator());
        s.append(String.format(Locale.ROOT, "%14s  %9s  %17s  %22s  %20s  %11s%n", "value", "coverage", "coverage 95 % CI",
                "required additional P90", "expected public cost", "forfeiture"));
        for (SweepPoint p : sweep.points()) {
            s.append(String.format(Locale.ROOT, "%14s  %9s  %17s  %22s  %20s  %11s%n", SweepValues.text(p.value()),
                    SummaryTable.percent(p.coverageProbability()), interval(p),
                    SummaryTable.money(currency, p.requiredAdditionalAssurance().p90()),
                    SummaryTable.money(currency, p.expectedPublicCost()),
                    SummaryTable.percent(p.forfeitureProbability())));
        }
        return s.toString();
    }

    /** Coverage probability, the first input's values down, the second's across. */
    static String of(SweepGrid grid) {
        StringBuilder s = new StringBuilder();
        s.append("Coverage probability: ").append(grid.input()).append(" (down) by ").append(grid.input2())
                .append(" (across)").append(System.lineSeparator());
        s.append(String.format(Locale.ROOT, "%14s", ""));
        for (double v : grid.values2()) {
            s.append(String.format(Locale.ROOT, "  %9s", SweepValues.text(v)));
        }
        s.append(System.lineSeparator());
        for (int i = 0; i < grid.values().size(); i++) {
            s.append(String.format(Locale.ROOT, "%14s", SweepValues.text(grid.values().get(i))));
            for (SweepPoint p : grid.rows().get(i)) {
                s.append(String.format(Locale.ROOT, "  %9s", SummaryTable.percent(p.coverageProbability())));
            }
            s.append(System.lineSeparator());
        }
        return s.toString();
    }

    private static String interval(SweepPoint p) {
        return Double.isNaN(p.coverageProbabilityCI95().lower()) ? "n/a"
                : String.format(Locale.ROOT, "%.1f-%.1f %%", 100 * p.coverageProbabilityCI95().lower(),
                        100 * p.coverageProbabilityCI95().upper());
    }
}
