package org.closureassurance.desktop.gui;

import static org.closureassurance.desktop.gui.GuiRobot.find;
import static org.closureassurance.desktop.gui.GuiRobot.onEdt;
import static org.closureassurance.desktop.gui.GuiRobot.run;
import static org.closureassurance.desktop.gui.GuiRobot.screenshot;
import static org.closureassurance.desktop.gui.GuiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.desktop.gui.view.MainWindow;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout of the real application window at the smallest supported size (1024 x 700) and a
 * large one: nothing moves when the first problem appears, a cost item's fields and every
 * column header show whole, tables read in full, the Answer page's chart shows its texts whole,
 * and Help opens the guide. Screenshots go to
 * {@code target/screenshots/} for a person to look at. Skipped without a display.
 */
class DesktopLayoutGuiTest {
    /** Not the documentation's pictures: these are for a person checking the layout. */
    private static final Path IMAGES = Path.of("target/screenshots");

    @TempDir
    Path dir;

    private Preferences prefs;
    private DesktopApp app;
    private final AtomicBoolean exited = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the GUI test needs one (xvfb-run)");
        prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        GuiRobot.quitDiscardingEdits(app, exited);
        prefs.removeNode();
    }

    private MainWindow start(int width, int height) throws Exception {
        DesktopApp.Settings settings = new DesktopApp.Settings(dir.resolve("home"), prefs, () -> exited.set(true), 2,
                60_000);
        app = onEdt(() -> DesktopApp.start(null, settings));
        MainWindow window = app.window();
        waitUntil("the default example to open", 30, () -> window.getTitle().startsWith("regulator-base-case"));
        run(() -> {
            window.setExtendedState(java.awt.Frame.NORMAL);
            window.setSize(width, height);
            window.validate();
        });
        return window;
    }

    @Test
    void theFirstProblemMovesNoFieldAndEveryFieldOfACostItemShowsAt1024By700() throws Exception {
        MainWindow window = start(1024, 700);
        run(() -> window.showEditorPage("costItems"));
        JPanel page = onEdt(() -> find(window, "page:costItems", JPanel.class));
        JTextField name = onEdt(() -> find(page, "name", JTextField.class));
        JTextField duration = onEdt(() -> find(page, "durationYears", JTextField.class));
        java.awt.Point before = onEdt(name::getLocationOnScreen);

        run(() -> duration.setText("three"));
        waitUntil("the problem to be listed", 10, () -> find(window, "problem-list", javax.swing.JList.class)
                .getModel().getSize() == 1);
        run(() -> window.validate());
        screenshot(window, IMAGES.resolve("layout-1024x700-costItems-problem.png"));

        assertEquals(before, onEdt(name::getLocationOnScreen), "the Name field moved when the first problem appeared");
        javax.swing.JViewport form = onEdt(() -> (javax.swing.JViewport) javax.swing.SwingUtilities.getAncestorOfClass(
                javax.swing.JViewport.class, duration));
        for (String field : List.of("name", "category", "pricing", "quantity", "unitCost", "startYear",
                "durationYears")) {
            java.awt.Rectangle inView = onEdt(() -> {
                java.awt.Component c = find(page, field, JComponent.class);
                java.awt.Rectangle r = javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(),
                        form);
                return r.intersection(new java.awt.Rectangle(0, 0, form.getWidth(), form.getHeight()));
            });
            int height = onEdt(() -> find(page, field, JComponent.class).getHeight());
            assertEquals(height, inView.height, field + " is not wholly in view at 1024 x 700");
        }
        JTable table = onEdt(() -> find(page, "table:costItems", JTable.class));
        int per = onEdt(() -> table.getColumnModel().getColumnIndex("Priced per"));
        assertEquals("USD per m3", onEdt(() -> ((javax.swing.JLabel) table.prepareRenderer(
                table.getCellRenderer(0, per), 0, per)).getText()), "a unit cost's unit says its currency");
        for (int c = 0; c < onEdt(table::getColumnCount); c++) {
            int column = c;
            String header = onEdt(() -> table.getColumnName(column));
            int needed = onEdt(() -> table.getTableHeader().getFontMetrics(table.getTableHeader().getFont())
                    .stringWidth(header));
            int width = onEdt(() -> table.getColumnModel().getColumn(column).getWidth());
            assertTrue(width > needed, "column " + header + " is " + width + " px, its header needs " + needed);
        }
    }

    /**
     * The Answer page's bond sizing chart at 1024 x 700. JFreeChart neither wraps nor shortens
     * axis labels and legend entries, so the chart must be laid out at a width where every text
     * of it fits (it was laid out 300 px wide, which cut the axis label to "ional assurance added
     * in cash (USD, at the forf" and the legend and marker labels at the right edge), and not be
     * shrunk below 80 % of that width to show it (an 11-px label stays above 8.5 px).
     */
    @Test
    void theAnswerChartShowsEveryTextWholeAt1024By700() throws Exception {
        MainWindow window = start(1024, 700);
        run(() -> {
            find(window, "iterations", JTextField.class).setText("2000");
            find(window, "run", JButton.class).doClick();
        });
        waitUntil("the run to finish", 120, () -> app.runs().lastCompleted() != null && !app.runs().state().running());
        run(window::validate);
        screenshot(window, IMAGES.resolve("layout-1024x700-answer.png"));
        ChartPanel answer = onEdt(() -> find(window, "answer-chart", ChartPanel.class));
        int[] inner = onEdt(() -> {
            Insets in = answer.getInsets();
            return new int[] {answer.getWidth() - in.left - in.right, answer.getHeight() - in.top - in.bottom};
        });
        int drawWidth = Math.max(inner[0], answer.getMinimumDrawWidth());
        int drawHeight = Math.max(inner[1], answer.getMinimumDrawHeight());

        assertEquals(List.of(), textsCut(onEdt(answer::getChart), drawWidth, drawHeight));
        assertTrue(inner[0] >= 0.8 * drawWidth, "the chart is drawn " + drawWidth + " px wide and shrunk into "
                + inner[0] + " px");
    }

    /**
     * The Compare tab at 1024 x 700: the table kept eleven rows and left the two charts below it
     * about 20 px, drawn as smears. The charts get at least their minimum of 200 px; the table
     * scrolls instead.
     */
    @Test
    void theCompareChartsKeepTheirHeightAt1024By700() throws Exception {
        MainWindow window = start(1024, 700);
        run(() -> {
            window.showTab(MainWindow.COMPARE_TAB);
            window.validate();
        });
        screenshot(window, IMAGES.resolve("layout-1024x700-compare.png"));
        for (String chart : List.of("compare-liability-chart", "compare-bond-sizing-chart")) {
            int height = onEdt(() -> find(window, chart, ChartPanel.class).getHeight());
            assertTrue(height >= 200, chart + " is " + height + " px high");
        }
    }

    /** The texts of {@code chart}, drawn {@code width} x {@code height}, that run past its left or right edge. */
    private static List<String> textsCut(JFreeChart chart, int width, int height) {
        Matcher m = Pattern.compile("<text x='([-0-9.E]+)' y='[-0-9.E]+' style='([^']*)'([^>]*)>([^<]*)</text>")
                .matcher(ChartExport.svgElement(chart, width, height, "answer"));
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<String> cut = new ArrayList<>();
        while (m.find()) {
            String style = m.group(2);
            if (m.group(3).contains("transform") || m.group(4).isBlank()) {
                continue;
            }
            Matcher size = Pattern.compile("font-size: ([0-9.]+)px").matcher(style);
            assertTrue(size.find(), style);
            String family = style.replaceAll(".*font-family: ([^;,]*)[;,].*", "$1").replace("\"", "");
            Font font = new Font(family, style.contains("font-weight: bold") ? Font.BOLD : Font.PLAIN,
                    (int) Math.round(Double.parseDouble(size.group(1))));
            String text = m.group(4).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            double x = Double.parseDouble(m.group(1));
            if (x < 0 || x + g2.getFontMetrics(font).stringWidth(text) > width) {
                cut.add(text);
            }
        }
        g2.dispose();
        return cut;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1024, 700", "1600, 1000"})
    void tablesReadInFullAndEveryInstrumentShowsItsAmount(int width, int height) throws Exception {
        MainWindow window = start(width, height);
        String tag = width + "x" + height;
        for (String page : List.of("general", "closure", "costItems", "indirectCosts", "waterTreatment",
                "rehabilitation", "riskEvents", "assurance")) {
            run(() -> window.showEditorPage(page));
            screenshot(window, IMAGES.resolve("layout-" + tag + "-" + page + ".png"));
        }
        if (width >= 1600) {
            for (String page : List.of("costItems", "waterTreatment", "rehabilitation", "riskEvents")) {
                JTable table = onEdt(() -> find(window, "table:" + page, JTable.class));
                assertEquals(null, onEdt(() -> everyValueFits(table)), "a distribution in " + page + " is cut");
            }
        }
        JTable assurance = onEdt(() -> find(window, "table:assurance", JTable.class));
        int amount = onEdt(() -> assurance.getColumnModel().getColumnIndex("Amount"));
        for (int r = 0; r < onEdt(assurance::getRowCount); r++) {
            int row = r;
            String shown = onEdt(() -> ((javax.swing.JLabel) assurance.prepareRenderer(
                    assurance.getCellRenderer(row, amount), row, amount)).getText());
            assertFalse(shown.isBlank(), "the Amount of instrument " + row + " is blank");
        }

        JTable water = onEdt(() -> find(window, "table:waterTreatment", JTable.class));
        int duration = onEdt(() -> water.getColumnModel().getColumnIndex("Duration"));
        for (int r = 0; r < onEdt(water::getRowCount); r++) {
            int row = r;
            int needed = onEdt(() -> water.prepareRenderer(water.getCellRenderer(row, duration), row, duration)
                    .getPreferredSize().width);
            assertTrue(needed <= onEdt(() -> water.getColumnModel().getColumn(duration).getWidth()),
                    "the duration of water stream " + row + " is cut");
        }

        run(() -> {
            find(window, "iterations", JTextField.class).setText("2000");
            find(window, "run", JButton.class).doClick();
        });
        waitUntil("the run to finish", 120, () -> app.runs().lastCompleted() != null);
        run(() -> window.showTab(MainWindow.RESULTS_TAB));
        for (String tab : List.of("Statistics", "Sensitivity ranking")) {
            run(() -> {
                javax.swing.JTabbedPane tabs = resultsTabs(window);
                tabs.setSelectedIndex(tabs.indexOfTab(tab));
            });
            JTable table = onEdt(() -> find(window, tab.equals("Statistics") ? "statistics" : "sensitivity",
                    JTable.class));
            waitUntil("the " + tab + " columns to fit", 10, () -> everyCellFits(table) == null);
            screenshot(window, IMAGES.resolve("layout-" + tag + "-" + tab.replaceAll("\\W", "") + ".png"));
        }
    }

    /** The first cell of a Value column whose text is wider than its column, or null. */
    private static String everyValueFits(JTable table) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            int width = table.getColumnModel().getColumn(c).getWidth();
            for (int r = 0; r < table.getRowCount(); r++) {
                java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
                String text = ((javax.swing.JLabel) cell).getText();
                boolean value = text.matches("(Uniform|Triangular|PERT|Normal|Log-normal|Discrete) .*");
                if (value && cell.getPreferredSize().width > width) {
                    return table.getColumnName(c) + " row " + r + ": " + text;
                }
            }
        }
        return null;
    }

    /** The first cell (or header) whose text is wider than its column, or null. */
    private static String everyCellFits(JTable table) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            int width = table.getColumnModel().getColumn(c).getWidth();
            for (int r = 0; r < table.getRowCount(); r++) {
                java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
                if (cell.getPreferredSize().width > width) {
                    return table.getColumnName(c) + " row " + r;
                }
            }
        }
        return null;
    }

    @Test
    void theHelpMenuOpensTheGuide() throws Exception {
        MainWindow window = start(1024, 700);
        run(() -> {
            javax.swing.JMenu help = null;
            for (int i = 0; i < window.getJMenuBar().getMenuCount(); i++) {
                if (window.getJMenuBar().getMenu(i).getText().equals("Help")) {
                    help = window.getJMenuBar().getMenu(i);
                }
            }
            for (java.awt.Component item : help.getMenuComponents()) {
                if (item instanceof javax.swing.JMenuItem m && m.getText().equals("Guide")) {
                    m.doClick();
                }
            }
        });
        waitUntil("the guide to open", 10, () -> guide() != null);
        javax.swing.JDialog guide = onEdt(DesktopLayoutGuiTest::guide);
        String text = onEdt(() -> find(guide, "guide-text", javax.swing.JEditorPane.class).getText());
        screenshot(guide, IMAGES.resolve("gui-guide.png"));
        java.awt.event.ActionListener escape = onEdt(() -> guide.getRootPane().getActionForKeyStroke(
                javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0)));
        // The guide has no Close button: Escape closes it, as it does the distribution editor.
        assertTrue(escape != null, "Escape does not close the guide");
        run(() -> escape.actionPerformed(new java.awt.event.ActionEvent(guide, 0, "escape")));

        assertTrue(text.contains("Reading the answer"), text);
        assertFalse(onEdt(guide::isDisplayable), "the guide is still open after Escape");
    }

    private static javax.swing.JDialog guide() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w instanceof javax.swing.JDialog d && "guide".equals(d.getName()) && d.isShowing()) {
                return d;
            }
        }
        return null;
    }

    private static javax.swing.JTabbedPane resultsTabs(java.awt.Container root) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof javax.swing.JTabbedPane t && t.indexOfTab("Statistics") >= 0) {
                return t;
            }
            if (c instanceof java.awt.Container inner) {
                javax.swing.JTabbedPane t = resultsTabs(inner);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
