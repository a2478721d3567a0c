package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.scenarios.ValidationError;

/**
 * A small table for a list inside an element (a bond's schedule, an accrual curve) with buttons
 * to add and remove rows. Every change is forwarded as the whole new list.
 */
final class RowsEditor extends JPanel {
    private static final long serialVersionUID = 1L;

    private final FormTableModel model;
    private final FormTable table;
    private final transient Consumer<List<ElementForm>> changed;
    private transient Assembly assembly;
    private String path = "";

    RowsEditor(FieldSpec spec, Consumer<List<ElementForm>> changed, FormTable.ValueOpener opener) {
        super(new BorderLayout(DesktopLook.px(6), 0));
        setOpaque(false);
        this.changed = changed;
        model = new FormTableModel(spec.rowFields(), this::edited);
        table = new FormTable(model, this::problem, (e, f) -> List.of(), opener);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(DesktopLook.px(320), DesktopLook.px(130)));
        add(scroll, BorderLayout.CENTER);
        JButton add = new JButton("Add row");
        JButton remove = new JButton("Remove row");
        add.addActionListener(e -> {
            table.commitEdit();
            List<ElementForm> rows = new ArrayList<>(model.rows());
            rows.add(rows.isEmpty() ? ElementForm.empty() : rows.get(rows.size() - 1));
            changed.accept(rows);
            table.selectRow(rows.size() - 1);
        });
        remove.addActionListener(e -> {
            int r = table.getSelectedRow();
            if (r >= 0) {
                table.commitEdit();
                List<ElementForm> rows = new ArrayList<>(model.rows());
                rows.remove(r);
                changed.accept(rows);
            }
        });
        JPanel buttons = new JPanel(new java.awt.GridLayout(0, 1, 0, DesktopLook.px(4)));
        buttons.setOpaque(false);
        buttons.add(add);
        buttons.add(remove);
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(buttons, BorderLayout.NORTH);
        add(top, BorderLayout.EAST);
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int r = table.rowAtPoint(e.getPoint());
                int c = table.columnAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && r >= 0 && c >= 0 && model.column(c).kind() == FieldKind.ROWS) {
                    editNested(r, model.column(c));
                }
            }
        });
    }

    /**
     * The rows inside row {@code r} (a tiered rule's brackets inside one add-on), edited in a
     * dialog of their own; closing it stores them in the row as one edit.
     */
    private void editNested(int r, FieldSpec column) {
        table.commitEdit();
        List<ElementForm> start = model.rows().get(r).rows(column.key());
        List<List<ElementForm>> now = new ArrayList<>(List.of(start));
        RowsEditor[] nested = new RowsEditor[1];
        nested[0] = new RowsEditor(column, rows -> {
            now.set(0, rows);
            nested[0].show(rows, path + "[" + r + "]." + column.key(), assembly);
        }, (row, col) -> { });
        nested[0].show(start, path + "[" + r + "]." + column.key(), assembly);
        javax.swing.JOptionPane.showMessageDialog(this, nested[0], column.label(),
                javax.swing.JOptionPane.PLAIN_MESSAGE);
        nested[0].table.commitEdit();
        if (!now.get(0).equals(start)) {
            edited(r, column.key(), now.get(0));
        }
    }

    private void edited(int r, String key, Object entry) {
        List<ElementForm> rows = new ArrayList<>(model.rows());
        rows.set(r, rows.get(r).with(key, entry));
        changed.accept(rows);
    }

    void show(List<ElementForm> rows, String rowsPath, Assembly a) {
        path = rowsPath;
        assembly = a;
        model.update(rows);
    }

    private String problem(int r, FieldSpec column) {
        if (assembly == null) {
            return null;
        }
        List<ValidationError> errors = assembly.errorsUnder(path + "[" + r + "]." + column.key());
        return errors.isEmpty() ? null : errors.get(0).message();
    }
}
