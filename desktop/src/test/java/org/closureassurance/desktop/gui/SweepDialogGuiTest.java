package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.EventQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RepaintManager;
import org.closureassurance.charts.SweepCharts;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.sweep.SweepEngine;
import org.closureassurance.desktop.gui.sweep.SweepPresenter;
import org.closureassurance.desktop.gui.view.DesktopLook;
import org.closureassurance.desktop.gui.view.MainWindow;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives a sweep from a field's context menu in the real window (under a virtual display):
 * the discount rate's Sweep… opens the dialog, a small sweep runs in the background, and the
 * coverage chart and the table carry one point per value; the editor is left as it was. Find
 * break-even… refuses a value outside the input's range naming the field, then marks a
 * crossing with its band. Paints
 * the dialog into {@code gui-sweep.png} beside the other GUI test's screenshots. Skipped without
 * a display.
 */
class SweepDialogGuiTest {
    private static final String FIELD = "economics.discountRate";
    private static final String ITERATIONS = "100";
    private static final java.nio.file.Path IMAGES = java.nio.file.Path.of(System.getProperty("gui.screenshots",
            "target/screenshots"));

    private final EdtViolationRecorder edt = new EdtViolationRecorder();
    private RepaintManager previous;
    private ScenarioEditor editor;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the GUI test needs one (xvfb-run)");
        run(() -> {
            previous = RepaintManager.currentManager(null);
            RepaintManager.setCurrentManager(edt);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        run(() -> {
            if (window != null) {
                window.dispose();
            }
            RepaintManager.setCurrentManager(previous);
        });
    }

    @Test
    void aFieldsContextMenuSweepsItAndShowsTheCurveAndTable() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            sweepFromTheMenu(background);
        } finally {
            background.shutdownNow();
        }
    }

    /** The window alone, as the application wires its sweeps (files, runs and autosave play no part). */
    private void sweepFromTheMenu(ExecutorService background) throws Exception {
        run(() -> {
            DesktopLook.install();
            editor = new ScenarioEditor(ScenarioForms.of(BundledScenarios.load(BundledScenarios.defaultName())));
            window = new MainWindow(editor);
            SweepEngine engine = SweepEngine.on(new MonteCarloEngine(2, "test"));
            window.bindSweeps((field, kind, view) -> new SweepPresenter(field, kind, editor::scenario, engine,
                    background, EventQueue::invokeLater, System::nanoTime, view));
            window.setVisible(true);
        });
        ScenarioForm before = onEdt(() -> editor.form());

        JDialog dialog = openFromMenu(window, "sweep");
        run(() -> {
            // the dialog offers the rate's own triangular range, 0.02 to 0.045
            assertEquals("0.02", find(dialog, "sweep-from", JTextField.class).getText());
            assertEquals("0.045", find(dialog, "sweep-to", JTextField.class).getText());
            find(dialog, "sweep-steps", JTextField.class).setText("3");
            find(dialog, "sweep-iterations", JTextField.class).setText(ITERATIONS);
            find(dialog, "sweep-run", JButton.class).doClick();
        });
        waitUntil("the sweep to finish", 30, () -> find(dialog, "sweep-table", JTable.class).getRowCount() == 3);

        XYPlot coverage = onEdt(() -> find(dialog, "sweep-chart:" + SweepCharts.COVERAGE, ChartPanel.class)
                .getChart().getXYPlot());
        assertEquals(3, coverage.getDataset().getSeriesCount(), "coverage and its 95 % interval's ends");
        for (int s = 0; s < 3; s++) {
            assertEquals(3, coverage.getDataset().getItemCount(s));
        }
        assertEquals(0.02, coverage.getDataset().getXValue(0, 0), 1e-12);
        assertEquals(0.045, coverage.getDataset().getXValue(0, 2), 1e-12);
        assertEquals("0.0325", onEdt(() -> find(dialog, "sweep-table", JTable.class).getValueAt(1, 0)));
        assertTrue(onEdt(() -> find(dialog, "sweep-run", JButton.class).isEnabled()));
        GuiRobot.screenshot(dialog, IMAGES.resolve("gui-sweep.png"));
        assertEquals(before, onEdt(() -> editor.form()), "a sweep leaves the scenario as it was");
        assertFalse(onEdt(() -> editor.isDirty()));

        // the search's dialog asks for a target; a value outside the input's range is refused naming the field
        run(() -> find(dialog, "sweep-close", JButton.class).doClick());
        JDialog search = openFromMenu(window, "break-even");
        run(() -> {
            assertTrue(find(search, "sweep-target", JComboBox.class).isVisible());
            find(search, "sweep-from", JTextField.class).setText("-1");
            find(search, "sweep-run", JButton.class).doClick();
        });
        String problem = onEdt(() -> ((javax.swing.text.JTextComponent) find(search, "sweep-problem",
                Component.class)).getText());
        assertTrue(problem.startsWith("Real discount rate (fraction) (economics.discountRate): -1 is not a valid value "
                + "here (economics.discountRate: must be > -1"), problem);

        // the search's runs at the range's ends are the sweep's (same scenario, seed and iterations,
        // common random numbers), so a target halfway between the sweep's end coverages is crossed inside
        double low = coverage.getDataset().getYValue(0, 0);
        double high = coverage.getDataset().getYValue(0, 2);
        assertTrue(high > low, "the rate moves coverage: " + low + " to " + high);
        run(() -> {
            find(search, "sweep-from", JTextField.class).setText("0.02");
            find(search, "sweep-steps", JTextField.class).setText("3");
            find(search, "sweep-iterations", JTextField.class).setText(ITERATIONS);
            find(search, "sweep-target", JComboBox.class).getEditor()
                    .setItem(String.format(java.util.Locale.ROOT, "coverage=%.4f", (low + high) / 2));
            find(search, "sweep-run", JButton.class).doClick();
        });
        waitUntil("the search to finish", 30, () -> find(search, "sweep-table", JTable.class).getRowCount() == 3);
        XYPlot marked = onEdt(() -> find(search, "sweep-chart:" + SweepCharts.COVERAGE, ChartPanel.class)
                .getChart().getXYPlot());
        assertEquals(1, marked.getDomainMarkers(Layer.FOREGROUND).size(), "the break-even's line");
        assertEquals(1, marked.getDomainMarkers(Layer.BACKGROUND).size(), "its 95 % band");
        GuiRobot.screenshot(search, IMAGES.resolve("gui-sweep-break-even.png"));
        run(() -> find(search, "sweep-close", JButton.class).doClick());
        assertEquals(List.of(), new ArrayList<>(edt.violations()), "Swing was used off the event thread");
    }

    /** Opens the context menu of the discount rate's field and chooses the item {@code name}; the dialog it opens. */
    private static JDialog openFromMenu(MainWindow window, String name) throws Exception {
        run(() -> {
            window.showEditorPage("closure");
            JPanel field = find(window, FIELD, JPanel.class);
            JTextField text = GuiRobot.first(field, JTextField.class);
            JPopupMenu menu = text.getComponentPopupMenu();
            assertNotNull(menu, "the field has a context menu");
            menu.show(text, 4, 4);
            JMenuItem item = null;
            for (Component c : menu.getComponents()) {
                if (c instanceof JMenuItem m && name.equals(m.getName())) {
                    item = m;
                }
            }
            assertNotNull(item, name);
            assertTrue(item.isEnabled(), name + " is offered for the discount rate");
            item.doClick();
            menu.setVisible(false);
        });
        waitUntil("the dialog to open", 10, () -> dialog() != null);
        return onEdt(SweepDialogGuiTest::dialog);
    }

    private static JDialog dialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && "sweep-dialog".equals(d.getName())) {
                return d;
            }
        }
        return null;
    }
}
