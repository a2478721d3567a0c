package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.text.JTextComponent;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.Choice;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.MultiplierPresets;
import org.closureassurance.desktop.gui.form.PricePer;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.desktop.gui.sweep.SweepKind;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ValidationError;

/**
 * One field of an {@link ElementFormPanel}: its label, its widget (with a unit box where the
 * field has a unit) and the line for its problems. It forwards the widget's edits, unless the
 * panel is redrawing, and redraws the widget from the panel's element.
 */
final class FieldRow {
    final FieldSpec spec;
    final JLabel label;
    final JComponent widget;
    final JComponent editor;
    final JLabel problem = PlainText.label(" ");
    private final JComboBox<String> unit;
    private final ElementFormPanel panel;
    private final ElementFormPanel.Edits edits;
    private final BiFunction<ElementForm, FieldSpec, List<String>> choices;

    /**
     * The widgets of {@code spec} in {@code panel}, forwarding edits to {@code edits};
     * {@code choices} gives the options of a unit or input field for an element.
     */
    FieldRow(FieldSpec spec, ElementFormPanel panel, ElementFormPanel.Edits edits,
             BiFunction<ElementForm, FieldSpec, List<String>> choices) {
        this.spec = spec;
        this.panel = panel;
        this.edits = edits;
        this.choices = choices;
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
        if (spec.kind() == FieldKind.VALUE) {
            JPopupMenu menu = sweepMenu();
            ((ValueField) editor).textField().setComponentPopupMenu(menu);
            label.setComponentPopupMenu(menu);
        }
    }

    /**
     * The field's context menu: Sweep… and Find break-even…, enabled when the field is an input
     * of the element shown that a sweep can hold (a named element's, a scenario without problems
     * is checked when the sweep runs).
     */
    private JPopupMenu sweepMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("field-menu:" + spec.key());
        JMenuItem sweep = new JMenuItem(SweepKind.SWEEP.title() + "…");
        sweep.setName("sweep");
        JMenuItem breakEven = new JMenuItem(SweepKind.BREAK_EVEN.title() + "…");
        breakEven.setName("break-even");
        sweep.addActionListener(e -> openSweep(SweepKind.SWEEP));
        breakEven.addActionListener(e -> openSweep(SweepKind.BREAK_EVEN));
        menu.add(sweep);
        menu.add(breakEven);
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                boolean can = panel.sweeps() != null && panel.sweeps().field(spec).isPresent();
                sweep.setEnabled(can);
                breakEven.setEnabled(can);
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                // nothing to undo: the items are set afresh each time the menu opens
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                // as above
            }
        });
        return menu;
    }

    private void openSweep(SweepKind kind) {
        ElementFormPanel.Sweeps s = panel.sweeps();
        if (s != null) {
            s.field(spec).ifPresent(f -> s.open(f, kind));
        }
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
            if (!panel.updating() && unit.getSelectedItem() != null) {
                edits.set(spec.unitKey(), unit.getSelectedItem().toString());
            }
        });
        return p;
    }

    private JComponent makeEditor() {
        return switch (spec.kind()) {
            case VALUE -> {
                ValueField field = new ValueField(v -> {
                    if (!panel.updating()) {
                        edits.set(spec.key(), v);
                    }
                }, this::openDistribution);
                field.offer(MultiplierPresets.of(spec), v -> {
                    edits.set(spec.key(), v);
                    edits.seal();
                });
                yield field;
            }
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
                    if (!panel.updating() && box.getSelectedItem() instanceof Choice c) {
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
                    if (!panel.updating() && box.getSelectedItem() != null) {
                        edits.set(spec.key(), box.getSelectedItem().toString());
                    }
                });
                yield box;
            }
            case FLAG -> {
                JCheckBox box = new JCheckBox();
                box.setOpaque(false);
                box.addActionListener(e -> {
                    if (!panel.updating()) {
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
            if (!panel.updating()) {
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
        Window owner = SwingUtilities.getWindowAncestor(panel);
        String path = panel.elementPath().isEmpty() ? spec.key() : panel.elementPath() + "." + spec.key();
        String valuePath = spec.unitKey() == null ? path : path + ".value";
        DistributionDialog.edit(owner, spec.label(), valuePath, panel.form().value(spec.key()), true)
                .ifPresent(v -> edits.set(spec.key(), v));
    }

    private void openRowDistribution(int r, FieldSpec column) {
        Window owner = SwingUtilities.getWindowAncestor(panel);
        List<ElementForm> list = panel.form().rows(spec.key());
        String path = panel.elementPath() + "." + spec.key() + "[" + r + "]." + column.key();
        DistributionDialog.edit(owner, column.label(), path, list.get(r).value(column.key()), true)
                .ifPresent(v -> {
                    List<ElementForm> changed = new ArrayList<>(list);
                    changed.set(r, list.get(r).with(column.key(), v));
                    edits.set(spec.key(), changed);
                });
    }

    /** Redraws the widgets from the panel's element, with the field's problems in {@code assembly}. */
    void show(Assembly assembly) {
        ElementForm form = panel.form();
        String elementPath = panel.elementPath();
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
            messages.add(inside.isEmpty() || inside.equals(Measure.VALUE.name()) ? e.message() : inside + ": " + e.message());
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

    /** Shows the unit a price is per with the scenario's currency: "USD per m3". */
    private final class PriceUnitRenderer extends PlainText.ListRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                               boolean isSelected, boolean cellHasFocus) {
            Object shown = value == null || value.toString().isEmpty() ? value
                    : PricePer.label(panel.currency(), value.toString());
            return super.getListCellRendererComponent(list, shown, index, isSelected, cellHasFocus);
        }
    }
}
