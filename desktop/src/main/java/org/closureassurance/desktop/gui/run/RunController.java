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
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
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

        /**
         * The scenario has been edited since the run shown ({@code message} says which run it
         * was), or is back as it was run ({@code message} null).
         */
        void resultsOutdated(String message);

        /** Another document (New, Open) replaced the scenario: no run of it is shown any more. */
        void resultsCleared();
    }

    /** Told of every run that completes (the comparison, the exports), and when it stops being current. */
    @FunctionalInterface
    public interface Listener {
        void runCompleted(CompletedRun run);

        /** The last complete run no longer is (true), or again is (false), of the scenario as edited. */
        default void runOutdated(boolean outdated) {
        }

        /** Another document replaced the scenario: the last complete run is gone. */
        default void runsCleared() {
        }
    }

    /** How a scenario is simulated: the engine in the application, something simpler in tests. */
    @FunctionalInterface
    public interface Simulation {
        SimulationResults run(Scenario scenario, ProgressListener listener);
    }

    /**
     * Whether Run and Cancel apply, how many problems block Run, and why the scenario, valid,
     * is too large to run on this computer (null when it fits).
     */
    public record RunState(boolean running, boolean cancelling, boolean canRun, int problems, String tooLarge) {
    }

    private final ScenarioEditor editor;
    private final RunSize size;
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
    private boolean outdated;
    private int document;

    /**
     * A controller running the editor's scenario with {@code simulation}; {@code sha256} tells the
     * hash of the document's file when it is saved and unchanged (else null), and otherwise the
     * run records the hash of the scenario as Save would write it, so every report names the
     * exact scenario text it came from. Run is offered only for a scenario {@code size} says fits.
     */
    public RunController(ScenarioEditor editor, RunSize size, Supplier<String> sha256, Simulation simulation,
                         Executor background, Executor ui, LongSupplier nanoTime, View view) {
        this.editor = editor;
        this.size = size;
        this.sha256 = sha256;
        this.simulation = simulation;
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.view = view;
        this.document = editor.document();
        editor.addListener(e -> scenarioEdited());
    }

    private void scenarioEdited() {
        if (editor.document() != document) {
            document = editor.document();
            forget();
        } else {
            checkOutdated();
        }
        view.runStateChanged(state());
    }

    /** A new document: a run still going belongs to the old one, and so does the last run. */
    private void forget() {
        cancel();
        last = null;
        outdated = false;
        view.resultsCleared();
        for (Listener l : listeners) {
            l.runsCleared();
        }
    }

    private void checkOutdated() {
        boolean now = last != null && !last.scenario().equals(editor.scenario());
        if (now != outdated) {
            outdated = now;
            view.resultsOutdated(now ? outdatedMessage(last) : null);
            for (Listener l : listeners) {
                l.runOutdated(now);
            }
        }
    }

    /** Whether the scenario has been edited since the last complete run. */
    public boolean isOutdated() {
        return outdated;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Whether Run and Cancel apply now. */
    public RunState state() {
        Scenario scenario = editor.scenario();
        String tooLarge = scenario == null ? null : size.refusal(scenario);
        return new RunState(running, running && cancel.get(), scenario != null && tooLarge == null && !running,
                editor.assembly().errors().size(), tooLarge);
    }

    /** The last run that completed, or null. */
    public CompletedRun lastCompleted() {
        return last;
    }

    /** Starts a run of the editor's scenario, unless one is running, the scenario has problems or is too large. */
    public void start() {
        Scenario scenario = editor.scenario();
        if (!state().canRun()) {
            return;
        }
        running = true;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        String fileSha = sha256.get();
        view.runStateChanged(state());
        view.progressed(RunProgress.of(0, scenario.simulation().iterations(), 0));
        int of = document;
        background.execute(() -> {
            try {
                simulate(scenario, fileSha != null ? fileSha : ScenarioFiles.sha256Of(scenario), stop, of);
            } catch (OutOfMemoryError e) {
                // The engine reports its own as RunTooLargeException; this is the rest (charts, say).
                ui.execute(() -> failed("The run ran out of memory: run fewer iterations, or give the "
                        + "application more memory (java -Xmx8g -jar closure-assurance.jar)"));
            }
        });
    }

    /**
     * Asks the running simulation to stop after its current chunk of iterations. Until it has,
     * the state says cancelling and no more progress (nor time left) is shown.
     */
    public void cancel() {
        if (running && !cancel.get()) {
            cancel.set(true);
            view.runStateChanged(state());
        }
    }

    private void simulate(Scenario scenario, String sha, AtomicBoolean stop, int of) {
        ChartOptions options = ChartOptions.DEFAULT.withCurrency(scenario.currencyOrDefault());
        long started = nanoTime.getAsLong();
        Listening listening = new Listening(scenario, sha, stop, started, options);
        SimulationResults results;
        try {
            results = simulation.run(scenario, listening);
        } catch (RunTooLargeException e) {
            ui.execute(() -> failed(tooLargeNow(e)));
            return;
        } catch (RunCancelledException e) {
            RunProgress end = RunProgress.of(e.completed(), e.requested(), nanoTime.getAsLong() - started);
            ui.execute(() -> cancelled(end, e.completed(), e.requested()));
            return;
        } catch (RuntimeException e) {
            ui.execute(() -> failed("The run failed: " + e));
            return;
        }
        long elapsed = nanoTime.getAsLong() - started;
        RunProgress end = RunProgress.of(results.run().completedIterations(), results.run().requestedIterations(),
                elapsed);
        CompletedRun run = new CompletedRun(scenario, results, ChartSet.of(results, options), sha);
        ui.execute(() -> {
            running = false;
            view.progressed(end);
            if (of != document) {
                view.runCancelled(results.run().completedIterations(), results.run().requestedIterations(), null);
                view.runStateChanged(state());
                return;
            }
            last = run;
            outdated = false;
            view.runFinished(run);
            for (Listener l : listeners) {
                l.runCompleted(run);
            }
            checkOutdated();
            view.runStateChanged(state());
        });
    }

    private void cancelled(RunProgress end, int completed, int requested) {
        running = false;
        view.progressed(end);
        view.runCancelled(completed, requested, last);
        view.runStateChanged(state());
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
        private final ProgressThrottle throttle = new ProgressThrottle();

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
            if (!throttle.due(now, done >= total)) {
                return;
            }
            RunProgress p = RunProgress.of(done, total, now - started);
            ui.execute(() -> {
                if (running && cancel == stop && !stop.get()) {
                    view.progressed(p);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return stop.get();
        }

        /** The view shows the last complete run after Cancel: the cancelled one need not be summarised. */
        @Override
        public boolean wantsCancelledResults() {
            return false;
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

    /** The engine's refusal of a run that fitted when it was offered (memory was taken since), in the app's words. */
    static String tooLargeNow(RunTooLargeException e) {
        return "Too large for this computer now: the run needs about " + RunSize.size(e.estimatedBytes())
                + " of memory and " + RunSize.size(e.availableBytes()) + " is free. Lower Iterations and run again.";
    }

    /** What the results of {@code run} say once the scenario has been edited: which run they are of. */
    public static String outdatedMessage(CompletedRun run) {
        SimulationResults r = run.results();
        return String.format(Locale.ROOT, "Out of date: the scenario has changed since this run of %s (%,d iterations, "
                + "seed %d). Run again (F5) to bring the results up to date.", run.scenario().name(),
                r.run().completedIterations(), r.seed());
    }

    /** A line for the status bar about a cancelled run, and whether an earlier complete run is still shown. */
    public static String cancelledMessage(int completed, int requested, boolean kept) {
        return String.format(Locale.ROOT, "Run cancelled after %,d of %,d iterations", completed, requested)
                + (kept ? "; the results shown are from the last complete run." : "; no complete run to show yet.");
    }
}
