package org.closureassurance.desktop.gui.view;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.closureassurance.desktop.gui.form.Choice;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.ValueForm;

/**
 * Element forms as table rows, one column per field spec. Cells hold the form's raw entries
 * (text, or a {@link ValueForm}); what a cell shows and whether it has a problem are the
 * table's business. Edits are forwarded, never applied here: the presenter's state comes back
 * through {@link #update}.
 */
final class FormTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    /** Where cell edits go. */
    @FunctionalInterface
    interface Edits {
        void set(int row, String key, Object entry);
    }

    private final List<FieldSpec> columns;
    private final transient Edits edits;
    private transient List<ElementForm> rows = List.of();

    FormTableModel(List<FieldSpec> columns, Edits edits) {
        this.columns = List.copyOf(columns);
        this.edits = edits;
    }

    /** Shows {@code next}; keeps the selection when the number of rows is unchanged. */
    void update(List<ElementForm> next) {
        boolean sameSize = next.size() == rows.size();
        rows = List.copyOf(next);
        if (sameSize && !rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        } else if (!sameSize) {
            fireTableDataChanged();
        }
    }

    List<ElementForm> rows() {
        return rows;
    }

    FieldSpec column(int c) {
        return columns.get(c);
    }

    ElementForm row(int r) {
        return rows.get(r);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int c) {
        return columns.get(c).label();
    }

    @Override
    public Object getValueAt(int r, int c) {
        return rows.get(r).get(columns.get(c).key());
    }

    /** Whether the cell's field applies to its row at all. */
    boolean applies(int r, int c) {
        return columns.get(c).isShownFor(rows.get(r));
    }

    @Override
    public boolean isCellEditable(int r, int c) {
        FieldSpec spec = columns.get(c);
        if (!applies(r, c)) {
            return false;
        }
        return switch (spec.kind()) {
            case VALUE -> !(getValueAt(r, c) instanceof ValueForm v) || v.kind() == DistributionKind.CONSTANT;
            case LONG_TEXT, ROWS, FLAG -> false;
            default -> true;
        };
    }

    @Override
    public void setValueAt(Object value, int r, int c) {
        FieldSpec spec = columns.get(c);
        Object entry;
        if (spec.kind() == FieldKind.VALUE) {
            entry = ValueForm.constant(value == null ? "" : value.toString());
        } else if (value instanceof Choice choice) {
            entry = choice.id();
        } else {
            entry = value == null ? "" : value.toString();
        }
        if (!entry.equals(getValueAt(r, c))) {
            edits.set(r, spec.key(), entry);
        }
    }
}
