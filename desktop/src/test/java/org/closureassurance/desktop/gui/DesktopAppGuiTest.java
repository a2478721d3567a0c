package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.screenshot;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RepaintManager;
import javax.swing.text.JTextComponent;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.desktop.gui.view.MainWindow;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real application in a real window (under a virtual display in CI): edits the
 * default scenario, runs it, checks the headline against the engine run directly, cancels a
 * second run, compares a third with the first, saves, reopens, and paints the editor, results
 * and compare views into {@code target/screenshots/} (or the folder {@code -Dgui.screenshots}
 * names: {@code ../docs/images} refreshes the documentation's pictures). Skipped without a
 * display.
 */
class DesktopAppGuiTest {
    private static final int ITERATIONS = 4000;
    private static final long SEED = 7;
    private static final int PLANT = 4;
    private static final Path IMAGES = Path.of(System.getProperty("gui.screenshots", "target/screenshots"));

    @TempDir
    Path dir;

    private final EdtViolationRecorder edt = new EdtViolationRecorder();
    private Preferences prefs;
    private RepaintManager previous;
    private DesktopApp app;
    private final AtomicBoolean exited = new AtomicBoolean();

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the GUI test needs one (xvfb-run)");
        prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
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
        GuiRobot.quitDiscardingEdits(app, exited);
        run(() -> RepaintManager.setCurrentManager(previous));
        prefs.removeNode();
    }

    @Test
    void editsRunsCancelsComparesSavesAndReopens() throws Exception {
        DesktopApp.Settings settings = new DesktopApp.Settings(dir.resolve("home"), prefs, () -> exited.set(true), 2,
                500);
        app = onEdt(() -> DesktopApp.start(null, settings));
        MainWindow window = app.window();
        waitUntil("the default example to open", 30, () -> window.getTitle().startsWith("regulator-base-case"));

        // edit through the widgets: the run settings in the toolbar, a cell of the cost items table
        run(() -> {
            find(window, "iterations", JTextField.class).setText(Integer.toString(ITERATIONS));
            find(window, "seed", JTextField.class).setText(Long.toString(SEED));
            window.showEditorPage("costItems");
            JTable table = find(window, "table:costItems", JTable.class);
            table.setRowSelectionInterval(PLANT, PLANT);
            int start = table.getColumnModel().getColumnIndex("Start (after closure)");
            assertTrue(table.editCellAt(PLANT, start));
            ((JTextComponent) table.getEditorComponent()).setText("1");
            table.getCellEditor().stopCellEditing();
        });
        assertTrue(onEdt(() -> window.getTitle().startsWith("*")));
        waitUntil("the autosave to write the unsaved edits", 30, () -> recoveryFiles() == 1);
        run(() -> find(window, "table:costItems", JTable.class).setRowSelectionInterval(0, 0));
        screenshot(window, IMAGES.resolve("gui-editor.png"));

        // run to completion and compare with the engine run directly
        Scenario expected = edited(BundledScenarios.load(BundledScenarios.defaultName()), null);
        try (GuiRobot.Responsiveness edtLatency = new GuiRobot.Responsiveness()) {
            run(() -> find(window, "run", JButton.class).doClick());
            waitUntil("the first run to finish", 120, () -> app.runs().lastCompleted() != null);
            CompletedRun first = onEdt(() -> app.runs().lastCompleted());
            SimulationResults direct = new MonteCarloEngine(2, "test").run(expected, ProgressListener.NONE);
            assertEquals(expected, first.scenario());
            assertEquals(direct.coverageProbability(), first.results().coverageProbability());
            assertEquals(direct.liability(), first.results().liability());
            assertEquals(Figures.percent(direct.coverageProbability()), onEdt(window::coverageText));
            run(() -> window.showTab(MainWindow.RESULTS_TAB));
            screenshot(window, IMAGES.resolve("gui-results.png"));

            // pin it, then cancel a long second run: the first stays on screen
            run(() -> find(window, "pin", JButton.class).doClick());
            run(() -> find(window, "iterations", JTextField.class).setText("300000"));
            run(() -> find(window, "run", JButton.class).doClick());
            waitUntil("the second run to make progress", 60, () -> window.runStatus().contains("of 300,000"));
            run(() -> find(window, "cancel", JButton.class).doClick());
            waitUntil("the second run to stop", 60, () -> !app.runs().state().running());
            assertSame(first, onEdt(() -> app.runs().lastCompleted()));
            assertTrue(onEdt(window::resultsNotice).startsWith("Run cancelled after "), onEdt(window::resultsNotice));
            assertEquals(Figures.percent(direct.coverageProbability()), onEdt(window::coverageText));

            // make the discount rate a fixed 5 % in the distribution editor and run again: compared with the pinned run
            run(() -> {
                find(window, "iterations", JTextField.class).setText(Integer.toString(ITERATIONS));
                window.showTab(MainWindow.SCENARIO_TAB);
                window.showEditorPage("closure");
            });
            JButton openEditor = onEdt(() -> GuiRobot.first(find(window, "economics.discountRate", JPanel.class),
                    JButton.class));
            EventQueue.invokeLater(openEditor::doClick);
            waitUntil("the distribution editor", 30, () -> distributionDialog() != null);
            JDialog dialog = onEdt(DesktopAppGuiTest::distributionDialog);
            screenshot(dialog, IMAGES.resolve("gui-distribution.png"));
            run(() -> {
                find(dialog, "distribution-kind", JComboBox.class).setSelectedItem(DistributionKind.CONSTANT);
                find(dialog, "parameter:value", JTextField.class).setText("0.05");
                find(dialog, "distribution-ok", JButton.class).doClick();
            });
            waitUntil("the distribution editor to close", 30, () -> distributionDialog() == null);
            assertEquals(ValueForm.constant("0.05"), onEdt(() -> app.editor().form()
                    .field(FieldAddress.general("economics.discountRate"))));
            run(() -> find(window, "run", JButton.class).doClick());
            waitUntil("the third run to finish", 120, () -> app.runs().lastCompleted() != first
                    && !app.runs().state().running());
            waitUntil("the comparison", 30, () -> find(window, "compare-table", JTable.class).getRowCount() > 0);
            SimulationResults third = onEdt(() -> app.runs().lastCompleted().results());
            SimulationResults thirdDirect = new MonteCarloEngine(1, "test")
                    .run(edited(BundledScenarios.load(BundledScenarios.defaultName()), Value.of(0.05)),
                            ProgressListener.NONE);
            assertEquals(thirdDirect.coverageProbability(), third.coverageProbability());
            JTable compare = find(window, "compare-table", JTable.class);
            assertEquals(Figures.percent(direct.coverageProbability()), onEdt(() -> compare.getValueAt(0, 1)));
            assertEquals(Figures.percent(third.coverageProbability()), onEdt(() -> compare.getValueAt(0, 2)));
            assertEquals("Changed from A to B: Discount rate: Triangular 0.02 / 0.03 / 0.045 → 0.05",
                    onEdt(() -> find(window, "compare-changes", javax.swing.JLabel.class).getText()));
            run(() -> window.showTab(MainWindow.COMPARE_TAB));
            screenshot(window, IMAGES.resolve("gui-compare.png"));
            assertTrue(edtLatency.worstMillis() < 2000, "the event thread was blocked for "
                    + edtLatency.worstMillis() + " ms");
        }

        // save, start afresh, reopen: the edits come back and nothing is unsaved
        Path saved = dir.resolve("edited.json");
        run(() -> app.files().saveTo(saved, () -> { }));
        waitUntil("the save", 30, () -> !app.editor().isDirty());
        assertTrue(Files.exists(saved));
        waitUntil("the autosave to clear the recovery file", 30, () -> recoveryFiles() == 0);
        run(() -> app.files().newScenario());
        waitUntil("a new scenario", 30, () -> window.getTitle().startsWith("Untitled"));
        run(() -> app.files().open(saved));
        waitUntil("the file to reopen", 30, () -> window.getTitle().startsWith("edited.json"));
        Scenario reopened = onEdt(() -> app.editor().scenario());
        assertEquals(edited(BundledScenarios.load(BundledScenarios.defaultName()), Value.of(0.05)), reopened);
        assertFalse(onEdt(() -> app.editor().isDirty()));

        run(app::quit);
        waitUntil("the application to exit", 30, exited::get);
        assertEquals(List.of(), new ArrayList<>(edt.violations()), "Swing was used off the event thread");
        assertNotNull(previous);
    }

    private static JDialog distributionDialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && "distribution-dialog".equals(d.getName())) {
                return d;
            }
        }
        return null;
    }

    private long recoveryFiles() throws Exception {
        Path folder = dir.resolve("home").resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    /** The bundled regulator case with the test's edits: run settings, the plant demolition a year later, a rate. */
    private static Scenario edited(Scenario s, Value discountRate) {
        List<CostItem> items = new ArrayList<>(s.costItems());
        CostItem p = items.get(PLANT);
        items.set(PLANT, new CostItem(p.name(), p.description(), p.category(), p.quantity(), p.unitCost(), p.amount(),
                1, p.durationYears(), p.accrual()));
        return new Scenario(s.name(), s.description(), s.currency(), s.baseYear(),
                s.simulation().withIterations(ITERATIONS).withSeed(SEED),
                discountRate == null ? s.economics() : new Economics(discountRate), s.closureYear(), s.forfeiture(),
                items, s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                s.assurance(), s.overruns(), s.afterForfeiture(), s.requirements());
    }
}
