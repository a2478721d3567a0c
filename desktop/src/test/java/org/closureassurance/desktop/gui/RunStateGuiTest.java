package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.screenshot;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.closureassurance.desktop.gui.compare.ComparePresenter;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.desktop.gui.view.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run toolbar and the results' state in a real window at the narrowest supported width
 * (1,024 px): what a long status does to the inputs, and what an edit does to results on
 * screen. Skipped without a display.
 */
class RunStateGuiTest {
    private static final Path IMAGES = Path.of(System.getProperty("gui.screenshots", "target/screenshots"));
    private static final List<String> INPUTS = List.of("run", "cancel", "iterations", "seed", "sampling", "pin");

    @TempDir
    Path dir;

    private Preferences prefs;
    private DesktopApp app;
    private final AtomicBoolean exited = new AtomicBoolean();

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the GUI test needs one (xvfb-run)");
        prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
        DesktopApp.Settings settings = new DesktopApp.Settings(dir.resolve("home"), prefs, () -> exited.set(true), 2,
                60_000);
        app = onEdt(() -> DesktopApp.start(null, settings));
        waitUntil("the default example to open", 30,
                () -> app.window().getTitle().startsWith("regulator-base-case"));
        run(() -> {
            app.window().setSize(1024, 700);
            app.window().validate();
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null && !exited.get()) {
            run(() -> {
                app.editor().markSaved(app.editor().form());
                app.quit();
            });
            waitUntil("the application to close", 30, exited::get);
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    /**
     * The longest status a run leaves (a cancelled 2,000,000-iteration run) in a 1,024 px window:
     * every input keeps at least its preferred width and is showing, and the status, cut short,
     * carries the whole message in its tooltip.
     */
    @Test
    void aLongStatusNeverSqueezesTheToolbarAt1024Pixels() throws Exception {
        MainWindow window = app.window();
        String message = RunController.cancelledMessage(1_234_567, 2_000_000, false);

        run(() -> {
            window.runCancelled(1_234_567, 2_000_000, null);
            window.validate();
        });
        screenshot(window, IMAGES.resolve("gui-toolbar-1024.png"));

        assertEquals(1024, (int) onEdt(window::getWidth));
        List<String> squeezed = onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (String name : INPUTS) {
                Component c = find(window, name, Component.class);
                if (!c.isShowing() || c.getWidth() < c.getPreferredSize().width
                        || c.getX() + c.getWidth() > c.getParent().getWidth()) {
                    out.add(name + " " + c.getWidth() + " of " + c.getPreferredSize().width + " px");
                }
            }
            return out;
        });
        assertEquals(List.of(), squeezed);
        JLabel status = find(window, "run-status", JLabel.class);
        assertEquals(message, onEdt(status::getToolTipText));
        assertTrue(onEdt(() -> status.getX() + status.getWidth() <= status.getParent().getWidth()));
    }

    /**
     * After a run, an edit marks the Results and Compare tabs out of date and turns Export off;
     * File › New then clears the results altogether.
     */
    @Test
    void anEditMarksTheResultsOutOfDateAndNewClearsThem() throws Exception {
        MainWindow window = app.window();
        run(() -> {
            find(window, "iterations", JTextField.class).setText("2000");
            find(window, "run", JButton.class).doClick();
        });
        waitUntil("the run to finish", 120, () -> app.runs().lastCompleted() != null && !app.runs().state().running());
        assertTrue(onEdt(() -> exportMenu(window).isEnabled()));
        assertTrue(onEdt(window::resultsNotice).startsWith("2,000 iterations"), onEdt(window::resultsNotice));

        run(() -> find(window, "seed", JTextField.class).setText("99"));

        assertEquals(RunController.outdatedMessage(onEdt(() -> app.runs().lastCompleted())),
                onEdt(window::resultsNotice));
        assertTrue(onEdt(window::resultsNotice).startsWith("Out of date: the scenario has changed since this run of "
                + "Copper mine, regulator base case (2,000 iterations, seed 20260101)"));
        assertEquals(ComparePresenter.OUTDATED, onEdt(() -> find(window, "compare-outdated", JLabel.class).getText()));
        assertFalse(onEdt(() -> exportMenu(window).isEnabled()));
        run(() -> window.showTab(MainWindow.RESULTS_TAB));
        screenshot(window, IMAGES.resolve("gui-results-outdated.png"));

        run(() -> {
            app.editor().markSaved(app.editor().form());
            app.files().newScenario();
        });
        waitUntil("a new scenario", 30, () -> window.getTitle().startsWith("Untitled"));

        assertEquals(null, onEdt(() -> app.runs().lastCompleted()));
        assertFalse(onEdt(() -> find(window, "result-tabs", JTabbedPane.class).isShowing()));
        assertFalse(onEdt(() -> exportMenu(window).isEnabled()));
        assertEquals("Nothing pinned yet.", onEdt(() -> find(window, "compare-pinned", JLabel.class).getText()));
    }

    /**
     * A billion iterations (valid in the file format, far beyond this test JVM's heap) is not
     * offered: Run is off and the status says, whole in its tooltip, the most that fit; the
     * problems list says the scenario is too large rather than ready to run.
     */
    @Test
    void aRunTooLargeForThisComputerIsNotOffered() throws Exception {
        MainWindow window = app.window();

        run(() -> find(window, "iterations", JTextField.class).setText("1000000000"));
        screenshot(window, IMAGES.resolve("gui-too-large.png"));

        assertFalse(onEdt(() -> find(window, "run", JButton.class).isEnabled()));
        String status = onEdt(() -> find(window, "run-status", JLabel.class).getToolTipText());
        assertTrue(status.startsWith("Too large for this computer: at most "), status);
        assertTrue(status.contains(" of memory free (1,000,000,000 need about "), status);
        assertEquals(status, onEdt(window::runStatus));
        // The problems list beside the editor must not promise a run the toolbar refuses.
        JTextArea problems = find(window, "problems-header", JTextArea.class);
        String refused = onEdt(() -> problems.getText());
        assertTrue(refused.startsWith("No problems in the scenario, but it is too large to run"), refused);

        run(() -> find(window, "iterations", JTextField.class).setText("2000"));

        assertTrue(onEdt(() -> find(window, "run", JButton.class).isEnabled()));
        assertEquals(" ", onEdt(window::runStatus));
        assertEquals("No problems: the scenario is ready to run.", onEdt(() -> problems.getText()));
    }

    /**
     * Cancel on a 2,000,000-iteration Monte Carlo run: at once the toolbar says Cancelling…,
     * with Run and Cancel off, and no time left; the run then stops and says how far it got,
     * and, as no run had completed before it, its partial figures leave the screen.
     * The time from the click to the end is printed (it depends on the machine's load).
     */
    @Test
    void cancelShowsCancellingUntilTheRunHasStopped() throws Exception {
        MainWindow window = app.window();
        run(() -> {
            find(window, "iterations", JTextField.class).setText("2000000");
            find(window, "run", JButton.class).doClick();
        });
        waitUntil("the run to make progress", 60, () -> window.runStatus().contains("per second"));
        waitUntil("partial results to show", 60, () -> window.resultsNotice().startsWith("Partial results"));

        long clicked = System.nanoTime();
        List<String> atClick = onEdt(() -> {
            find(window, "cancel", JButton.class).doClick();
            return List.of(window.runStatus(), Boolean.toString(find(window, "run", JButton.class).isEnabled()),
                    Boolean.toString(find(window, "cancel", JButton.class).isEnabled()));
        });
        waitUntil("the run to stop", 60, () -> !app.runs().state().running());
        long millis = (System.nanoTime() - clicked) / 1_000_000;
        System.out.println("Cancel of a 2,000,000-iteration run took " + millis + " ms");

        assertEquals(List.of("Cancelling… the results shown stay those of the last complete run.", "false", "false"),
                atClick);
        assertTrue(onEdt(window::runStatus).startsWith("Run cancelled after "), onEdt(window::runStatus));
        // No run had completed: the partial figures of the cancelled run must not stay on screen
        // under a line saying there is no complete run to show.
        assertFalse(onEdt(() -> find(window, "result-tabs", JTabbedPane.class).isShowing()),
                "the cancelled run's partial results are still shown");
    }

    private static JMenu exportMenu(MainWindow window) {
        JMenu file = window.getJMenuBar().getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            if (file.getItem(i) instanceof JMenu m && m.getText().equals("Export")) {
                return m;
            }
        }
        throw new AssertionError("no File › Export menu");
    }
}
