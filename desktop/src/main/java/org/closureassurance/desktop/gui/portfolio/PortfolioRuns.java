package org.closureassurance.desktop.gui.portfolio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.closureassurance.charts.PortfolioCharts;
import org.closureassurance.desktop.gui.run.ProgressThrottle;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;

/**
 * The presenter of the portfolio window's Run and Cancel: runs the document's portfolio on the
 * background executor, passes progress with the time left (a few updates a second) to the view
 * on the UI executor, builds the charts of the results there too, and stops the run on Cancel,
 * keeping the last complete run. A portfolio with problems does not run; the view lists them.
 */
public final class PortfolioRuns {
    /** How a portfolio is simulated: the portfolio engine in the application, something simpler in tests. */
    @FunctionalInterface
    public interface Simulation {
        PortfolioResults run(Portfolio portfolio, ProgressListener listener);
    }

    /** What the window shows of runs. */
    public interface View {
        void runStateChanged(boolean running, boolean cancelling);

        void progressed(RunProgress progress);

        void runFinished(PortfolioRun run);

        void runCancelled(long completed, long requested);

        void runFailed(String message);

        void showProblems(String title, List<String> problems);
    }

    /** Told of every run that completes (the comparison, the export). */
    @FunctionalInterface
    public interface Listener {
        void runCompleted(PortfolioRun run);
    }

    private final Simulation simulation;
    private final Executor background;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final View view;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean running;
    private AtomicBoolean cancel = new AtomicBoolean();
    private PortfolioRun last;
    private int runs;

    public PortfolioRuns(Simulation simulation, Executor background, Executor ui, LongSupplier nanoTime, View view) {
        this.simulation = simulation;
        this.background = background;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.view = view;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public boolean running() {
        return running;
    }

    /** The last run that completed, or null. */
    public PortfolioRun lastCompleted() {
        return last;
    }

    /** Runs {@code document}'s portfolio unless a run is going or the portfolio has problems. */
    public void start(PortfolioDocument document) {
        if (running || document == null) {
            return;
        }
        Portfolio portfolio = document.portfolio();
        if (portfolio == null) {
            view.showProblems("The portfolio cannot run until these problems are fixed", document.problems());
            return;
        }
        running = true;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        int number = ++runs;
        view.runStateChanged(true, false);
        long started = nanoTime.getAsLong();
        background.execute(() -> simulate(portfolio, number, stop, started));
    }

    private void simulate(Portfolio portfolio, int number, AtomicBoolean stop, long started) {
        ProgressThrottle throttle = new ProgressThrottle();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                long now = nanoTime.getAsLong();
                if (throttle.due(now, done == total)) {
                    RunProgress p = RunProgress.of(done, total, now - started);
                    ui.execute(() -> view.progressed(p));
                }
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }

            @Override
            public boolean wantsCancelledResults() {
                return false;
            }
        };
        try {
            PortfolioResults results = simulation.run(portfolio, listener);
            PortfolioRun run = new PortfolioRun(number, portfolio, results, PortfolioCharts.of(portfolio, results));
            ui.execute(() -> finished(run));
        } catch (RunCancelledException e) {
            ui.execute(() -> stopped(() -> view.runCancelled(e.completed(), e.requested())));
        } catch (OutOfMemoryError e) {
            ui.execute(() -> stopped(() -> view.runFailed("The run needs more memory than Java may use: run fewer "
                    + "iterations, or start the application with a larger -Xmx.")));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui.execute(() -> stopped(() -> view.runFailed("The run stopped: " + message)));
        }
    }

    private void finished(PortfolioRun run) {
        last = run;
        stopped(() -> view.runFinished(run));
        listeners.forEach(l -> l.runCompleted(run));
    }

    private void stopped(Runnable tell) {
        running = false;
        view.runStateChanged(false, false);
        tell.run();
    }

    /** Stops the run going on, if any; the last complete run stays. */
    public void cancel() {
        if (running && !cancel.getAndSet(true)) {
            view.runStateChanged(true, true);
        }
    }
}
