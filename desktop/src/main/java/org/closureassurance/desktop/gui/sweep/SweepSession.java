package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.engine.RunTooLargeException;

/**
 * The runs of one sweep dialog, whatever it sweeps: at most one sweep at a time on the
 * background executor, its progress as a share of all its runs (a few updates a second), its
 * Cancel, and its end (an outcome, a Cancel, or a failure in words naming the field) told to
 * the view on the UI executor. The presenters say what a sweep runs; this says how.
 *
 * @param <O> the outcome of a finished sweep
 */
final class SweepSession<O> {
    /** A sweep's work, run on the background executor; it asks {@code phases} for each part's listener. */
    @FunctionalInterface
    interface Job<O> {
        O run(Phases phases);
    }

    /** The listeners of the parts of one sweep. */
    @FunctionalInterface
    interface Phases {
        /** The listener of the {@code runs} runs after the first {@code before}. */
        SweepPhase phase(int before, int runs);
    }

    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final SweepStatus view;
    private final Consumer<O> finished;
    private final String named;
    private final String leftAsItWas;
    private boolean running;
    private AtomicBoolean cancel = new AtomicBoolean();
    private O last;

    /**
     * The session of the dialog whose view is {@code view}, {@code finished} showing an outcome;
     * failures are prefixed with the field {@code named}, and a Cancel says that
     * {@code leftAsItWas} ("the scenario") is as it was.
     */
    SweepSession(Executor background, Executor ui, LongSupplier nanoTime, SweepStatus view, Consumer<O> finished,
                 String named, String leftAsItWas) {
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.view = view;
        this.finished = finished;
        this.named = named;
        this.leftAsItWas = leftAsItWas;
    }

    boolean isRunning() {
        return running;
    }

    /** The last finished outcome, or null. */
    O last() {
        return last;
    }

    /** Starts {@code job}, of {@code all} runs of {@code iterations} each; nothing while a sweep runs. */
    void start(int all, int iterations, Job<O> job) {
        if (running) {
            return;
        }
        view.problem(null);
        running = true;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        view.running(true, false);
        long total = (long) all * iterations;
        view.progressed(RunProgress.of(0, total, 0));
        background.execute(() -> run(job, stop, all, total));
    }

    /** Asks the running sweep to stop. */
    void cancel() {
        if (running && !cancel.get()) {
            cancel.set(true);
            view.running(true, true);
        }
    }

    /**
     * Writes the last outcome's {@code csv}, or its chart {@code chart} of {@code charts} as PNG
     * or SVG, to {@code file} on the background executor; before a sweep has finished, says so.
     */
    void export(SweepPresenter.Export kind, String chart, Path file, Function<O, String> csv,
                Function<O, List<NamedChart>> charts) {
        O o = last;
        if (o == null) {
            view.problem("There is nothing to export yet: run the sweep first.");
            return;
        }
        SweepExportJob.start(background, ui, kind, chart, file, csv.apply(o), () -> charts.apply(o), view::exported,
                view::problem);
    }

    private void run(Job<O> job, AtomicBoolean stop, int all, long total) {
        long started = nanoTime.getAsLong();
        try {
            O outcome = job.run((before, runs) -> new SweepPhase(stop, nanoTime, started, before, runs, all, total,
                    p -> ui.execute(() -> {
                        if (running && cancel == stop && !stop.get()) {
                            view.progressed(p);
                        }
                    })));
            RunProgress end = RunProgress.of(total, total, nanoTime.getAsLong() - started);
            ui.execute(() -> {
                running = false;
                last = outcome;
                view.progressed(end);
                view.running(false, false);
                finished.accept(outcome);
            });
        } catch (RunCancelledException e) {
            ui.execute(() -> {
                running = false;
                view.running(false, false);
                view.cancelled("Cancelled: the sweep stopped before it finished; " + leftAsItWas + " is as it was.");
            });
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            failed(named + ": " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            failed(named + ": the sweep failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
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
}
