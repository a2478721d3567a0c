package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.sweep.BreakEvenSearch;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioBreakEvenSearch;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * The presenter of the sweep dialog of a portfolio's number (the fund's levy): offers its first
 * settings, reads the settings typed, runs the portfolio once per value on the background
 * executor with the seed kept (common random numbers) and progress with the time left on the UI
 * executor, searches for a break-even when asked, stops on Cancel, and exports the outcome as
 * CSV, PNG or SVG. Every run is of a copy with the value set: the portfolio shown is never
 * edited, whatever happens in the dialog.
 */
public final class PortfolioSweepPresenter implements SweepControls {
    /** What the dialog shows. */
    public interface View extends SweepStatus {
        void finished(PortfolioSweepOutcome outcome);
    }

    /** How a portfolio is simulated: the portfolio engine in the application, the same with few iterations in tests. */
    @FunctionalInterface
    public interface Simulation {
        PortfolioResults run(Portfolio portfolio, ProgressListener listener);
    }

    /** Makes the presenter of a field's dialog, for the window that opens it. */
    @FunctionalInterface
    public interface Factory {
        PortfolioSweepPresenter create(PortfolioSweepField field, SweepKind kind, View view);
    }

    private final PortfolioSweepField field;
    private final SweepKind kind;
    private final Supplier<Portfolio> portfolio;
    private final Simulation simulation;
    private final View view;
    private final SweepSession<PortfolioSweepOutcome> session;

    /**
     * The presenter of {@code kind} on {@code field}; {@code portfolio} gives the window's
     * portfolio (null while it has problems), read when a sweep starts.
     */
    public PortfolioSweepPresenter(PortfolioSweepField field, SweepKind kind, Supplier<Portfolio> portfolio,
                                   Simulation simulation, Executor background, Executor ui, LongSupplier nanoTime,
                                   View view) {
        this.field = field;
        this.kind = kind;
        this.portfolio = portfolio;
        this.simulation = simulation;
        this.view = view;
        this.session = new SweepSession<>(background, ui, nanoTime, view, view::finished, field.named(),
                "the portfolio");
    }

    /** Shows the first settings. */
    public void open() {
        view.settings(PortfolioSweepPlan.defaults(kind, field, portfolio.get()));
        view.running(false, false);
    }

    /** The last finished outcome, or null. */
    public PortfolioSweepOutcome outcome() {
        return session.last();
    }

    /** Whether a sweep is running. */
    public boolean isRunning() {
        return session.isRunning();
    }

    @Override
    public void start(SweepSettings settings) {
        if (session.isRunning()) {
            return;
        }
        PortfolioSweepPlan plan;
        try {
            plan = PortfolioSweepPlan.of(field, portfolio.get(), settings);
        } catch (IllegalArgumentException e) {
            view.problem(e.getMessage());
            return;
        }
        double[] values = plan.values();
        int all = values.length + (plan.kind() == SweepKind.BREAK_EVEN ? 2 + 3 * BreakEvenSearch.DEFAULT_STEPS : 0);
        session.start(all, plan.portfolio().simulation().iterations(), phases -> {
            Map<Double, PortfolioSweepPoint> byValue = new HashMap<>();
            List<PortfolioSweepPoint> points = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                PortfolioSweepPoint p = point(plan, values[i], phases.phase(i, 1));
                points.add(p);
                byValue.put(values[i], p);
            }
            PortfolioBreakEven found = plan.kind() == SweepKind.BREAK_EVEN ? search(plan, byValue, phases, all)
                    : null;
            return new PortfolioSweepOutcome(plan, new PortfolioSweep(field.inputPath(), points), found);
        });
    }

    /** Asks the running sweep to stop; the portfolio shown is not touched either way. */
    @Override
    public void cancel() {
        session.cancel();
    }

    /**
     * The search between the plan's ends; a value the curve ran is not run again (same seed and
     * iterations give the same figures), so the range's ends cost nothing.
     */
    private PortfolioBreakEven search(PortfolioSweepPlan plan, Map<Double, PortfolioSweepPoint> byValue,
                                      SweepSession.Phases phases, int all) {
        int curve = byValue.size();
        int[] made = {0};
        return new PortfolioBreakEvenSearch(field.inputPath(), plan.target(), BreakEvenSearch.DEFAULT_STEPS, v -> {
            PortfolioSweepPoint known = byValue.get(v);
            return known != null ? known : point(plan, v, phases.phase(Math.min(curve + made[0]++, all - 1), 1));
        }).search(plan.from(), plan.to());
    }

    /**
     * One run at {@code value}; none once Cancel is asked, since a small run may finish its first
     * block of iterations before the engine looks at the listener.
     */
    private PortfolioSweepPoint point(PortfolioSweepPlan plan, double value, ProgressListener listener) {
        if (listener.isCancelled()) {
            throw new RunCancelledException(0, plan.portfolio().simulation().iterations());
        }
        return PortfolioSweepPoint.of(value, simulation.run(field.at(plan.portfolio(), value), listener));
    }

    /** A file name for an export: {@code sweep-fund-contributionpercent.csv}, or the chart's name. */
    @Override
    public String suggestedName(SweepPresenter.Export kind, String chart) {
        return SweepExportJob.suggestedName(field.inputPath(), kind, chart);
    }

    @Override
    public void export(SweepPresenter.Export kind, String chart, Path file) {
        session.export(kind, chart, file, o -> PortfolioSweepCsv.of(o.sweep()), PortfolioSweepOutcome::charts);
    }
}
