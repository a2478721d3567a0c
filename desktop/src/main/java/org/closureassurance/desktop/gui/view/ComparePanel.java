package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.GroupLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.closureassurance.desktop.gui.compare.ComparePresenter;
import org.closureassurance.desktop.gui.compare.Comparison;
import org.closureassurance.desktop.gui.results.ResultsExporter;

/**
 * The Compare tab, view of the {@link ComparePresenter}: what is pinned as run A, the headline
 * figures of A and of the latest run B with their differences, and both runs' liability
 * S-curves and bond sizing curves overlaid.
 */
final class ComparePanel extends JPanel implements ComparePresenter.View {
    private static final long serialVersionUID = 1L;
    private static final String HOW = "Pin a run (Pin for comparison), change an assumption (the discount rate, say, or "
            + "a self-bond instead of a surety bond), and run again: the two runs are compared here.";

    final JButton pin = new JButton("Pin latest run as A");
    final JButton clear = new JButton("Clear");
    private final JLabel pinned = PlainText.label("Nothing pinned yet.");
    private final JLabel latest = PlainText.label(" ");
    private final JLabel explanation = new JLabel(HOW);
    private final JLabel changes = PlainText.label(" ");
    private final JLabel outdated = PlainText.label(" ");
    /** Figure, A, B, and B − A. */
    private final ListTableModel<Comparison.Row> rows = new ListTableModel<>(
            List.of("Figure", "A (pinned)", "B (latest)", "B − A"), (row, index, column) -> switch (column) {
                case 0 -> row.figure();
                case 1 -> row.pinned();
                case 2 -> row.current();
                default -> row.difference();
            });
    private final ResultChartPanel liability;
    private final ResultChartPanel bondSizing;
    private final JLabel note = PlainText.label(" ");

    ComparePanel(BiConsumer<String, ResultsExporter.ChartFormat> export) {
        super(new BorderLayout());
        setName("compare");
        liability = new ResultChartPanel(export);
        bondSizing = new ResultChartPanel(export);
        liability.setName("compare-liability-chart");
        bondSizing.setName("compare-bond-sizing-chart");
        pin.setName("compare-pin");
        clear.setName("compare-clear");
        pinned.setName("compare-pinned");
        pinned.setFont(DesktopLook.font(pinned, 1.1f, true));
        latest.setFont(DesktopLook.font(latest, 1.1f, true));
        explanation.setForeground(DesktopLook.MUTED_TEXT);
        changes.setName("compare-changes");
        changes.setForeground(DesktopLook.ACCENT);
        outdated.setName("compare-outdated");
        outdated.setForeground(DesktopLook.ERROR_TEXT);
        note.setForeground(DesktopLook.MUTED_TEXT);
        add(layoutHeader(), BorderLayout.NORTH);
        JTable table = new JTable(rows);
        PlainText.inert(table);
        table.setName("compare-table");
        table.setDefaultRenderer(Object.class, new PlainText.TableRenderer());
        DefaultTableCellRenderer right = new PlainText.TableRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 1; c < 4; c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
        }
        table.getColumnModel().getColumn(0).setPreferredWidth(DesktopLook.px(380));
        table.getTableHeader().setReorderingAllowed(false);
        DesktopLook.fitRows(table);
        table.setFillsViewportHeight(true);
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(DesktopLook.px(900),
                table.getRowHeight() * 10));
        JPanel charts = new JPanel(new GridLayout(1, 2, DesktopLook.px(8), 0));
        charts.add(liability);
        charts.add(bondSizing);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(note, BorderLayout.NORTH);
        bottom.add(charts, BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), bottom);
        split.setResizeWeight(0);
        charts.setMinimumSize(new java.awt.Dimension(0, DesktopLook.px(200)));
        keepChartsReadable(split, bottom, table.getRowHeight());
        split.setBorder(BorderFactory.createEmptyBorder(0, DesktopLook.px(8), DesktopLook.px(8), DesktopLook.px(8)));
        add(split, BorderLayout.CENTER);
    }

    /**
     * Puts the divider under eleven rows of the table, unless that would leave the charts below
     * less than their minimum height (a 700 px window left them 20 px, drawn as smears): then
     * the table, which scrolls, gives way, down to three rows. Once the user drags the divider,
     * it stays where they put it.
     */
    private static void keepChartsReadable(JSplitPane split, JPanel bottom, int rowHeight) {
        int wanted = rowHeight * 11 + DesktopLook.px(12);
        boolean[] moved = {false};
        if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI ui) {
            ui.getDivider().addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseReleased(java.awt.event.MouseEvent e) {
                    moved[0] = true;
                }
            });
        }
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (moved[0] || split.getHeight() <= 0) {
                    return;
                }
                int room = split.getHeight() - split.getDividerSize() - split.getInsets().top
                        - split.getInsets().bottom - bottom.getMinimumSize().height;
                split.setDividerLocation(Math.max(rowHeight * 3, Math.min(wanted, room)));
            }
        });
        split.setDividerLocation(wanted);
    }

    private JPanel layoutHeader() {
        JPanel header = new JPanel();
        header.setBorder(DesktopLook.pad(12));
        GroupLayout g = new GroupLayout(header);
        header.setLayout(g);
        g.setAutoCreateGaps(true);
        JLabel title = new JLabel("Compare two runs");
        title.setFont(DesktopLook.font(title, 1.35f, true));
        g.setHorizontalGroup(g.createParallelGroup()
                .addGroup(g.createSequentialGroup().addComponent(title).addGap(0, 0, Short.MAX_VALUE)
                        .addComponent(pin).addComponent(clear))
                .addComponent(explanation, 0, GroupLayout.DEFAULT_SIZE, Short.MAX_VALUE)
                .addComponent(pinned)
                .addComponent(latest)
                .addComponent(changes, 0, GroupLayout.DEFAULT_SIZE, Short.MAX_VALUE)
                .addComponent(outdated, 0, GroupLayout.DEFAULT_SIZE, Short.MAX_VALUE));
        g.setVerticalGroup(g.createSequentialGroup()
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(title).addComponent(pin)
                        .addComponent(clear))
                .addComponent(explanation)
                .addComponent(pinned)
                .addComponent(latest)
                .addComponent(changes)
                .addComponent(outdated));
        return header;
    }

    @Override
    public void pinChanged(boolean canPin, String pinnedLabel) {
        pin.setEnabled(canPin);
        clear.setEnabled(pinnedLabel != null);
        pinned.setText(pinnedLabel == null ? "Nothing pinned yet." : pinnedLabel);
    }

    @Override
    public void comparisonChanged(Comparison c) {
        List<Comparison.Row> shown = new java.util.ArrayList<>();
        if (c != null) {
            shown.addAll(c.rows());
            shown.addAll(c.rules());
        }
        rows.show(shown);
        latest.setText(c == null ? " " : c.currentLabel());
        changes.setText(c == null ? " " : c.changes().isEmpty() ? "The two scenarios are the same."
                : "Changed from A to B: " + String.join("; ", c.changes()));
        changes.setToolTipText(c == null || c.changes().isEmpty() ? null : String.join("\n", c.changes()));
        liability.show("liability-curves", c == null ? null : c.liability());
        bondSizing.show("bond-sizing-curves", c == null ? null : c.bondSizing());
        note.setText(c == null || c.note() == null ? " " : c.note());
    }

    @Override
    public void latestOutdated(String message) {
        outdated.setText(message == null ? " " : message);
    }
}
