package org.closureassurance.desktop.cli;

import java.util.Locale;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/** A portfolio sweep as the plain-text table the command prints: one row per value. */
final class PortfolioSweepTable {
    private static final String ROW = "%14s  %10s  %18s  %16s  %24s  %22s%n";

    private PortfolioSweepTable() {
    }

    /**
     * One row per value: the fund's exhaustion probability with its 95 % interval, the
     * contribution percent sufficient in 90 % of futures, the expected unfunded public cost and
     * the mean total shortfall.
     */
    static String of(PortfolioSweep sweep, String currency) {
        StringBuilder s = new StringBuilder();
        s.append("Portfolio sweep of ").append(sweep.input()).append(System.lineSeparator());
        s.append(String.format(Locale.ROOT, ROW, "value", "exhaustion", "exhaustion 95 % CI",
                "contribution P90", "expected unfunded cost", "total shortfall mean"));
        for (PortfolioSweepPoint p : sweep.points()) {
            s.append(String.format(Locale.ROOT, ROW, SweepValues.text(p.value()),
                    SummaryTable.percent(p.exhaustionProbability()), interval(p),
                    percent(p.requiredContributionPercentP90()),
                    SummaryTable.money(currency, p.expectedUnfundedPublicCost()),
                    SummaryTable.money(currency, p.totalShortfallMean())));
        }
        return s.toString();
    }

    /** A contribution percent as the results file states it (already a percent); "none" when no percent suffices. */
    private static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : Double.isInfinite(v) ? "none"
                : String.format(Locale.ROOT, "%.3g %%", v);
    }

    private static String interval(PortfolioSweepPoint p) {
        return Double.isNaN(p.exhaustionProbabilityCI95().lower()) ? "n/a"
                : String.format(Locale.ROOT, "%.1f-%.1f %%", 100 * p.exhaustionProbabilityCI95().lower(),
                        100 * p.exhaustionProbabilityCI95().upper());
    }
}
