package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.results.HeadlineFigures;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.simulator.results.Sensitivity;

/**
 * The Results tab: the answer and headline figures, one tab per chart of the run, every
 * statistic, and the inputs ranked by how much they move the liability. Partial results during
 * a run refresh the same tabs in place.
 */
final class ResultsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String EMPTY = "empty";
    private static final String RESULTS = "results";
    private static final Map<String, String> TITLES = Map.of(
            ChartSet.LIABILITY_DISTRIBUTION, "Liability",
            ChartSet.COVERAGE_TIMELINE, "Coverage over time",
            ChartSet.BOND_SIZING_CURVE, "Bond sizing",
            ChartSet.SENSITIVITY, "Sensitivity chart",
            ChartSet.WATER_TREATMENT_DURATION, "Water: duration",
            ChartSet.WATER_TREATMENT_VALUE, "Water: value",
            ChartSet.REHABILITATION_COMPLETION, "Rehabilitation",
            ChartSet.CONDITION_RECOVERY, "Land recovery",
            ChartSet.WRONG_WAY, "Wrong-way risk");

    private final CardLayout cards = new CardLayout();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel scenario = PlainText.label(" ");
    private final JLabel notice = PlainText.label(" ");
    private final HeadlinePanel headline = new HeadlinePanel();
    private final StatisticsTableModel statistics = new StatisticsTableModel();
    /** Inputs ranked by the magnitude of their rank correlation with the liability. */
    private final ListTableModel<Sensitivity> sensitivity = new ListTableModel<>(
            List.of("Rank", "Input", "Part of the scenario", "Spearman rho"), (s, index, column) -> switch (column) {
                case 0 -> Integer.toString(index + 1);
                case 1 -> org.closureassurance.charts.InputLabels.label(s.input());
                case 2 -> org.closureassurance.charts.InputLabels.section(s.input());
                default -> String.format(Locale.ROOT, "%+.3f", s.spearman());
            });
    private final List<ResultChartPanel> chartPanels = new ArrayList<>();
    private final ResultChartPanel answerChart;
    private final transient BiConsumer<String, ResultsExporter.ChartFormat> export;
    private List<String> chartNames = List.of();
    private String noticeBeforeOutdated;
    private Color colourBeforeOutdated;

    ResultsPanel(BiConsumer<String, ResultsExporter.ChartFormat> export) {
        setLayout(cards);
        this.export = export;
        answerChart = new ResultChartPanel(export);
        JLabel empty = new JLabel("Run the scenario (▶ Run, or F5) to see whether the assurance covers the liability.",
                SwingConstants.CENTER);
        empty.setFont(DesktopLook.font(empty, 1.2f, false));
        empty.setForeground(DesktopLook.MUTED_TEXT);
        add(empty, EMPTY);
        JPanel results = new JPanel(new BorderLayout());
        results.add(layoutHeader(), BorderLayout.NORTH);
        results.add(tabs, BorderLayout.CENTER);
        add(results, RESULTS);
        tabs.setName("result-tabs");
        JScrollPane figures = new JScrollPane(headline);
        figures.setBorder(BorderFactory.createEmptyBorder());
        JPanel answer = new JPanel(new BorderLayout());
        answer.setBackground(Color.WHITE);
        answer.add(figures, BorderLayout.WEST);
        answerChart.setName("answer-chart");
        answerChart.setBorder(DesktopLook.pad(12));
        answerChart.setBackground(Color.WHITE);
        answer.add(answerChart, BorderLayout.CENTER);
        tabs.addTab("Answer", answer);
        cards.show(this, EMPTY);
    }

    private JPanel layoutHeader() {
        JPanel header = new JPanel(new BorderLayout(0, DesktopLook.px(2)));
        header.setBorder(BorderFactory.createEmptyBorder(DesktopLook.px(10), DesktopLook.px(12), DesktopLook.px(8),
                DesktopLook.px(12)));
        scenario.setName("results-scenario");
        scenario.setFont(DesktopLook.font(scenario, 1.35f, true));
        notice.setName("results-notice");
        notice.setForeground(DesktopLook.MUTED_TEXT);
        header.add(scenario, BorderLayout.NORTH);
        header.add(notice, BorderLayout.SOUTH);
        return header;
    }

    /** Shows {@code run}; {@code partial} while the run is still going. */
    void show(CompletedRun run, boolean partial) {
        cards.show(this, RESULTS);
        scenario.setText(run.scenario().name());
        int done = run.results().run().completedIterations();
        int total = run.results().run().requestedIterations();
        notice(partial ? String.format(Locale.ROOT, "Partial results: %,d of %,d iterations so far…", done, total)
                : String.format(Locale.ROOT, "%,d iterations, seed %d, %s sampling.", done, run.results().seed(),
                run.results().sampling().id()), partial ? DesktopLook.ACCENT : DesktopLook.MUTED_TEXT);
        headline.show(HeadlineFigures.of(run.results(), run.currency()));
        showCharts(run.charts());
        statistics.show(run.results(), run.currency());
        sensitivity.show(run.results().sensitivity());
    }

    /** Adds a line under the scenario name (a cancelled run, say). */
    void notice(String text, Color colour) {
        notice.setForeground(colour);
        notice.setText(text);
        notice.setToolTipText(null);
        noticeBeforeOutdated = null;
    }

    /**
     * Marks the results shown as out of date ({@code message} says which run they are of), or,
     * with null, as current again, bringing back the line they had.
     */
    void outdated(String message) {
        if (message != null) {
            if (noticeBeforeOutdated == null) {
                noticeBeforeOutdated = notice.getText();
                colourBeforeOutdated = notice.getForeground();
            }
            notice.setForeground(DesktopLook.ERROR_TEXT);
            notice.setText(message);
            notice.setToolTipText(message);
        } else if (noticeBeforeOutdated != null) {
            notice(noticeBeforeOutdated, colourBeforeOutdated);
        }
    }

    /** Shows no results: another document replaced the one they were of. */
    void clear() {
        notice(" ", DesktopLook.MUTED_TEXT);
        cards.show(this, EMPTY);
    }

    private void showCharts(ChartSet set) {
        List<String> names = set.names();
        if (!names.equals(chartNames)) {
            String selected = tabs.getSelectedIndex() >= 0 ? tabs.getTitleAt(tabs.getSelectedIndex()) : null;
            while (tabs.getTabCount() > 1) {
                tabs.removeTabAt(1);
            }
            chartPanels.clear();
            for (String name : names) {
                ResultChartPanel panel = new ResultChartPanel(export);
                panel.setName("chart:" + name);
                chartPanels.add(panel);
                tabs.addTab(TITLES.getOrDefault(name, name), panel);
            }
            tabs.addTab("Statistics", table(new FittedTable(statistics), "statistics"));
            tabs.addTab("Sensitivity ranking", table(new FittedTable(sensitivity), "sensitivity"));
            chartNames = names;
            for (int i = 0; selected != null && i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).equals(selected)) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        set.get(ChartSet.BOND_SIZING_CURVE).ifPresent(c -> answerChart.show(c.name(), c.chart()));
        List<NamedChart> charts = set.charts();
        for (int i = 0; i < charts.size(); i++) {
            chartPanels.get(i).setToolTipText(charts.get(i).caption());
            chartPanels.get(i).show(charts.get(i).name(), charts.get(i).chart());
        }
    }

    private static JScrollPane table(FittedTable t, String name) {
        // after the table has rebuilt its columns for the new rows (listeners run last-added first)
        t.getModel().addTableModelListener(e -> SwingUtilities.invokeLater(t::fitColumnsToContent));
        PlainText.inert(t);
        t.setName(name);
        t.setDefaultRenderer(Object.class, new PlainText.TableRenderer());
        DesktopLook.fitRows(t);
        t.setAutoCreateRowSorter(false);
        t.getTableHeader().setReorderingAllowed(false);
        DefaultTableCellRenderer right = new PlainText.TableRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 0; c < t.getColumnCount(); c++) {
            if (t.getColumnName(c).matches("Count|Mean|SD|SE|Min|Max|P\\d+|Spearman rho|Rank")) {
                t.getColumnModel().getColumn(c).setCellRenderer(right);
            }
        }
        t.setFillsViewportHeight(true);
        int ch = t.getFontMetrics(t.getFont()).charWidth('n');
        for (int c = 0; c < t.getColumnCount(); c++) {
            String header = t.getColumnName(c);
            int chars = header.equals("Group") || header.equals("Figure") || header.equals("Input") ? 34
                    : header.equals("Part of the scenario") ? 18 : 9;
            t.getColumnModel().getColumn(c).setPreferredWidth(chars * ch);
        }
        return new JScrollPane(t);
    }

    String coverageText() {
        return headline.coverageText();
    }

    String noticeText() {
        return notice.getText();
    }

    JTabbedPane tabs() {
        return tabs;
    }
}
