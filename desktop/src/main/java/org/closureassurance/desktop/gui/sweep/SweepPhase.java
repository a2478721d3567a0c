package org.closureassurance.desktop.gui.sweep;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.closureassurance.desktop.gui.run.ProgressThrottle;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.simulator.engine.ProgressListener;

/**
 * The engine's listener for one part of a sweep (some of its runs): the part's progress as a
 * share of the whole sweep, throttled to a few updates a second, handed to {@code sink}; and
 * the sweep's Cancel. Runs on engine threads, so {@code sink} must pass the progress to the UI
 * thread itself.
 */
final class SweepPhase implements ProgressListener {
    private final AtomicBoolean stop;
    private final LongSupplier nanoTime;
    private final long started;
    private final int before;
    private final int runs;
    private final int all;
    /** Iterations of the whole sweep at most: every run's. */
    private final long iterations;
    private final Consumer<RunProgress> sink;
    private final ProgressThrottle throttle = new ProgressThrottle();

    /**
     * The part of {@code runs} runs after {@code before} of a sweep of {@code all} runs and
     * {@code iterations} iterations in all, started at {@code started} on {@code nanoTime}.
     */
    SweepPhase(AtomicBoolean stop, LongSupplier nanoTime, long started, int before, int runs, int all,
               long iterations, Consumer<RunProgress> sink) {
        this.stop = stop;
        this.nanoTime = nanoTime;
        this.started = started;
        this.before = before;
        this.runs = runs;
        this.all = all;
        this.iterations = iterations;
        this.sink = sink;
    }

    @Override
    public synchronized void progress(long done, long total) {
        long now = nanoTime.getAsLong();
        if (!throttle.due(now, false)) {
            return;
        }
        double share = (before + (total <= 0 ? 0 : runs * (double) done / total)) / all;
        sink.accept(RunProgress.of(Math.round(share * iterations), iterations, now - started));
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
