package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.screenshot;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
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
}
