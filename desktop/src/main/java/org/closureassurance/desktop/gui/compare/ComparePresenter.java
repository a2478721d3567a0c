package org.closureassurance.desktop.gui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleFunction;
import org.closureassurance.charts.ChartOptions;
import org.closureassurance.charts.ScenarioComparisonChart;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;

/**
 * The presenter of the Compare tab: pins the latest complete run as run A, and when another run
 * completes (after the user has changed the discount rate, say, or swapped a surety for a
 * self-bond) compares it as run B with A: the headline figures with their differences, and the
 * two runs' curves overlaid. The charts are built on the background executor.
 */
public final class ComparePresenter implements RunController.Listener {
    /** What the Compare tab shows. */
    public interface View {
        /** Whether Pin applies, and what is pinned (null: nothing). */
        void pinChanged(boolean canPin, String pinnedLabel);

        /** The comparison to show, or null for none. */
        void comparisonChanged(Comparison comparison);

        /** Why run B no longer matches the scenario as edited, or null when it does. */
        void latestOutdated(String message);
    }

    /** What the Compare tab says of run B once the scenario has been edited since it. */
    public static final String OUTDATED = "B is out of date: the scenario has changed since run B. Run again (F5) to "
            + "compare the scenario as it is now.";

    private final Executor background;
    private final Executor ui;
    private final View view;
    private CompletedRun latest;
    private CompletedRun pinned;
    private int generation;

    public ComparePresenter(Executor background, Executor ui, View view) {
        this.background = background;
        this.ui = ui;
        this.view = view;
        view.pinChanged(false, null);
    }

    @Override
    public void runCompleted(CompletedRun run) {
        latest = run;
        view.latestOutdated(null);
        view.pinChanged(true, label(pinned, "A"));
        compare();
    }

    @Override
    public void runOutdated(boolean outdated) {
        view.latestOutdated(outdated ? OUTDATED : null);
    }

    /** Another document: both runs were of the old one, so nothing is compared. */
    @Override
    public void runsCleared() {
        latest = null;
        view.latestOutdated(null);
        clear();
    }

    /** Pins the latest run as A; the next run is compared with it. */
    public void pin() {
        if (latest != null) {
            pinned = latest;
            view.pinChanged(true, label(pinned, "A"));
            compare();
        }
    }

    /** Unpins A and clears the comparison. */
    public void clear() {
        pinned = null;
        generation++;
        view.pinChanged(latest != null, null);
        view.comparisonChanged(null);
    }

    /**
     * Draws the comparison chart {@code name} ({@code liability-curves} or
     * {@code bond-sizing-curves}) afresh, or null when nothing is compared: for exports, which run
     * off the event thread and must not share the chart on screen.
     */
    public java.util.function.Supplier<JFreeChart> freshChart(String name) {
        CompletedRun a = pinned;
        CompletedRun b = latest;
        return () -> {
            if (a == null || b == null || a == b) {
                return null;
            }
            Comparison c = of(a, b);
            return "bond-sizing-curves".equals(name) ? c.bondSizing() : c.liability();
        };
    }

    /** The pinned run, or null. */
    public CompletedRun pinned() {
        return pinned;
    }

    private void compare() {
        CompletedRun a = pinned;
        CompletedRun b = latest;
        int g = ++generation;
        if (a == null || a == b) {
            view.comparisonChanged(null);
            return;
        }
        background.execute(() -> {
            Comparison c = of(a, b);
            ui.execute(() -> {
                if (g == generation) {
                    view.comparisonChanged(c);
                }
            });
        });
    }

    private static String label(CompletedRun run, String letter) {
        if (run == null) {
            return null;
        }
        SimulationResults r = run.results();
        return letter + ": " + r.scenario() + String.format(java.util.Locale.ROOT, " (%,d iterations, seed %d)",
                r.run().completedIterations(), r.seed());
    }

    /** The comparison of pinned run {@code a} with run {@code b}. */
    static Comparison of(CompletedRun a, CompletedRun b) {
        SimulationResults ra = a.results();
        SimulationResults rb = b.results();
        String ca = a.currency();
        String cb = b.currency();
        boolean sameCurrency = ca.equals(cb);
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(probability("Probability the assurance covers the liability", ra.coverageProbability(),
                rb.coverageProbability()));
        rows.add(probability("Probability the operator walks away", ra.forfeitureProbability(),
                rb.forfeitureProbability()));
        rows.add(money("Expected public cost (present value)", ra.expectedPublicCost(), rb.expectedPublicCost(), ca, cb));
        RequiredAssurance qa = required(ra);
        RequiredAssurance qb = required(rb);
        rows.add(money("Additional assurance for 80 % cover", qa.p80(), qb.p80(), ca, cb));
        rows.add(money("Additional assurance for 90 % cover", qa.p90(), qb.p90(), ca, cb));
        rows.add(money("Additional assurance for 95 % cover", qa.p95(), qb.p95(), ca, cb));
        rows.add(stat("Walk-away liability, mean", ra.liability(), rb.liability(), Stats::mean, ca, cb));
        rows.add(stat("Walk-away liability, P90", ra.liability(), rb.liability(), Stats::p90, ca, cb));
        rows.add(stat("Realisable assurance, mean", ra.assurance(), rb.assurance(), Stats::mean, ca, cb));
        rows.add(stat("Closure package cost, present value (mean)", ra.costPV(), rb.costPV(), Stats::mean, ca, cb));
        JFreeChart liability = null;
        JFreeChart bond = null;
        String note = null;
        if (sameCurrency) {
            List<SimulationResults> runs = List.of(renamed(ra, "A: " + ra.scenario()), renamed(rb, "B: " + rb.scenario()));
            ChartOptions options = ChartOptions.DEFAULT.withCurrency(ca);
            liability = ScenarioComparisonChart.liabilityCurves(runs, options);
            bond = ScenarioComparisonChart.bondSizingCurves(runs, options);
        } else {
            note = "The runs are in different currencies (" + ca + " and " + cb + "), so their curves cannot share "
                    + "an axis.";
        }
        return new Comparison(label(a, "A"), label(b, "B"), rows, RuleRows.between(ra, rb, ca, cb), liability, bond,
                note, ScenarioChanges.between(a.scenario(), b.scenario(), 6));
    }

    private static RequiredAssurance required(SimulationResults r) {
        return r.requiredAdditionalAssurance() == null ? RequiredAssurance.UNDEFINED : r.requiredAdditionalAssurance();
    }

    private static Comparison.Row probability(String figure, double a, double b) {
        return new Comparison.Row(figure, Figures.percent(a), Figures.percent(b), Figures.pointsChange(a, b));
    }

    private static Comparison.Row money(String figure, double a, double b, String ca, String cb) {
        return new Comparison.Row(figure, Figures.money(a, ca), Figures.money(b, cb),
                ca.equals(cb) ? Figures.moneyChange(a, b, ca) : Figures.UNDEFINED);
    }

    private static Comparison.Row stat(String figure, Stats a, Stats b, ToDoubleFunction<Stats> f, String ca,
                                       String cb) {
        return money(figure, a == null ? Double.NaN : f.applyAsDouble(a), b == null ? Double.NaN : f.applyAsDouble(b),
                ca, cb);
    }

    /** The same results under another scenario name, so the two curves of one scenario are told apart. */
    static SimulationResults renamed(SimulationResults r, String name) {
        return new SimulationResults(name, r.currency(), r.iterations(), r.seed(), r.sampling(),
                r.forfeitureProbability(), r.coverageProbability(), r.coverageProbabilityCI95(), r.expectedPublicCost(),
                r.publicCost(), r.liability(), r.assurance(), r.shortfall(), r.requiredAdditionalAssurance(),
                r.bondSizingCurve(), r.costPV(), r.costUndiscounted(), r.waterTreatment(), r.rehabilitation(),
                r.relinquishmentYear(), r.relinquishmentNeverProbability(), r.instruments(), r.sensitivity(),
                r.closureYear(), r.distributions(), r.timeline(), r.run(), r.baseEstimate(), r.requirements(), r.economy());
    }
}
