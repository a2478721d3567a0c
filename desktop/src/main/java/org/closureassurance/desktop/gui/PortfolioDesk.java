package org.closureassurance.desktop.gui;

import java.awt.EventQueue;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.desktop.gui.portfolio.MappingMemory;
import org.closureassurance.desktop.gui.portfolio.PortfolioCompare;
import org.closureassurance.desktop.gui.portfolio.PortfolioExports;
import org.closureassurance.desktop.gui.portfolio.PortfolioFiles;
import org.closureassurance.desktop.gui.portfolio.PortfolioRuns;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepPresenter;
import org.closureassurance.desktop.gui.view.PortfolioWindow;
import org.closureassurance.simulator.portfolio.PortfolioEngine;

/**
 * The application's portfolio window and its presenters, built the first time a portfolio is
 * opened or imported: the files, the runs on the portfolio engine, the comparison and the
 * export. A scenario site is edited in the scenario window, which {@code editScenario} opens.
 */
public final class PortfolioDesk {
    private final Preferences preferences;
    private final int threads;
    private final Executor background;
    private final Consumer<Path> editScenario;
    private PortfolioWindow window;
    private PortfolioFiles files;
    private PortfolioRuns runs;
    private PortfolioCompare compare;
    private PortfolioExports exports;

    PortfolioDesk(Preferences preferences, int threads, Executor background, Consumer<Path> editScenario) {
        this.preferences = preferences;
        this.threads = threads;
        this.background = background;
        this.editScenario = editScenario;
    }

    private void build() {
        if (window != null) {
            return;
        }
        window = new PortfolioWindow();
        files = new PortfolioFiles(new MappingMemory(preferences.node("register-columns")), background,
                EventQueue::invokeLater, window);
        PortfolioEngine engine = new PortfolioEngine(threads, ToolVersion.current());
        runs = new PortfolioRuns(engine::run, background, EventQueue::invokeLater, System::nanoTime, window);
        compare = new PortfolioCompare(window.comparePanel());
        exports = new PortfolioExports(background, EventQueue::invokeLater, window);
        runs.addListener(compare);
        runs.addListener(exports);
        window.bind(files, runs, compare, exports, editScenario);
        window.bindSweeps((field, kind, view) -> new PortfolioSweepPresenter(field, kind,
                () -> files.document() == null ? null : files.document().portfolio(), engine::run, background,
                EventQueue::invokeLater, System::nanoTime, view));
        window.setLocationByPlatform(true);
    }

    /** Shows the portfolio window and opens the portfolio {@code file} in it. */
    public void open(Path file) {
        build();
        window.setVisible(true);
        files.open(file);
    }

    /** Shows the portfolio window and asks for a portfolio file to open. */
    public void open() {
        build();
        window.setVisible(true);
        files.open();
    }

    /** Shows the portfolio window and opens the bundled portfolio {@code name} in it, unsaved. */
    public void openBundled(String name) {
        build();
        window.setVisible(true);
        files.openBundled(name);
    }

    /** Shows the portfolio window and asks for a register to start a portfolio from. */
    public void newFromRegister() {
        build();
        window.setVisible(true);
        files.newFromRegister();
    }

    /** Runs {@code then} once the portfolio's unsaved edits are saved or given up (at once without a window). */
    void close(Runnable then) {
        if (files == null) {
            then.run();
        } else {
            files.close(() -> {
                runs.cancel();
                window.dispose();
                then.run();
            });
        }
    }

    /** The window, or null before the first portfolio. */
    public PortfolioWindow window() {
        return window;
    }

    public PortfolioFiles files() {
        return files;
    }

    public PortfolioRuns runs() {
        return runs;
    }

    public PortfolioCompare compare() {
        return compare;
    }

    public PortfolioExports exports() {
        return exports;
    }
}
