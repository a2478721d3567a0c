package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.BreakEvenSearch;
import org.closureassurance.simulator.sweep.Sweep;

/**
 * The presenter of the sweep dialog of one field: offers its first settings, reads the
 * settings typed (a refusal names the field or box at fault), runs the sweep of a snapshot of
 * the scenario on the background executor with progress and time left on the UI executor,
 * stops it on Cancel, and exports the outcome as CSV, PNG or SVG. It never edits the scenario:
 * whatever happens in the dialog, the editor is left as it was.
 */
public final class SweepPresenter implements SweepControls {
    /** What the dialog shows. */
    public interface View extends SweepStatus {
        void finished(SweepOutcome outcome);
    }

    /** Makes the presenter of a field's dialog, for the window that opens it. */
    @FunctionalInterface
    public interface Factory {
        SweepPresenter create(SweepField field, SweepKind kind, View view);
    }

    /** What can be exported from the dialog. */
    public enum Export { CSV, PNG, SVG }

    private final SweepField field;
    private final SweepKind kind;
    private final Supplier<Scenario> scenario;
    private final SweepEngine engine;
    private final View view;
    private final SweepSession<SweepOutcome> session;

    /**
     * The presenter of {@code kind} on {@code field}; {@code scenario} gives the editor's valid
     * scenario (null while it has problems), read when a sweep starts.
     */
    public SweepPresenter(SweepField field, SweepKind kind, Supplier<Scenario> scenario, SweepEngine engine,
                          Executor background, Executor ui, LongSupplier nanoTime, View view) {
        this.field = field;
        this.kind = kind;
        this.scenario = scenario;
        this.engine = engine;
        this.view = view;
        this.session = new SweepSession<>(background, ui, nanoTime, view, view::finished, field.named(),
                "the scenario");
    }

    /** Shows the first settings. */
    public void open() {
        view.settings(SweepSettings.defaults(kind, field, scenario.get()));
        view.running(false, false);
    }

    /** The last finished outcome, or null. */
    public SweepOutcome outcome() {
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
        SweepPlan plan;
        try {
            plan = SweepPlan.of(field, scenario.get(), settings);
        } catch (IllegalArgumentException e) {
            view.problem(e.getMessage());
            return;
        }
        int curve = plan.values().length;
        int all = curve + (plan.kind() == SweepKind.BREAK_EVEN ? 2 + 3 * BreakEvenSearch.DEFAULT_STEPS : 0);
        session.start(all, plan.scenario().simulation().iterations(), phases -> {
            Sweep sweep = engine.line(plan.scenario(), field.key(), plan.values(), phases.phase(0, curve));
            BreakEven found = plan.kind() == SweepKind.BREAK_EVEN
                    ? engine.search(plan.scenario(), field.key(), plan.target(), plan.from(), plan.to(),
                            phases.phase(curve, all - curve))
                    : null;
            return new SweepOutcome(plan, sweep, found);
        });
    }

    /** Asks the running sweep to stop; the editor is not touched either way. */
    @Override
    public void cancel() {
        session.cancel();
    }

    /** A file name for an export: {@code sweep-economics-discountrate.csv}. */
    @Override
    public String suggestedName(Export kind, String chart) {
        return SweepExportJob.suggestedName(field.inputPath(), kind, chart);
    }

    /** Writes the last outcome as CSV, or its chart {@code chart} as PNG or SVG, to {@code file}. */
    @Override
    public void export(Export kind, String chart, Path file) {
        session.export(kind, chart, file, o -> SweepCsv.of(o.sweep()), SweepOutcome::charts);
    }
}
