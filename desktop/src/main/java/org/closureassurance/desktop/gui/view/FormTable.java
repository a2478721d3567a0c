package org.closureassurance.desktop.gui.view;

import java.awt.Color;
import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.TableCellEditor;
import javax.swing.table.TableColumn;
import org.closureassurance.charts.InputLabels;
import org.closureassurance.desktop.gui.form.Choice;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.desktop.gui.form.PricePer;
import org.closureassurance.desktop.gui.form.ValueForm;

/**
 * A table of element forms (cost items, schedule steps): text and plain numbers are typed in
 * the cells, choices and units picked from lists, and a distribution opened in the distribution
 * editor by double-clicking it (or from the right-click menu). Cells with a problem are tinted
 * and say what the problem is when hovered.
 */
final class FormTable extends FittedTable {
    /** The widest a column grows to show its cells whole, in average characters. */
    private static final int MOST_CHARACTERS = 40;
    private static final long serialVersionUID = 1L;

    /** Opens the distribution editor for a Value cell. */
    @FunctionalInterface
    interface ValueOpener {
        void open(int row, FieldSpec column);
    }

    private final FormTableModel model;
    private final transient BiFunction<Integer, FieldSpec, String> problem;
    private transient BiFunction<ElementForm, FieldSpec, String> standIn = (row, column) -> "";
    private transient Supplier<String> currency = () -> "";
    /** The narrowest each column may be, whatever its cells: its header, its longest choice. */
    private int[] floors;
    /** The width set for each column before its cells are measured. */
    private int[] textWidths;
    private boolean watchingViewport;

    /**
     * A table over {@code model}. {@code problem} gives a cell's problem or null;
     * {@code choices} the options of a unit or input cell of a row.
     */
    FormTable(FormTableModel model, BiFunction<Integer, FieldSpec, String> problem,
              BiFunction<ElementForm, FieldSpec, List<String>> choices, ValueOpener opener) {
        super(model);
        this.model = model;
        this.problem = problem;
        PlainText.inert(this);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setFillsViewportHeight(true);
        putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        getTableHeader().setReorderingAllowed(false);
        DesktopLook.fitRows(this);
        setDefaultRenderer(Object.class, new Renderer());
        for (int c = 0; c < model.getColumnCount(); c++) {
            getColumnModel().getColumn(c).setCellEditor(editorFor(model.column(c), choices));
        }
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int r = rowAtPoint(e.getPoint());
                int c = columnAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && r >= 0 && c >= 0 && model.column(c).kind() == FieldKind.VALUE
                        && model.applies(r, c) && !model.isCellEditable(r, c)) {
                    opener.open(r, model.column(c));
                }
            }

            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                int r = rowAtPoint(e.getPoint());
                int c = columnAtPoint(e.getPoint());
                if (!e.isPopupTrigger() || r < 0 || c < 0 || model.column(c).kind() != FieldKind.VALUE
                        || !model.applies(r, c)) {
                    return;
                }
                setRowSelectionInterval(r, r);
                JPopupMenu menu = new JPopupMenu();
                JMenuItem edit = new JMenuItem("Edit distribution…");
                edit.addActionListener(a -> opener.open(r, model.column(c)));
                menu.add(edit);
                menu.show(FormTable.this, e.getX(), e.getY());
            }
        });
    }

    private TableCellEditor editorFor(FieldSpec spec, BiFunction<ElementForm, FieldSpec, List<String>> choices) {
        return switch (spec.kind()) {
            case CHOICE -> new DefaultCellEditor(new JComboBox<>(spec.choices().toArray(new Choice[0]))) {
                private static final long serialVersionUID = 1L;

                @Override
                public Component getTableCellEditorComponent(JTable t, Object value, boolean sel, int r, int c) {
                    @SuppressWarnings("unchecked")
                    JComboBox<Choice> box = (JComboBox<Choice>) getComponent();
                    box.setRenderer(new PlainText.ListRenderer());
                    for (Choice ch : spec.choices()) {
                        if (ch.id().equals(value)) {
                            box.setSelectedItem(ch);
                        }
                    }
                    return box;
                }
            };
            case UNIT, INPUT -> new DefaultCellEditor(new JComboBox<String>()) {
                private static final long serialVersionUID = 1L;

                @Override
                public Component getTableCellEditorComponent(JTable t, Object value, boolean sel, int r, int c) {
                    @SuppressWarnings("unchecked")
                    JComboBox<String> box = (JComboBox<String>) getComponent();
                    DefaultComboBoxModel<String> items = new DefaultComboBoxModel<>();
                    for (String s : choices.apply(model.row(r), spec)) {
                        items.addElement(s);
                    }
                    if (value instanceof String s && !s.isEmpty() && items.getIndexOf(s) < 0) {
                        items.addElement(s);
                    }
                    box.setModel(items);
                    box.setRenderer(spec.kind() == FieldKind.INPUT ? new InputRenderer() : new PlainText.ListRenderer());
                    box.setSelectedItem(value);
                    return box;
                }
            };
            default -> new DefaultCellEditor(PlainText.inert(new JTextField())) {
                private static final long serialVersionUID = 1L;

                @Override
                public Component getTableCellEditorComponent(JTable t, Object value, boolean sel, int r, int c) {
                    Object text = value instanceof ValueForm v ? v.parameter(DistributionKind.constantParameter()) : value;
                    return super.getTableCellEditorComponent(t, text, sel, r, c);
                }
            };
        };
    }

    /** What a cell shows: a Value's summary, a choice's label, an input's words, a price's unit with the currency. */
    private String shown(FieldSpec spec, Object entry) {
        if (spec.kind() == FieldKind.UNIT && PricePer.isPriceUnit(spec.key()) && entry instanceof String unit
                && !unit.isEmpty()) {
            return PricePer.label(currency.get(), unit);
        }
        return display(spec, entry);
    }

    /** What a cell shows: a Value's summary, a choice's label, an input's words. */
    static String display(FieldSpec spec, Object entry) {
        if (entry == null) {
            return "";
        }
        if (entry instanceof ValueForm v) {
            return v.kind() == DistributionKind.CONSTANT ? NumberText.grouped(v.parameter(DistributionKind.constantParameter())) : v.summary();
        }
        if (spec.kind() == FieldKind.ROWS && entry instanceof List<?> rows) {
            return rows.size() + (rows.size() == 1 ? " row" : " rows") + " (double-click to edit)";
        }
        String s = entry.toString();
        return switch (spec.kind()) {
            case CHOICE -> spec.choiceLabel(s);
            case INPUT -> inputLabel(s);
            default -> s;
        };
    }

    /** An input path in words with its section: "Plant demolition — amount (cost item)". */
    static String inputLabel(String path) {
        if (path.isBlank()) {
            return "";
        }
        String section = InputLabels.section(path);
        return InputLabels.label(path) + (section.isEmpty() ? "" : " (" + section + ")");
    }

    /** Shows input paths in words in lists. */
    static final class InputRenderer extends PlainText.ListRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean isSelected, boolean cellHasFocus) {
            return super.getListCellRendererComponent(list, value == null ? "" : inputLabel(value.toString()), index,
                    isSelected, cellHasFocus);
        }
    }

    private final class Renderer extends PlainText.TableRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                                                       boolean hasFocus, int row, int column) {
            int r = convertRowIndexToModel(row);
            int c = convertColumnIndexToModel(column);
            FieldSpec spec = model.column(c);
            boolean applies = model.applies(r, c);
            setBackground(null);
            setForeground(null);
            Component comp = super.getTableCellRendererComponent(table, applies ? shown(spec, value)
                    : standIn.apply(model.row(r), spec), isSelected, hasFocus, row, column);
            String p = applies ? problem.apply(r, spec) : null;
            String shown = getText();
            boolean distribution = spec.kind() == FieldKind.VALUE && applies && !model.isCellEditable(r, c);
            setToolTipText(p != null ? "Problem: " + p : distribution ? shown + " (double-click to edit the distribution)"
                    : shown.isEmpty() ? null : shown);
            if (p != null) {
                comp.setBackground(isSelected ? DesktopLook.ERROR_TEXT : DesktopLook.ERROR_BACKGROUND);
                comp.setForeground(isSelected ? Color.WHITE : DesktopLook.ERROR_TEXT);
            } else if (!isSelected) {
                comp.setForeground(applies ? table.getForeground() : DesktopLook.MUTED_TEXT);
                if (applies && spec.kind() == FieldKind.VALUE && !model.isCellEditable(r, c)) {
                    comp.setBackground(DesktopLook.READ_ONLY_BACKGROUND);
                }
            }
            return comp;
        }
    }

    /**
     * Shows {@code text} of a row, muted, in the cells of columns whose field does not apply to
     * it (the assurance table's Amount of a scheduled bond), instead of leaving them blank.
     */
    void showWhereNotApplicable(BiFunction<ElementForm, FieldSpec, String> text) {
        standIn = text;
    }

    /** Widens a choice column to its longest label ("Until a concentration decays"), which is never cut. */
    private void fitChoicesWhole() {
        FontMetrics metrics = getFontMetrics(getFont());
        for (int c = 0; c < model.getColumnCount(); c++) {
            int widest = 0;
            for (Choice choice : model.column(c).choices()) {
                widest = Math.max(widest, metrics.stringWidth(choice.label()) + DesktopLook.px(12));
            }
            TableColumn column = getColumnModel().getColumn(c);
            column.setMinWidth(Math.max(column.getMinWidth(), widest));
            column.setPreferredWidth(Math.max(column.getPreferredWidth(), widest));
        }
    }

    /** Where the scenario's currency comes from, for the units prices are per ("USD per m3"). */
    void currencyFrom(Supplier<String> source) {
        currency = source;
    }

    /** Stops any cell edit in progress, keeping what was typed. */
    void commitEdit() {
        if (isEditing()) {
            getCellEditor().stopCellEditing();
        }
    }

    /** Selects model row {@code r} and scrolls to it. */
    void selectRow(int r) {
        if (r >= 0 && r < getRowCount()) {
            setRowSelectionInterval(r, r);
            SwingUtilities.invokeLater(() -> scrollRectToVisible(getCellRect(r, 0, true)));
        } else {
            clearSelection();
        }
    }

    /** The column's preferred width as a multiple of the font's average character width, at least its header's. */
    void widths(Function<FieldSpec, Integer> chars) {
        int w = getFontMetrics(getFont()).charWidth('n');
        for (int c = 0; c < model.getColumnCount(); c++) {
            getColumnModel().getColumn(c).setPreferredWidth(chars.apply(model.column(c)) * w);
        }
        fitColumnsToHeaders();
        fitChoicesWhole();
        floors = new int[getColumnCount()];
        textWidths = new int[getColumnCount()];
        for (int c = 0; c < floors.length; c++) {
            floors[c] = getColumnModel().getColumn(c).getMinWidth();
            textWidths[c] = getColumnModel().getColumn(c).getPreferredWidth();
        }
        // after the table has taken in the new rows (listeners run last-added first)
        model.addTableModelListener(e -> SwingUtilities.invokeLater(this::fitToRows));
    }

    /**
     * Gives each column room for its widest cell ("Log-normal mean 9.5 M, sd 2.4 M"), up to
     * {@value #MOST_CHARACTERS} characters; names and other free text keep their set width and
     * give way first. When the viewport has room for every value whole, values are never cut;
     * in a narrower one the room is shared out down to the headers, and a cut cell shows whole
     * when hovered.
     */
    private void fitToRows() {
        int cap = MOST_CHARACTERS * getFontMetrics(getFont()).charWidth('n');
        int[] wanted = new int[getColumnCount()];
        int total = 0;
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = isFreeText(c) ? floors[c] : Math.max(floors[c], Math.min(contentWidth(c), cap));
            total += wanted[c];
        }
        boolean room = getParent() != null && getParent().getWidth() >= total;
        for (int c = 0; c < wanted.length; c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setMinWidth(room ? wanted[c] : floors[c]);
            column.setPreferredWidth(isFreeText(c) ? textWidths[c] : wanted[c]);
        }
    }

    private boolean isFreeText(int c) {
        FieldKind kind = model.column(c).kind();
        return kind == FieldKind.TEXT || kind == FieldKind.CATEGORIES;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() != null && floors != null && !watchingViewport) {
            watchingViewport = true;
            getParent().addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    fitToRows();
                }
            });
        }
    }
}
