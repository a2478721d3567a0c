package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.table.DefaultTableModel;
import org.closureassurance.charts.ChartTable;

/** A {@link ChartTable} on screen: its caption above its rows, read-only, columns wide enough to read. */
final class ChartTablePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel caption = PlainText.label("");
    private final DefaultTableModel model = new DefaultTableModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final FittedTable table = new FittedTable(model);

    ChartTablePanel(String name) {
        super(new BorderLayout(0, DesktopLook.GAP));
        table.setName(name);
        table.setDefaultRenderer(Object.class, new PlainText.TableRenderer());
        add(caption, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        // beside a chart the table takes what the chart leaves; it scrolls rather than squeezing the chart
        setPreferredSize(new java.awt.Dimension(DesktopLook.px(420), DesktopLook.px(300)));
        setMinimumSize(new java.awt.Dimension(DesktopLook.px(200), DesktopLook.px(100)));
    }

    /** Shows {@code t} (null: nothing). */
    void show(ChartTable t) {
        if (t == null) {
            caption.setText("");
            model.setDataVector(new Object[0][], new Object[0]);
            return;
        }
        caption.setText(t.caption());
        Object[][] rows = t.rows().stream().map(r -> r.toArray(Object[]::new)).toArray(Object[][]::new);
        model.setDataVector(rows, t.headers().toArray());
        table.fitColumnsToContent();
    }
}
