package org.closureassurance.desktop.gui;

import java.awt.EventQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.desktop.gui.compare.ComparePresenter;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.files.RecentFiles;
import org.closureassurance.desktop.gui.files.Recovery;
import org.closureassurance.desktop.gui.files.RecoveryAutosave;
import org.closureassurance.desktop.gui.files.RecoveryStore;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.desktop.gui.run.RunSize;
import org.closureassurance.desktop.gui.sweep.SweepEngine;
import org.closureassurance.desktop.gui.sweep.SweepPresenter;
import org.closureassurance.desktop.gui.view.DesktopLook;
import org.closureassurance.desktop.gui.view.MainWindow;
import org.closureassurance.desktop.gui.view.PortfolioMenus;
import org.closureassurance.simulator.engine.MonteCarloEngine;

/**
 * The desktop application: builds the presenters and the main window, wires them with a
 * background executor and the event thread, opens the first scenario, offers back edits left by
 * a crash, and autosaves unsaved edits every 30 seconds. {@link #launch} is the entry point;
 * {@link #start} builds a running application on the event thread (tests call it with their
 * own folders and no exit).
 */
public final class DesktopApp {

    /**
     * Where the application keeps its state and what quitting does.
     *
     * @param home            the folder for the recovery files ({@code ~/.closure-assurance})
     * @param preferences     where the recent files are kept
     * @param exit            what happens once the window has closed (the JVM exits in the app)
     * @param threads         engine worker threads
     * @param autosaveMillis  interval of the recovery autosave
     */
    public record Settings(Path home, Preferences preferences, Runnable exit, int threads, int autosaveMillis) {
        public Settings {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(preferences, "preferences");
            Objects.requireNonNull(exit, "exit");
        }

        /** The settings of the installed application. */
        public static Settings standard() {
            Path home = Path.of(System.getProperty("user.home"), ".closure-assurance");
            return new Settings(home, Preferences.userNodeForPackage(DesktopApp.class), () -> System.exit(0),
                    Runtime.getRuntime().availableProcessors(), 30_000);
        }
    }

    private final Settings settings;
    private final ExecutorService background;
    private final ScenarioEditor editor;
    private final MainWindow window;
    private final ScenarioFiles files;
    private final RunController runs;
    private final ComparePresenter compare;
    private final ResultsExporter exporter;
    private final RecoveryStore recovery;
    private final PortfolioDesk portfolios;
    private final Timer autosaveTimer;
    private boolean closed;

    private DesktopApp(Settings settings) {
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "closure-assurance-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        editor = new ScenarioEditor(ScenarioForms.blank());
        window = new MainWindow(editor);
        files = new ScenarioFiles(editor, new RecentFiles(settings.preferences(), 8), background,
                EventQueue::invokeLater, window);
        MonteCarloEngine engine = new MonteCarloEngine(settings.threads(), ToolVersion.current());
        runs = new RunController(editor, new RunSize(engine::estimateBytes, MonteCarloEngine::usableHeapBytes),
                files::sha256, engine::run, background, EventQueue::invokeLater, System::nanoTime, window);
        compare = new ComparePresenter(background, EventQueue::invokeLater, window.compareView());
        exporter = new ResultsExporter(ToolVersion.current(), Clock.systemDefaultZone(), background,
                EventQueue::invokeLater, window);
        runs.addListener(compare);
        runs.addListener(exporter);
        // The folder of recovery files, not the scenario field of the same name.
        recovery = new RecoveryStore(settings.home().resolve("recovery"));
        RecoveryAutosave autosave = new RecoveryAutosave(recovery, editor, files, background);
        autosaveTimer = new Timer(settings.autosaveMillis(), e -> autosave.tick());
        window.bind(files, runs, compare, exporter, this::quit);
        SweepEngine sweepEngine = SweepEngine.on(engine);
        window.bindSweeps((field, kind, view) -> new SweepPresenter(field, kind, editor::scenario, sweepEngine,
                background, EventQueue::invokeLater, System::nanoTime, view));
        portfolios = new PortfolioDesk(settings.preferences(), settings.threads(), background, scenario -> {
            files.open(scenario);
            window.toFront();
        });
        files.openPortfoliosWith(portfolios::open);
        PortfolioMenus.addTo(window.getJMenuBar(), portfolios::open, portfolios::newFromRegister,
                () -> portfolios.openBundled(PortfolioMenus.EXAMPLE));
    }

    /** Starts the application from {@code main}: sets rendering properties, then builds it on the event thread. */
    public static void launch(Path file) {
        System.setProperty("awt.useSystemAAFontSettings", "lcd");
        System.setProperty("swing.aatext", "true");
        SwingUtilities.invokeLater(() -> start(file, Settings.standard()));
    }

    /**
     * Builds and shows the application on the event thread, opening {@code file} (null: the default
     * example), and offers back any edits a crashed session left.
     */
    public static DesktopApp start(Path file, Settings settings) {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("start the application on the event thread");
        }
        DesktopLook.install();
        DesktopApp app = new DesktopApp(settings);
        app.window.setVisible(true);
        app.files.openInitial(file, app::offerRecovery);
        app.autosaveTimer.start();
        return app;
    }

    private void offerRecovery() {
        background.execute(() -> {
            List<Recovery> leftovers;
            try {
                recovery.open();
                leftovers = recovery.leftovers();
            } catch (IOException e) {
                EventQueue.invokeLater(() -> window.status("Crash recovery is off: " + e.getMessage()));
                return;
            }
            EventQueue.invokeLater(() -> {
                files.offerRecovery(leftovers);
                background.execute(() -> {
                    for (Recovery r : leftovers) {
                        try {
                            recovery.discard(r);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            });
        });
    }

    /** Closes the windows once unsaved edits (the portfolio's first) are saved or given up, then exits. */
    public void quit() {
        portfolios.close(this::quitScenarios);
    }

    private void quitScenarios() {
        files.close(() -> {
            if (closed) {
                return;
            }
            closed = true;
            autosaveTimer.stop();
            runs.cancel();
            window.dispose();
            background.execute(() -> {
                try {
                    recovery.close();
                } catch (IOException e) {
                    // the next start offers the edits again; nothing else to do while exiting
                }
                EventQueue.invokeLater(settings.exit());
            });
            background.shutdown();
        });
    }

    public MainWindow window() {
        return window;
    }

    public ScenarioEditor editor() {
        return editor;
    }

    public ScenarioFiles files() {
        return files;
    }

    public RunController runs() {
        return runs;
    }

    public ComparePresenter compare() {
        return compare;
    }

    public ResultsExporter exporter() {
        return exporter;
    }

    public PortfolioDesk portfolios() {
        return portfolios;
    }
}
