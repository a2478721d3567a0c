package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Arrays;
import javax.swing.GroupLayout;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.closureassurance.desktop.gui.portfolio.CellOrder;
import org.closureassurance.desktop.gui.portfolio.PortfolioDocument;
import org.closureassurance.desktop.gui.portfolio.SiteColumn;
import org.closureassurance.desktop.gui.portfolio.SiteFilter;

/**
 * The Sites tab of the portfolio window: the register as a sortable, filterable table whose
 * register lines are edited in place; a cell with a problem is red, and its tooltip says what
 * the register check found. Widgets only: the document decides what a cell shows and accepts.
 */
final class PortfolioSitesPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final SitesModel model = new SitesModel();
    private final FittedTable table = new FittedTable(model);
    private final TableRowSorter<SitesModel> sorter = new TableRowSorter<>(model);
    private final JTextField filter = new JTextField(24);
    private final JCheckBox problemsOnly = new JCheckBox("Only sites with problems");
    private final JLabel count = PlainText.label("");

    PortfolioSitesPanel() {
        super(new BorderLayout(0, DesktopLook.GAP));
        table.setName("table:sites");
        filter.setName("sites-filter");
        problemsOnly.setName("sites-problems-only");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setDefaultRenderer(Object.class, new ProblemRenderer());
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        for (int c = 0; c < SiteColumn.values().length; c++) {
            sorter.setComparator(c, new CellOrder());
        }
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { refilter(); }
            @Override public void removeUpdate(DocumentEvent e) { refilter(); }
            @Override public void changedUpdate(DocumentEvent e) { refilter(); }
        });
        problemsOnly.addActionListener(e -> refilter());
        add(filterRow(), BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    private JPanel filterRow() {
        JPanel row = new JPanel();
        GroupLayout g = new GroupLayout(row);
        row.setLayout(g);
        g.setAutoCreateGaps(true);
        JLabel label = PlainText.label("Filter:");
        label.setLabelFor(filter);
        g.setHorizontalGroup(g.createSequentialGroup().addComponent(label)
                .addComponent(filter, GroupLayout.PREFERRED_SIZE, GroupLayout.DEFAULT_SIZE, GroupLayout.PREFERRED_SIZE)
                .addComponent(problemsOnly).addGap(0, 0, Short.MAX_VALUE).addComponent(count));
        g.setVerticalGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(label)
                .addComponent(filter).addComponent(problemsOnly).addComponent(count));
        return row;
    }

    /** Shows {@code document} (null: none). */
    void show(PortfolioDocument document) {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        model.document = document;
        model.fireTableDataChanged();
        table.fitColumnsToContent();
        refilter();
    }

    /** The document changed: every cell may show something else. */
    void refresh() {
        if (!table.isEditing()) {
            model.fireTableDataChanged();
        }
        refilter();
    }

    private void refilter() {
        SiteFilter f = new SiteFilter(filter.getText(), problemsOnly.isSelected());
        sorter.setRowFilter(new RowFilter<SitesModel, Integer>() {
            @Override
            public boolean include(Entry<? extends SitesModel, ? extends Integer> entry) {
                return model.document != null && f.matches(model.document, entry.getIdentifier());
            }
        });
        int all = model.getRowCount();
        count.setText(all == table.getRowCount() ? all + " sites" : table.getRowCount() + " of " + all + " sites");
    }

    /** The document rows selected, in the document's order. */
    int[] selectedRows() {
        return Arrays.stream(table.getSelectedRows()).map(table::convertRowIndexToModel).sorted().toArray();
    }

    /** Selects document row {@code row} and starts editing its name. */
    void editName(int row) {
        refilter();
        int view = table.convertRowIndexToView(row);
        if (view >= 0) {
            table.setRowSelectionInterval(view, view);
            table.scrollRectToVisible(table.getCellRect(view, 0, true));
            table.editCellAt(view, SiteColumn.NAME.ordinal());
        }
    }

    JTable table() {
        return table;
    }

    /** The document as a table model: its columns, its cells, its editable cells. */
    private static final class SitesModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient PortfolioDocument document;

        @Override public int getRowCount() { return document == null ? 0 : document.size(); }

        @Override public int getColumnCount() { return SiteColumn.values().length; }

        @Override public String getColumnName(int c) { return SiteColumn.values()[c].heading(); }

        @Override public Object getValueAt(int r, int c) { return document.text(r, SiteColumn.values()[c]); }

        @Override public boolean isCellEditable(int r, int c) { return document.editable(r, SiteColumn.values()[c]); }

        @Override
        public void setValueAt(Object value, int r, int c) {
            document.edit(r, SiteColumn.values()[c], value == null ? "" : value.toString());
        }

        String problem(int r, int c) {
            return document.problem(r, SiteColumn.values()[c]);
        }
    }

    /** Paints a cell with a problem red, with the problem as its tooltip; read-only cells grey. */
    private final class ProblemRenderer extends PlainText.TableRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            int r = t.convertRowIndexToModel(row);
            int c = t.convertColumnIndexToModel(column);
            String problem = model.problem(r, c);
            setToolTipText(problem);
            setHorizontalAlignment(SiteColumn.values()[c].numeric() ? RIGHT : LEFT);
            if (!selected) {
                setBackground(problem != null ? DesktopLook.ERROR_BACKGROUND
                        : model.isCellEditable(r, c) || SiteColumn.values()[c] == SiteColumn.SOURCE ? t.getBackground()
                        : DesktopLook.READ_ONLY_BACKGROUND);
                setForeground(problem != null ? DesktopLook.ERROR_TEXT : t.getForeground());
            }
            return this;
        }
    }
}
