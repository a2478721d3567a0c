package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.screenshot;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RepaintManager;
import javax.swing.text.JTextComponent;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.portfolio.PortfolioRun;
import org.closureassurance.desktop.gui.portfolio.SiteColumn;
import org.closureassurance.desktop.gui.portfolio.SiteTableExport;
import org.closureassurance.desktop.gui.portfolio.SiteTableFiles;
import org.closureassurance.desktop.gui.view.DesktopLook;
import org.closureassurance.desktop.gui.view.PortfolioMenus;
import org.closureassurance.desktop.gui.view.PortfolioWindow;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the portfolio window for real (under a virtual display in CI): opens the bundled
 * register, runs it with few iterations, checks that every chart on screen has its series and
 * that the per-site table exported as CSV and XLSX reads back, pins the run and compares a run
 * at a higher levy, then imports a CSV register with other headers through the column-mapping
 * form, sees its bad line's cell in red with the reader's message, and fixes it in place. Paints
 * the pages into {@code target/screenshots/} (or {@code -Dgui.screenshots}). Skipped without a
 * display.
 */
class PortfolioGuiTest {
    private static final int ITERATIONS = 1000;
    private static final Path IMAGES = Path.of(System.getProperty("gui.screenshots", "target/screenshots"));
    private static final String REGISTER = """
            Site,Type,Cost estimate,Closes,Bond,Hazard
            Quarry 1,quarry,1200000,5,300000,0.01
            Quarry 2,quarry,not known,7,,0.02
            Pit 3,coal,5400000,12,5400000,0.005
            """;

    @TempDir
    Path dir;

    private final EdtViolationRecorder edt = new EdtViolationRecorder();
    private RepaintManager previous;
    private Preferences prefs;
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
        if (app != null && !exited.get()) {
            run(() -> {
                if (app.portfolios().files() != null && app.portfolios().files().document() != null) {
                    app.portfolios().files().document().markSaved();
                }
            });
        }
        GuiRobot.quitDiscardingEdits(app, exited);
        run(() -> RepaintManager.setCurrentManager(previous));
        prefs.removeNode();
    }

    @Test
    void opensRunsChartsExportsComparesAndImportsARegisterWithABadLine() throws Exception {
        DesktopApp.Settings settings = new DesktopApp.Settings(dir.resolve("home"), prefs, () -> exited.set(true), 2,
                60_000);
        app = onEdt(() -> DesktopApp.start(null, settings));
        waitUntil("the default example to open", 60, () -> app.window().getTitle().startsWith("regulator-base-case"));

        run(() -> app.portfolios().openBundled(PortfolioMenus.EXAMPLE));
        PortfolioWindow window = onEdt(() -> app.portfolios().window());
        waitUntil("the bundled register to open", 60, () -> app.portfolios().files().document() != null);
        JTable sites = find(window, "table:sites", JTable.class);
        assertEquals(203, (int) onEdt(sites::getRowCount));
        assertEquals(List.of(), onEdt(() -> app.portfolios().files().document().problems()));
        screenshot(window, IMAGES.resolve("gui-portfolio-sites.png"));

        // run with few iterations: every chart on screen has its series
        run(() -> find(window, "portfolio-iterations", JTextField.class).setText(Integer.toString(ITERATIONS)));
        try (GuiRobot.Responsiveness latency = new GuiRobot.Responsiveness()) {
            run(() -> find(window, "portfolio-run", JButton.class).doClick());
            waitUntil("the run to finish", 180, () -> app.portfolios().runs().lastCompleted() != null);
            assertTrue(latency.worstMillis() < 2000, "the event thread was blocked for " + latency.worstMillis()
                    + " ms");
        }
        PortfolioRun first = onEdt(() -> app.portfolios().runs().lastCompleted());
        assertEquals(ITERATIONS, first.results().iterations());
        JTabbedPane pages = find(window, "portfolio-results", JTabbedPane.class);
        assertEquals(first.charts().size(), (int) onEdt(pages::getTabCount));
        assertTrue(first.charts().size() >= 8, "every chart of the issue: " + first.charts().names());
        for (NamedChart chart : first.charts().charts()) {
            JFreeChart shown = onEdt(() -> find(window, "chart:" + chart.name(), ChartPanel.class).getChart());
            assertTrue(seriesCount(shown) > 0, chart.name() + " has no series");
            JTable table = find(window, "table:" + chart.name(), JTable.class);
            assertTrue(onEdt(table::getRowCount) > 0, chart.name() + " has an empty table");
        }
        run(() -> window.showTab(PortfolioWindow.RESULTS_TAB));
        screenshot(window, IMAGES.resolve("gui-portfolio-results.png"));
        run(() -> pages.setSelectedIndex(first.charts().names().indexOf("top-sites")));
        screenshot(window, IMAGES.resolve("gui-portfolio-top-sites.png"));

        // the per-site table, exported both ways, reads back to the run's figures
        Path csv = dir.resolve("sites.csv");
        Path xlsx = dir.resolve("sites.xlsx");
        run(() -> app.portfolios().exports().write(first, SiteTableExport.Format.CSV, csv));
        run(() -> app.portfolios().exports().write(first, SiteTableExport.Format.XLSX, xlsx));
        waitUntil("both exports", 30, () -> Files.exists(csv) && Files.exists(xlsx)
                && window.statusText().contains("sites.xlsx"));
        assertEquals(first.results().perSite(), SiteTableFiles.readCsv(csv));
        assertEquals(first.results().perSite(), SiteTableFiles.readXlsx(xlsx));

        // pin it, run at a 2 % levy, compare
        run(() -> find(window, "portfolio-pin", JButton.class).doClick());
        run(() -> find(window, "portfolio-levy", JTextField.class).setText("2"));
        run(() -> find(window, "portfolio-run", JButton.class).doClick());
        waitUntil("the second run", 180, () -> app.portfolios().runs().lastCompleted() != first);
        JTable comparison = find(window, "table:portfolio-compare", JTable.class);
        assertTrue(onEdt(comparison::getRowCount) > 5);
        assertEquals("2 %", onEdt(() -> comparison.getValueAt(1, 2)));
        assertEquals(2, seriesCount(onEdt(() -> find(window, "chart:portfolio-compare", ChartPanel.class)
                .getChart())), "A's and B's exhaustion curves");
        run(() -> window.showTab(PortfolioWindow.COMPARE_TAB));
        screenshot(window, IMAGES.resolve("gui-portfolio-compare.png"));

        // a long run cancelled: the last complete run stays
        PortfolioRun second = onEdt(() -> app.portfolios().runs().lastCompleted());
        run(() -> find(window, "portfolio-iterations", JTextField.class).setText("1000000"));
        run(() -> find(window, "portfolio-run", JButton.class).doClick());
        waitUntil("the long run to make progress", 60, () -> window.statusText().contains("of 1,000,000"));
        run(() -> find(window, "portfolio-cancel", JButton.class).doClick());
        waitUntil("the long run to stop", 60, () -> !app.portfolios().runs().running());
        assertTrue(onEdt(window::statusText).startsWith("Cancelled after"), onEdt(window::statusText));
        assertEquals(second, onEdt(() -> app.portfolios().runs().lastCompleted()));

        importsARegisterAndShowsItsBadLine(window);
        assertEquals(List.of(), new ArrayList<>(edt.violations()), "Swing was used off the event thread");
    }

    private void importsARegisterAndShowsItsBadLine(PortfolioWindow window) throws Exception {
        run(() -> app.portfolios().files().document().markSaved());
        Path register = dir.resolve("register.csv");
        Files.writeString(register, REGISTER, StandardCharsets.UTF_8);
        EventQueue.invokeLater(() -> app.portfolios().files().newFromRegister(register));
        waitUntil("the column-mapping form", 30, () -> dialog("column-mapping") != null);
        JDialog mapping = onEdt(() -> dialog("column-mapping"));
        assertFalse(onEdt(() -> find(mapping, "mapping-ok", JButton.class).isEnabled()), "nothing mapped to name");
        run(() -> {
            find(mapping, "map:Site", JComboBox.class).setSelectedItem("name");
            find(mapping, "map:Type", JComboBox.class).setSelectedItem("category");
            find(mapping, "map:Cost estimate", JComboBox.class).setSelectedItem("estimate");
            find(mapping, "map:Closes", JComboBox.class).setSelectedItem("closureYear");
            find(mapping, "map:Bond", JComboBox.class).setSelectedItem("assurance");
            find(mapping, "map:Hazard", JComboBox.class).setSelectedItem("hazardBeforeClosure");
        });
        screenshot(mapping, IMAGES.resolve("gui-portfolio-mapping.png"));
        run(() -> find(mapping, "mapping-ok", JButton.class).doClick());
        waitUntil("the imported register", 30, () -> app.portfolios().files().document() != null
                && app.portfolios().files().document().size() == 3);

        // the bad line's estimate cell is red, its tooltip the register reader's message
        run(() -> window.showTab(PortfolioWindow.SITES_TAB));
        JTable sites = find(window, "table:sites", JTable.class);
        int estimate = SiteColumn.ESTIMATE.ordinal();
        Component bad = onEdt(() -> sites.prepareRenderer(sites.getCellRenderer(1, estimate), 1, estimate));
        assertEquals(DesktopLook.ERROR_BACKGROUND, bad.getBackground());
        assertEquals("must be a number, was \"not known\"", ((JComponent) bad).getToolTipText());
        Component good = onEdt(() -> sites.prepareRenderer(sites.getCellRenderer(0, estimate), 0, estimate));
        assertNotNull(good);
        assertFalse(DesktopLook.ERROR_BACKGROUND.equals(good.getBackground()));
        screenshot(window, IMAGES.resolve("gui-portfolio-import.png"));

        // fixed in place through the table's editor
        run(() -> {
            assertTrue(sites.editCellAt(1, estimate));
            ((JTextComponent) sites.getEditorComponent()).setText("800000");
            sites.getCellEditor().stopCellEditing();
        });
        assertEquals(List.of(), onEdt(() -> app.portfolios().files().document().problems()));
        assertTrue(onEdt(() -> window.getTitle().startsWith("*register.portfolio.json")));
    }

    /**
     * The levy's context menu offers Sweep… and Find break-even…; a 3-value sweep of the bundled
     * register at few iterations runs off the event thread and shows the fund's exhaustion
     * against the levy with one point per value and the table, and the portfolio is left as it
     * was (the document is not dirtied, its levy unchanged).
     */
    @Test
    void theLevysContextMenuSweepsThePortfolio() throws Exception {
        DesktopApp.Settings settings = new DesktopApp.Settings(dir.resolve("home"), prefs, () -> exited.set(true), 2,
                60_000);
        app = onEdt(() -> DesktopApp.start(null, settings));
        run(() -> app.portfolios().openBundled(PortfolioMenus.EXAMPLE));
        PortfolioWindow window = onEdt(() -> app.portfolios().window());
        waitUntil("the bundled register to open", 60, () -> app.portfolios().files().document() != null);
        double levy = onEdt(() -> app.portfolios().files().document().settings().fund().contributionPercent());
        boolean dirty = onEdt(() -> app.portfolios().files().document().isDirty());

        run(() -> {
            JTextField field = find(window, "portfolio-levy", JTextField.class);
            javax.swing.JPopupMenu menu = field.getComponentPopupMenu();
            assertNotNull(menu, "the levy has a context menu");
            menu.show(field, 4, 4);
            List<String> names = new ArrayList<>();
            javax.swing.JMenuItem sweep = null;
            for (Component c : menu.getComponents()) {
                if (c instanceof javax.swing.JMenuItem m) {
                    names.add(m.getName());
                    sweep = "sweep".equals(m.getName()) ? m : sweep;
                }
            }
            assertEquals(List.of("sweep", "break-even"), names);
            sweep.doClick();
            menu.setVisible(false);
        });
        waitUntil("the sweep dialog to open", 10, () -> dialog("sweep-dialog") != null);
        JDialog sweep = onEdt(() -> dialog("sweep-dialog"));
        run(() -> {
            find(sweep, "sweep-list", javax.swing.JRadioButton.class).doClick();
            find(sweep, "sweep-values", JTextField.class).setText("0, 1, 3");
            find(sweep, "sweep-iterations", JTextField.class).setText("100");
            find(sweep, "sweep-run", JButton.class).doClick();
        });
        waitUntil("the sweep to finish", 120, () -> find(sweep, "sweep-table", JTable.class).getRowCount() == 3);
        XYPlot exhaustion = onEdt(() -> find(sweep, "sweep-chart:"
                + org.closureassurance.charts.PortfolioSweepCharts.EXHAUSTION, ChartPanel.class).getChart()
                .getXYPlot());
        assertEquals(3, exhaustion.getDataset().getItemCount(0));
        assertEquals(3.0, exhaustion.getDataset().getXValue(0, 2), 1e-12);
        assertEquals("1", onEdt(() -> find(sweep, "sweep-table", JTable.class).getValueAt(1, 0)));
        screenshot(sweep, IMAGES.resolve("gui-portfolio-sweep.png"));
        run(() -> find(sweep, "sweep-close", JButton.class).doClick());
        assertEquals(levy, onEdt(() -> app.portfolios().files().document().settings().fund().contributionPercent()));
        assertEquals(dirty, onEdt(() -> app.portfolios().files().document().isDirty()));
        assertEquals(List.of(), new ArrayList<>(edt.violations()), "Swing was used off the event thread");
    }

    private static JDialog dialog(String name) {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && name.equals(d.getName()) && d.isShowing()) {
                return d;
            }
        }
        return null;
    }

    /** The number of series over every dataset of the chart's plot. */
    private static int seriesCount(JFreeChart chart) {
        List<Integer> counts = new ArrayList<>();
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                counts.add(xy.getDataset(i) == null ? 0 : xy.getDataset(i).getSeriesCount());
            }
        } else if (chart.getPlot() instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDatasetCount(); i++) {
                counts.add(cp.getDataset(i) == null ? 0 : cp.getDataset(i).getRowCount());
            }
        }
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
