package org.closureassurance.desktop.gui.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.engine.RunTooLargeException;
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
public final class SweepPresenter {
    /** What the dialog shows. */
    public interface View {
        /** The settings to show in the boxes. */
        void settings(SweepSettings settings);

        /** Whether a sweep is running (Run off, Cancel on) and whether it is being cancelled. */
        void running(boolean running, boolean cancelling);

        void progressed(RunProgress progress);

        /** Why the settings cannot be run or the run failed, in words; null clears it. */
        void problem(String message);

        void finished(SweepOutcome outcome);

        /** The sweep stopped on Cancel; {@code message} says so. */
        void cancelled(String message);

        void exported(Path file);
    }

    /** Makes the presenter of a field's dialog, for the window that opens it. */
    @FunctionalInterface
    public interface Factory {
        SweepPresenter create(SweepField field, SweepKind kind, View view);
    }

    /** What can be exported from the dialog. */
    public enum Export { CSV, PNG, SVG }

    /** Least time between two progress updates sent to the view. */
    static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final SweepField field;
    private final SweepKind kind;
    private final Supplier<Scenario> scenario;
    private final SweepEngine engine;
    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final View view;
    private boolean running;
    private AtomicBoolean cancel = new AtomicBoolean();
    private SweepOutcome last;

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
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.view = view;
    }

    /** Shows the first settings. */
    public void open() {
        view.settings(SweepSettings.defaults(kind, field, scenario.get()));
        view.running(false, false);
    }

    /** The last finished outcome, or null. */
    public SweepOutcome outcome() {
        return last;
    }

    /** Whether a sweep is running. */
    public boolean isRunning() {
        return running;
    }

    /** Starts the sweep {@code settings} describe, or shows why it cannot run; nothing while one runs. */
    public void start(SweepSettings settings) {
        if (running) {
            return;
        }
        SweepPlan plan;
        try {
            plan = SweepPlan.of(field, scenario.get(), settings);
        } catch (IllegalArgumentException e) {
            view.problem(e.getMessage());
            return;
        }
        view.problem(null);
        running = true;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        view.running(true, false);
        long total = (long) totalRuns(plan) * plan.scenario().simulation().iterations();
        view.progressed(RunProgress.of(0, total, 0));
        background.execute(() -> run(plan, stop));
    }

    /** Asks the running sweep to stop; the editor is not touched either way. */
    public void cancel() {
        if (running && !cancel.get()) {
            cancel.set(true);
            view.running(true, true);
        }
    }

    /** The runs a plan makes at most: the curve's, and a search's bisections on top. */
    private static int totalRuns(SweepPlan plan) {
        return plan.values().length + (plan.kind() == SweepKind.BREAK_EVEN ? 2 + 3 * BreakEvenSearch.DEFAULT_STEPS : 0);
    }

    private void run(SweepPlan plan, AtomicBoolean stop) {
        long started = nanoTime.getAsLong();
        int all = totalRuns(plan);
        int curve = plan.values().length;
        long total = (long) all * plan.scenario().simulation().iterations();
        try {
            Sweep sweep = engine.line(plan.scenario(), field.key(), plan.values(),
                    new Phase(stop, started, 0, curve, all, total));
            BreakEven found = plan.kind() == SweepKind.BREAK_EVEN
                    ? engine.search(plan.scenario(), field.key(), plan.target(), plan.from(), plan.to(),
                            new Phase(stop, started, curve, all - curve, all, total))
                    : null;
            SweepOutcome outcome = new SweepOutcome(plan, sweep, found);
            RunProgress end = RunProgress.of(total, total, nanoTime.getAsLong() - started);
            ui.execute(() -> {
                running = false;
                last = outcome;
                view.progressed(end);
                view.running(false, false);
                view.finished(outcome);
            });
        } catch (RunCancelledException e) {
            ui.execute(() -> {
                running = false;
                view.running(false, false);
                view.cancelled("Cancelled: the sweep stopped before it finished; the scenario is as it was.");
            });
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            failed(field.named() + ": " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            failed(field.named() + ": the sweep failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
    }

    private void failed(String message) {
        ui.execute(() -> {
            running = false;
            view.running(false, false);
            view.problem(message);
        });
    }

    /** A file name for an export: {@code sweep-economics-discountrate.csv}. */
    public String suggestedName(Export kind, String chart) {
        String input = field.inputPath().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String what = kind == Export.CSV ? "sweep-" + input : chart;
        return what + "." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Writes the last outcome as CSV, or its chart {@code chart} as PNG or SVG, to {@code file}. */
    public void export(Export kind, String chart, Path file) {
        SweepOutcome o = last;
        if (o == null) {
            view.problem("There is nothing to export yet: run the sweep first.");
            return;
        }
        background.execute(() -> {
            try {
                AtomicFile.write(file, content(o, kind, chart), false);
                ui.execute(() -> view.exported(file));
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> view.problem("Could not write " + file.getFileName() + ": " + why));
            }
        });
    }

    /** The bytes of an export; charts are drawn afresh, never the ones on screen, at the results' export size. */
    private static byte[] content(SweepOutcome o, Export kind, String chart) throws IOException {
        if (kind == Export.CSV) {
            return SweepCsv.of(o.sweep()).getBytes(StandardCharsets.UTF_8);
        }
        NamedChart c = o.charts().stream().filter(n -> n.name().equals(chart)).findFirst()
                .orElseThrow(() -> new IOException("the sweep has no chart " + chart));
        return ResultsExporter.chartBytes(c.chart(), kind == Export.PNG ? ResultsExporter.ChartFormat.PNG
                : ResultsExporter.ChartFormat.SVG);
    }

    /**
     * The engine's listener for one part of the sweep (the curve, or the search): its progress as
     * a share of the whole, throttled to a few updates a second; runs on engine threads.
     */
    private final class Phase implements ProgressListener {
        private final AtomicBoolean stop;
        private final long started;
        private final int before;
        private final int runs;
        private final int all;
        /** Iterations of the whole sweep at most: every run's. */
        private final long iterations;
        private long lastSent = Long.MIN_VALUE;

        Phase(AtomicBoolean stop, long started, int before, int runs, int all, long iterations) {
            this.stop = stop;
            this.started = started;
            this.before = before;
            this.runs = runs;
            this.all = all;
            this.iterations = iterations;
        }

        @Override
        public synchronized void progress(long done, long total) {
            long now = nanoTime.getAsLong();
            if (lastSent != Long.MIN_VALUE && now - lastSent < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastSent = now;
            double share = (before + (total <= 0 ? 0 : runs * (double) done / total)) / all;
            RunProgress p = progressAt(share, now);
            ui.execute(() -> {
                if (running && cancel == stop && !stop.get()) {
                    view.progressed(p);
                }
            });
        }

        private RunProgress progressAt(double share, long now) {
            return RunProgress.of(Math.round(share * iterations), iterations, now - started);
        }

        @Override
        public boolean isCancelled() {
            return stop.get();
        }

        @Override
        public boolean wantsCancelledResults() {
            return false;
        }
    }
}
