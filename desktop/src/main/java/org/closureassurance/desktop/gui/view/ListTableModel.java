package org.closureassurance.desktop.gui.view;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table over a list of rows with fixed column names: what each cell shows is one
 * function of the row, its position and the column. Used for the sensitivity ranking and the
 * comparison of two runs.
 *
 * @param <T> the row type
 */
final class ListTableModel<T> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    /** The text or value of one cell. */
    @FunctionalInterface
    interface Cell<T> {
        /** The cell of {@code row} (at position {@code index}) in column {@code column}. */
        Object of(T row, int index, int column);
    }

    private final String[] columns;
    private final transient Cell<T> cell;
    private transient List<T> rows = List.of();

    ListTableModel(List<String> columns, Cell<T> cell) {
        this.columns = columns.toArray(new String[0]);
        this.cell = cell;
    }

    /** Shows {@code list} instead of the rows shown so far. */
    void show(List<T> list) {
        rows = List.copyOf(list);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int c) {
        return columns[c];
    }

    @Override
    public Object getValueAt(int r, int c) {
        return cell.of(rows.get(r), r, c);
    }
}
