package org.closureassurance.desktop.cli;

import java.util.List;
import java.util.Locale;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;

/** The readable summary that {@code run} prints: the answer first, then the figures behind it. */
final class SummaryTable {
    private SummaryTable() {
    }

    /** The summary; {@code totalSeconds} is the whole run, the statistics' reduction included. */
    static String of(SimulationResults r, double totalSeconds) {
        String c = r.currency();
        StringBuilder s = new StringBuilder();
        s.append(r.scenario()).append('\n');
        s.append(runLine(r.iterations(), r.seed(), r.sampling(), r.run(), totalSeconds));
        s.append('\n');
        s.append(AssuranceReport.answer(r, c)).append("\n\n");
        row(s, "Forfeiture probability", percent(r.forfeitureProbability()));
        row(s, "Coverage probability P(A >= L)", percent(r.coverageProbability()));
        row(s, "Walk-away liability P50", money(c, r.liability().p50()));
        row(s, "Walk-away liability P90", money(c, r.liability().p90()));
        row(s, "Realisable assurance P50", money(c, r.assurance().p50()));
        row(s, "Required additional assurance P80", money(c, r.requiredAdditionalAssurance().p80()));
        row(s, "Required additional assurance P90", money(c, r.requiredAdditionalAssurance().p90()));
        row(s, "Required additional assurance P95", money(c, r.requiredAdditionalAssurance().p95()));
        row(s, "Expected public cost (PV)", money(c, r.expectedPublicCost())
                + String.format(Locale.ROOT, "  (standard error %s)", money(c, r.publicCost().standardError())));
        row(s, "Closure cost PV (mean)", money(c, r.costPV().mean()));
        row(s, "Relinquishment never", percent(r.relinquishmentNeverProbability()));
        List<Sensitivity> top = r.sensitivity().subList(0, Math.min(5, r.sensitivity().size()));
        if (!top.isEmpty()) {
            s.append("\nTop sensitivities (Spearman rank correlation with the liability)\n");
            for (Sensitivity t : top) {
                s.append(String.format(Locale.ROOT, "  %+.3f  %s%n", t.spearman(), t.input()));
            }
        }
        return s.toString();
    }

    /**
     * The line under the title: iterations, seed, sampling, threads and timings, and whether the
     * run was cancelled; {@code totalSeconds} is the whole run, the statistics' reduction included.
     */
    static String runLine(int iterations, long seed, Sampling sampling, RunInfo run, double totalSeconds) {
        return String.format(Locale.ROOT,
                "%,d iterations, seed %d, %s sampling, %d thread%s: %.2f s (%,.0f iterations/s), statistics %.2f s%s%n",
                iterations, seed, sampling.id(), run.threads(), run.threads() == 1 ? "" : "s",
                run.elapsedSeconds(), run.iterationsPerSecond(), Math.max(0, totalSeconds - run.elapsedSeconds()),
                run.cancelled() ? " - CANCELLED after " + run.completedIterations() + " iterations" : "");
    }

    static String money(String currency, double amount) {
        return Double.isNaN(amount) ? "n/a" : new MoneyFormat(currency).format(amount);
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append(String.format(Locale.ROOT, "%-36s %s%n", label, value));
    }

    static String percent(double p) {
        return Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }
}
