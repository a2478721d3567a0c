package org.closureassurance.desktop.gui.run;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.closureassurance.charts.ChartOptions;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * The presenter of the Run toolbar: starts a simulation of the editor's scenario on the
 * background executor, passes progress (throttled to a few updates a second), partial results
 * and their charts to the view on the UI executor, and stops the run on Cancel. Run is only
 * possible while the scenario is valid and nothing is running. A cancelled run leaves the last
 * complete run as the current one.
 */
public final class RunController {
    /** What the window shows of runs. */
    public interface View {
        void runStateChanged(RunState state);

        void progressed(RunProgress progress);

        /** Results over the iterations done so far, while the run goes on. */
        void partialResults(CompletedRun partial);

        void runFinished(CompletedRun run);

        /** A run stopped early after {@code completed} iterations; {@code kept} is the last complete run (nullable). */
        void runCancelled(int completed, int requested, CompletedRun kept);

        void runFailed(String message);
    }

    /** Told of every run that completes (the comparison, the exports). */
    @FunctionalInterface
    public interface Listener {
        void runCompleted(CompletedRun run);
    }

    /** How a scenario is simulated: the engine in the application, something simpler in tests. */
    @FunctionalInterface
    public interface Simulation {
        SimulationResults run(Scenario scenario, ProgressListener listener);
    }

    /** Whether Run and Cancel apply, and how many problems block Run. */
    public record RunState(boolean running, boolean cancelling, boolean canRun, int problems) {
    }

    /** Least time between two progress updates sent to the view. */
    static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final ScenarioEditor editor;
    private final Supplier<String> sha256;
    private final Simulation simulation;
    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final View view;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private boolean running;
    private AtomicBoolean cancel = new AtomicBoolean();
    private CompletedRun last;

    /**
     * A controller running the editor's scenario with {@code simulation}; {@code sha256} tells the
     * hash of the document's file when it is saved and unchanged (else null).
     */
    public RunController(ScenarioEditor editor, Supplier<String> sha256, Simulation simulation, Executor background,
                         Executor ui, LongSupplier nanoTime, View view) {
        this.editor = editor;
        this.sha256 = sha256;
        this.simulation = simulation;
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.view = view;
        editor.addListener(e -> view.runStateChanged(state()));
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Whether Run and Cancel apply now. */
    public RunState state() {
        boolean valid = editor.assembly().isValid();
        return new RunState(running, running && cancel.get(), valid && !running, editor.assembly().errors().size());
    }

    /** The last run that completed, or null. */
    public CompletedRun lastCompleted() {
        return last;
    }

    /** Starts a run of the editor's scenario, unless one is running or the scenario has problems. */
    public void start() {
        Scenario scenario = editor.scenario();
        if (scenario == null || running) {
            return;
        }
        running = true;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        String sha = sha256.get();
        view.runStateChanged(state());
        view.progressed(RunProgress.of(0, scenario.simulation().iterations(), 0));
        background.execute(() -> {
            try {
                simulate(scenario, sha, stop);
            } catch (OutOfMemoryError e) {
                // The engine reports its own as RunTooLargeException; this is the rest (charts, say).
                ui.execute(() -> failed("The run ran out of memory: run fewer iterations, or give the "
                        + "application more memory (java -Xmx8g -jar closure-assurance.jar)"));
            }
        });
    }

    /** Asks the running simulation to stop after its current block of iterations. */
    public void cancel() {
        if (running && !cancel.get()) {
            cancel.set(true);
            view.runStateChanged(state());
        }
    }

    private void simulate(Scenario scenario, String sha, AtomicBoolean stop) {
        ChartOptions options = ChartOptions.DEFAULT.withCurrency(scenario.currencyOrDefault());
        long started = nanoTime.getAsLong();
        Listening listening = new Listening(scenario, sha, stop, started, options);
        SimulationResults results;
        try {
            results = simulation.run(scenario, listening);
        } catch (RunTooLargeException e) {
            ui.execute(() -> failed("The run is too large: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            ui.execute(() -> failed("The run failed: " + e));
            return;
        }
        long elapsed = nanoTime.getAsLong() - started;
        RunProgress end = RunProgress.of(results.run().completedIterations(), results.run().requestedIterations(),
                elapsed);
        if (results.run().cancelled()) {
            ui.execute(() -> {
                running = false;
                view.progressed(end);
                view.runCancelled(results.run().completedIterations(), results.run().requestedIterations(), last);
                view.runStateChanged(state());
            });
            return;
        }
        CompletedRun run = new CompletedRun(scenario, results, ChartSet.of(results, options), sha);
        ui.execute(() -> {
            running = false;
            last = run;
            view.progressed(end);
            view.runFinished(run);
            view.runStateChanged(state());
            for (Listener l : listeners) {
                l.runCompleted(run);
            }
        });
    }

    private void failed(String message) {
        running = false;
        view.runFailed(message);
        view.runStateChanged(state());
    }

    /** The engine's listener for one run: runs on engine threads and hands everything to the UI executor. */
    private final class Listening implements ProgressListener {
        private final Scenario scenario;
        private final String sha;
        private final AtomicBoolean stop;
        private final long started;
        private final ChartOptions options;
        private final AtomicReference<SimulationResults> pendingPartial = new AtomicReference<>();
        private long lastProgress = Long.MIN_VALUE;

        Listening(Scenario scenario, String sha, AtomicBoolean stop, long started, ChartOptions options) {
            this.scenario = scenario;
            this.sha = sha;
            this.stop = stop;
            this.started = started;
            this.options = options;
        }

        @Override
        public synchronized void progress(long done, long total) {
            long now = nanoTime.getAsLong();
            if (done < total && lastProgress != Long.MIN_VALUE && now - lastProgress < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastProgress = now;
            RunProgress p = RunProgress.of(done, total, now - started);
            ui.execute(() -> {
                if (running && cancel == stop) {
                    view.progressed(p);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return stop.get();
        }

        @Override
        public boolean wantsPartialResults() {
            return true;
        }

        /** Charts are built on another background task so the engine does not wait; only the newest is kept. */
        @Override
        public void partialResults(SimulationResults partial) {
            if (pendingPartial.getAndSet(partial) == null) {
                background.execute(() -> {
                    SimulationResults newest = pendingPartial.getAndSet(null);
                    CompletedRun p = new CompletedRun(scenario, newest, ChartSet.of(newest, options), sha);
                    ui.execute(() -> {
                        if (running && cancel == stop && !stop.get()) {
                            view.partialResults(p);
                        }
                    });
                });
            }
        }
    }

    /** A line for the status bar about a cancelled run, and whether an earlier complete run is still shown. */
    public static String cancelledMessage(int completed, int requested, boolean kept) {
        return String.format(Locale.ROOT, "Run cancelled after %,d of %,d iterations", completed, requested)
                + (kept ? "; the results shown are from the last complete run." : "; no complete run to show yet.");
    }
}
