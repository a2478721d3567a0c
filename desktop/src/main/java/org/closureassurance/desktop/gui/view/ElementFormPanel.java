package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.GroupLayout;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.LayoutStyle;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.Choice;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.PricePer;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.ValidationError;

/**
 * The form of one element (or of a page of top-level fields), built from its field specs: a
 * label, a widget and a line for the field's problems per field, in one or two columns; fields
 * that do not apply to the element are hidden. It forwards every edit and redraws from the
 * presenter's state; it keeps none of its own. In a viewport narrower than it would like, its
 * fields narrow down to their minimum before it scrolls sideways.
 */
final class ElementFormPanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;
    /** More short fields than this go into a second column. */
    private static final int COLUMN_ROWS = 9;

    /** Where edits go. */
    interface Edits {
        void set(String key, Object entry);

        /** A field lost the focus: the next keystrokes are a new undo step. */
        void seal();
    }

    /** Shows the unit a price is per with the scenario's currency: "USD per m3". */
    private final class PriceUnitRenderer extends PlainText.ListRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                               boolean isSelected, boolean cellHasFocus) {
            Object shown = value == null || value.toString().isEmpty() ? value
                    : PricePer.label(currency.get(), value.toString());
            return super.getListCellRendererComponent(list, shown, index, isSelected, cellHasFocus);
        }
    }

    private final transient Edits edits;
    private transient Supplier<String> currency = () -> "";
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final transient BiFunction<ElementForm, FieldSpec, List<String>> choices;
    private transient ElementForm form = ElementForm.empty();
    private String elementPath = "";
    private List<String> visible = List.of();
    private boolean updating;
    private boolean oneColumn;
    private int twoColumnWidth;
    private boolean watching;

    /** One field's widgets. */
    private final class Row {
        final FieldSpec spec;
        final JLabel label;
        final JComponent widget;
        final JComponent editor;
        final JComboBox<String> unit;
        final JLabel problem = PlainText.label(" ");

        Row(FieldSpec spec) {
            this.spec = spec;
            this.label = new JLabel(spec.label());
            this.label.setToolTipText(spec.help());
            this.unit = spec.unitKey() == null ? null : new JComboBox<>();
            this.editor = makeEditor();
            this.widget = unit == null ? editor : withUnit();
            problem.setForeground(DesktopLook.ERROR_TEXT);
            problem.setFont(DesktopLook.font(problem, 0.92f, false));
            problem.setVisible(false);
            label.setLabelFor(editor);
            editor.setToolTipText(spec.help());
            editor.setName(spec.key());
        }

        private JComponent withUnit() {
            JPanel p = new JPanel(new BorderLayout(DesktopLook.px(6), 0));
            p.setOpaque(false);
            p.add(editor, BorderLayout.CENTER);
            p.add(unit, BorderLayout.EAST);
            boolean price = PricePer.isPriceUnit(spec.unitKey());
            unit.setRenderer(price ? new PriceUnitRenderer() : new PlainText.ListRenderer());
            unit.setName(spec.unitKey());
            unit.setPrototypeDisplayValue(price ? "USD per gal/min" : "gal/min");
            unit.addActionListener(e -> {
                if (!updating && unit.getSelectedItem() != null) {
                    edits.set(spec.unitKey(), unit.getSelectedItem().toString());
                }
            });
            return p;
        }

        private JComponent makeEditor() {
            return switch (spec.kind()) {
                case VALUE -> new ValueField(v -> {
                    if (!updating) {
                        edits.set(spec.key(), v);
                    }
                }, this::openDistribution);
                case LONG_TEXT -> {
                    JTextArea area = PlainText.inert(new JTextArea(3, 30));
                    area.setLineWrap(true);
                    area.setWrapStyleWord(true);
                    listen(area);
                    yield area;
                }
                case CHOICE -> {
                    JComboBox<Choice> box = new JComboBox<>(spec.choices().toArray(new Choice[0]));
                    box.setRenderer(new PlainText.ListRenderer());
                    box.addActionListener(e -> {
                        if (!updating && box.getSelectedItem() instanceof Choice c) {
                            edits.set(spec.key(), c.id());
                        }
                    });
                    yield box;
                }
                case UNIT, INPUT -> {
                    JComboBox<String> box = new JComboBox<>();
                    box.setRenderer(spec.kind() == FieldKind.INPUT ? new FormTable.InputRenderer()
                            : new PlainText.ListRenderer());
                    box.addActionListener(e -> {
                        if (!updating && box.getSelectedItem() != null) {
                            edits.set(spec.key(), box.getSelectedItem().toString());
                        }
                    });
                    yield box;
                }
                case FLAG -> {
                    JCheckBox box = new JCheckBox();
                    box.setOpaque(false);
                    box.addActionListener(e -> {
                        if (!updating) {
                            edits.set(spec.key(), Boolean.toString(box.isSelected()));
                        }
                    });
                    yield box;
                }
                case ROWS -> new RowsEditor(spec, rowsNow -> edits.set(spec.key(), rowsNow),
                        (r, column) -> openRowDistribution(r, column));
                default -> {
                    JTextField field = PlainText.inert(new JTextField(spec.kind() == FieldKind.TEXT
                            || spec.kind() == FieldKind.CATEGORIES ? 24 : 10));
                    listen(field);
                    yield field;
                }
            };
        }

        private void listen(JTextComponent text) {
            TextEdits.whenEdited(text, () -> {
                if (!updating) {
                    edits.set(spec.key(), text.getText());
                }
            });
            text.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    edits.seal();
                }
            });
        }

        private void openDistribution() {
            Window owner = SwingUtilities.getWindowAncestor(ElementFormPanel.this);
            String path = elementPath.isEmpty() ? spec.key() : elementPath + "." + spec.key();
            String valuePath = spec.unitKey() == null ? path : path + ".value";
            DistributionDialog.edit(owner, spec.label(), valuePath, form.value(spec.key()), true)
                    .ifPresent(v -> edits.set(spec.key(), v));
        }

        private void openRowDistribution(int r, FieldSpec column) {
            Window owner = SwingUtilities.getWindowAncestor(ElementFormPanel.this);
            List<ElementForm> list = form.rows(spec.key());
            String path = elementPath + "." + spec.key() + "[" + r + "]." + column.key();
            DistributionDialog.edit(owner, column.label(), path, list.get(r).value(column.key()), true)
                    .ifPresent(v -> {
                        List<ElementForm> changed = new ArrayList<>(list);
                        changed.set(r, list.get(r).with(column.key(), v));
                        edits.set(spec.key(), changed);
                    });
        }

        void show(Assembly assembly) {
            Object entry = form.get(spec.key());
            switch (spec.kind()) {
                case VALUE -> ((ValueField) editor).show(entry instanceof ValueForm v ? v : null);
                case CHOICE -> {
                    @SuppressWarnings("unchecked")
                    JComboBox<Choice> box = (JComboBox<Choice>) editor;
                    Choice selected = null;
                    for (Choice c : spec.choices()) {
                        if (c.id().equals(form.text(spec.key()))) {
                            selected = c;
                        }
                    }
                    box.setSelectedItem(selected);
                }
                case UNIT, INPUT -> {
                    @SuppressWarnings("unchecked")
                    JComboBox<String> box = (JComboBox<String>) editor;
                    fill(box, choices.apply(form, spec), form.text(spec.key()));
                }
                case FLAG -> ((JCheckBox) editor).setSelected("true".equals(form.text(spec.key())));
                case ROWS -> ((RowsEditor) editor).show(form.rows(spec.key()), elementPath + "." + spec.key(), assembly);
                default -> {
                    JTextComponent text = (JTextComponent) editor;
                    if (!text.getText().equals(form.text(spec.key()))) {
                        text.setText(form.text(spec.key()));
                        text.setCaretPosition(0);
                    }
                }
            }
            if (unit != null) {
                FieldSpec unitSpec = FieldSpec.of(spec.unitKey(), spec.label(), FieldKind.UNIT).dimension(spec.dimension())
                        .sameDimensionAs(spec.sameDimensionAs());
                fill(unit, choices.apply(form, unitSpec), form.text(spec.unitKey()));
            }
            String path = elementPath.isEmpty() ? spec.key() : elementPath + "." + spec.key();
            List<String> messages = new ArrayList<>();
            for (ValidationError e : assembly.errorsUnder(path)) {
                String inside = e.path().substring(path.length()).replaceFirst("^\\.(value\\.)?", "");
                messages.add(inside.isEmpty() || inside.equals("value") ? e.message() : inside + ": " + e.message());
            }
            if (unit != null) {
                for (ValidationError e : assembly.errorsUnder(
                        elementPath.isEmpty() ? spec.unitKey() : elementPath + "." + spec.unitKey())) {
                    messages.add("unit: " + e.message());
                }
            }
            String text = String.join("; ", messages);
            problem.setText(text.isEmpty() ? " " : text);
            problem.setToolTipText(text.isEmpty() ? null : text);
            problem.setVisible(!text.isEmpty());
            if (editor instanceof ValueField v) {
                v.mark(text.isEmpty() ? null : text);
            }
        }

        private void fill(JComboBox<String> box, List<String> items, String selected) {
            DefaultComboBoxModel<String> m = new DefaultComboBoxModel<>();
            for (String s : items) {
                m.addElement(s);
            }
            if (!selected.isEmpty() && m.getIndexOf(selected) < 0) {
                m.addElement(selected);
            }
            boolean same = box.getModel().getSize() == m.getSize();
            for (int i = 0; same && i < m.getSize(); i++) {
                same = m.getElementAt(i).equals(box.getModel().getElementAt(i));
            }
            if (!same) {
                box.setModel(m);
            }
            box.setSelectedItem(selected.isEmpty() ? null : selected);
        }
    }

    /**
     * A form over {@code fields}, forwarding edits to {@code edits}; {@code choices} gives the
     * options of a unit or input field for an element.
     */
    ElementFormPanel(List<FieldSpec> fields, Edits edits, BiFunction<ElementForm, FieldSpec, List<String>> choices) {
        this.edits = edits;
        this.choices = choices;
        setOpaque(false);
        for (FieldSpec f : fields) {
            rows.put(f.key(), new Row(f));
        }
    }

    /** Where the scenario's currency comes from, for the units prices are per ("USD per m3"). */
    void currencyFrom(Supplier<String> source) {
        currency = source;
    }

    /** Shows {@code element} (at JSON path {@code path}, "" for top-level fields) and its problems. */
    void show(ElementForm element, String path, Assembly assembly) {
        form = element;
        elementPath = path;
        List<String> now = new ArrayList<>();
        for (Row r : rows.values()) {
            if (r.spec.isShownFor(element)) {
                now.add(r.spec.key());
            }
        }
        updating = true;
        try {
            if (!now.equals(visible)) {
                visible = now;
                oneColumn = false;
                layoutFields();
                fitColumnsTo(getParent() == null ? 0 : getParent().getWidth());
            }
            for (String key : visible) {
                rows.get(key).show(assembly);
            }
        } finally {
            updating = false;
        }
    }

    /** Puts the keyboard focus on field {@code key}, if shown. */
    void focus(String key) {
        Row r = rows.get(key);
        if (r != null && visible.contains(key)) {
            JComponent target = r.editor instanceof ValueField v ? v.textField() : r.editor;
            target.requestFocusInWindow();
            scrollRectToVisible(SwingUtilities.convertRectangle(r.widget.getParent(), r.widget.getBounds(), this));
        }
    }

    /** Lays the shown fields out in one column, or two when there are many. */
    private void layoutFields() {
        removeAll();
        List<Row> shortRows = new ArrayList<>();
        List<Row> tallRows = new ArrayList<>();
        for (String key : visible) {
            Row r = rows.get(key);
            boolean tall = r.spec.kind() == FieldKind.LONG_TEXT || r.spec.kind() == FieldKind.ROWS;
            (tall ? tallRows : shortRows).add(r);
        }
        List<Row> left = new ArrayList<>(shortRows.subList(0, Math.min(COLUMN_ROWS, shortRows.size())));
        List<Row> right = new ArrayList<>(shortRows.subList(left.size(), shortRows.size()));
        right.addAll(tallRows);
        if (left.isEmpty() || oneColumn) {
            left.addAll(right);
            right.clear();
        }
        GroupLayout g = new GroupLayout(this);
        setLayout(g);
        g.setAutoCreateContainerGaps(true);
        GroupLayout.SequentialGroup across = g.createSequentialGroup();
        GroupLayout.ParallelGroup down = g.createParallelGroup(GroupLayout.Alignment.LEADING);
        layoutColumn(g, left, across, down);
        if (!right.isEmpty()) {
            across.addGap(DesktopLook.px(16), DesktopLook.px(28), DesktopLook.px(28));
            layoutColumn(g, right, across, down);
        }
        g.setHorizontalGroup(across);
        g.setVerticalGroup(down);
        if (!oneColumn) {
            twoColumnWidth = getMinimumSize().width;
        }
        revalidate();
        repaint();
    }

    /**
     * In a viewport narrower than the two columns need, one column: the fields stay side by
     * side with their labels and scroll down, rather than the second column being cut off at the
     * right (a 1024-pixel-wide window).
     */
    private void fitColumnsTo(int viewportWidth) {
        boolean narrow = viewportWidth > 0 && viewportWidth < twoColumnWidth;
        if (narrow != oneColumn) {
            oneColumn = narrow;
            layoutFields();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof JViewport viewport && !watching) {
            watching = true;
            viewport.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    fitColumnsTo(viewport.getWidth());
                }
            });
        }
    }

    private void layoutColumn(GroupLayout g, List<Row> column, GroupLayout.SequentialGroup across,
                              GroupLayout.ParallelGroup down) {
        GroupLayout.ParallelGroup labels = g.createParallelGroup(GroupLayout.Alignment.TRAILING);
        GroupLayout.ParallelGroup widgets = g.createParallelGroup(GroupLayout.Alignment.LEADING);
        GroupLayout.SequentialGroup stack = g.createSequentialGroup();
        for (Row r : column) {
            labels.addComponent(r.label);
            boolean tall = r.spec.kind() == FieldKind.LONG_TEXT || r.spec.kind() == FieldKind.ROWS;
            JComponent w = r.spec.kind() == FieldKind.LONG_TEXT ? new JScrollPane(r.widget) : r.widget;
            widgets.addComponent(w, DesktopLook.px(tall ? 260 : 240), GroupLayout.DEFAULT_SIZE, Short.MAX_VALUE)
                    .addComponent(r.problem, 0, GroupLayout.DEFAULT_SIZE, Short.MAX_VALUE);
            stack.addGroup(g.createParallelGroup(tall ? GroupLayout.Alignment.LEADING : GroupLayout.Alignment.CENTER)
                            .addComponent(r.label).addComponent(w, GroupLayout.PREFERRED_SIZE, GroupLayout.DEFAULT_SIZE,
                                    tall ? Short.MAX_VALUE : GroupLayout.PREFERRED_SIZE))
                    .addComponent(r.problem).addGap(DesktopLook.px(2));
        }
        across.addGroup(labels).addPreferredGap(LayoutStyle.ComponentPlacement.RELATED).addGroup(widgets);
        down.addGroup(stack);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return DesktopLook.px(16);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    /** Narrows to the viewport as far as the fields' minimum widths allow. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() != null && getParent().getWidth() >= getMinimumSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
