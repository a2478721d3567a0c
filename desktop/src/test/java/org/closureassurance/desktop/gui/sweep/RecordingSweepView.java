package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.desktop.gui.run.RunProgress;

/** Records what a sweep presenter (a scenario's or a portfolio's) shows, in order. */
final class RecordingSweepView implements SweepPresenter.View, PortfolioSweepPresenter.View {
    final List<String> events = new ArrayList<>();
    final List<RunProgress> progress = new ArrayList<>();
    SweepSettings settings;
    String problem;
    SweepOutcome finished;
    PortfolioSweepOutcome portfolioFinished;
    String cancelled;
    Path exported;
    boolean running;

    @Override
    public void settings(SweepSettings s) {
        settings = s;
    }

    @Override
    public void running(boolean isRunning, boolean cancelling) {
        running = isRunning;
        events.add(isRunning ? (cancelling ? "cancelling" : "running") : "idle");
    }

    @Override
    public void progressed(RunProgress p) {
        progress.add(p);
    }

    @Override
    public void problem(String message) {
        problem = message;
        if (message != null) {
            events.add("problem");
        }
    }

    @Override
    public void finished(SweepOutcome outcome) {
        finished = outcome;
        events.add("finished");
    }

    @Override
    public void finished(PortfolioSweepOutcome outcome) {
        portfolioFinished = outcome;
        events.add("finished");
    }

    @Override
    public void cancelled(String message) {
        cancelled = message;
        events.add("cancelled");
    }

    @Override
    public void exported(Path file) {
        exported = file;
        events.add("exported");
    }
}
