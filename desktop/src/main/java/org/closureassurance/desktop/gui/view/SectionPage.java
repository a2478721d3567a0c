package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicSplitPaneUI;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.editor.UnitChoices;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.InstrumentAmount;
import org.closureassurance.desktop.gui.form.PackRules;
import org.closureassurance.desktop.gui.form.PricePer;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.closureassurance.desktop.gui.sweep.SweepField;
import org.closureassurance.desktop.gui.sweep.SweepKind;
import org.closureassurance.scenarios.RulePack;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.SampledInput;

/**
 * One page of the scenario editor. A list section is a table of its elements with buttons to
 * add, duplicate, delete and reorder them, and the form of the selected element below; a page
 * of top-level fields is a form alone. Edits go to the {@link ScenarioEditor}; the page redraws
 * from it.
 */
final class SectionPage extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The rows of the element table the form leaves in view at least. */
    private static final int TABLE_ROWS = 3;

    private final SectionSpec spec;
    private final transient ScenarioEditor editor;
    private final ElementFormPanel details;
    private final FormTableModel model;
    private final FormTable table;
    private final JLabel selected = PlainText.label(" ");
    private final JButton duplicate = new JButton("Duplicate");
    private final JButton delete = new JButton("Delete");
    private final JButton up = new JButton("Move up");
    private final JButton down = new JButton("Move down");
    private JSplitPane split;
    private boolean dividerDragged;
    /** The row the divider was last placed for: it moves for another element, not for a problem's line. */
    private int placedFor = -1;

    /**
     * The page of {@code spec}, editing through {@code editor}; a field's Sweep… and Find
     * break-even… go to {@code openSweep}.
     */
    SectionPage(SectionSpec spec, ScenarioEditor editor, BiConsumer<SweepField, SweepKind> openSweep) {
        super(new BorderLayout());
        this.spec = spec;
        this.editor = editor;
        setName("page:" + spec.id());
        details = new ElementFormPanel(spec.fields(), new ElementFormPanel.Edits() {
            @Override
            public void set(String key, Object entry) {
                int row = spec.isList() ? selectedRow() : 0;
                if (row >= 0) {
                    editor.setField(spec.isList() ? FieldAddress.of(spec.section(), row, key)
                            : FieldAddress.general(key), entry);
                }
            }

            @Override
            public void seal() {
                editor.sealEdit();
            }
        }, this::choices);
        details.currencyFrom(this::currency);
        details.sweepsFrom(new ElementFormPanel.Sweeps() {
            @Override
            public Optional<SweepField> field(FieldSpec field) {
                return sweepField(field);
            }

            @Override
            public void open(SweepField field, SweepKind kind) {
                openSweep.accept(field, kind);
            }
        });
        JLabel title = new JLabel(spec.title());
        title.setFont(DesktopLook.font(title, 1.35f, true));
        title.setBorder(BorderFactory.createEmptyBorder(DesktopLook.px(10), DesktopLook.px(12), DesktopLook.px(6), 0));
        add(title, BorderLayout.NORTH);
        if (spec.isList()) {
            model = new FormTableModel(spec.columns(), (r, key, entry) ->
                    editor.setField(FieldAddress.of(spec.section(), r, key), entry));
            table = new FormTable(model, this::problem, this::choices, this::openDistribution);
            table.setName("table:" + spec.section());
            table.showWhereNotApplicable(InstrumentAmount::standIn);
            table.currencyFrom(this::currency);
            table.widths(f -> switch (f.kind()) {
                case VALUE -> 26;
                case UNIT -> PricePer.isPriceUnit(f.key()) ? 12 : 5;
                case INTEGER -> 5;
                case INPUT -> 40;
                case NUMBER -> 8;
                case CHOICE -> 16;
                case CATEGORIES -> 40;
                default -> f.key().equals(Common.NAME.name()) ? 24 : 11;
            });
            table.getSelectionModel().addListSelectionListener(e -> {
                if (!e.getValueIsAdjusting()) {
                    refresh();
                }
            });
            add(layoutList(), BorderLayout.CENTER);
        } else {
            model = null;
            table = null;
            JScrollPane scroll = new JScrollPane(details);
            scroll.setBorder(BorderFactory.createEmptyBorder());
            scroll.getVerticalScrollBar().setUnitIncrement(DesktopLook.px(16));
            add(scroll, BorderLayout.CENTER);
        }
    }

    private JPanel layoutList() {
        JButton add = new JButton("Add " + spec.noun());
        add.addActionListener(e -> act(() -> editor.addElement(spec.section())));
        duplicate.addActionListener(e -> act(() -> editor.duplicate(spec.section(), selectedRow())));
        delete.addActionListener(e -> act(() -> {
            int r = selectedRow();
            editor.delete(spec.section(), r);
            return Math.min(r, editor.form().elements(spec.section()).size() - 1);
        }));
        up.addActionListener(e -> act(() -> editor.move(spec.section(), selectedRow(), -1)));
        down.addActionListener(e -> act(() -> editor.move(spec.section(), selectedRow(), 1)));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, DesktopLook.px(6), 0));
        buttons.setBorder(BorderFactory.createEmptyBorder(0, DesktopLook.px(6), DesktopLook.px(6), 0));
        buttons.add(add);
        if (spec.section().equals(Top.REQUIREMENTS.name())) {
            buttons.add(packButton());
        }
        buttons.add(duplicate);
        buttons.add(delete);
        buttons.add(up);
        buttons.add(down);
        JPanel top = new JPanel(new BorderLayout());
        top.add(buttons, BorderLayout.NORTH);
        top.add(new JScrollPane(table), BorderLayout.CENTER);
        if (!spec.details()) {
            return top;
        }
        JPanel bottom = new JPanel(new BorderLayout());
        selected.setFont(DesktopLook.font(selected, 1.1f, true));
        selected.setBorder(BorderFactory.createEmptyBorder(DesktopLook.px(8), DesktopLook.px(12), 0, 0));
        bottom.add(selected, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(details);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(DesktopLook.px(16));
        bottom.add(scroll, BorderLayout.CENTER);
        // The form keeps its own height and the table takes what is left (at least a few rows):
        // at 1024 x 700 every field of the selected element stays in view, and a change in the
        // space available never moves the form's fields.
        Dimension viewport = table.getPreferredScrollableViewportSize();
        table.setPreferredScrollableViewportSize(new Dimension(viewport.width,
                table.getRowHeight() * TABLE_ROWS));
        top.setMinimumSize(new Dimension(0, top.getPreferredSize().height));
        split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setResizeWeight(1.0);
        split.setBorder(BorderFactory.createEmptyBorder());
        keepTheFormWhole();
        return wrap(split);
    }

    /**
     * Places the divider so that the form below gets its whole preferred height whenever the
     * table above keeps its minimum, each time the page is resized or shows another element
     * (not when a field's problem adds a line: the fields must not move under the pointer),
     * until the user drags the divider.
     */
    private void keepTheFormWhole() {
        if (split.getUI() instanceof BasicSplitPaneUI ui) {
            ui.getDivider().addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    dividerDragged = true;
                }
            });
        }
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                placeDivider();
            }
        });
    }

    private void placeDivider() {
        if (split == null || dividerDragged || split.getHeight() == 0) {
            return;
        }
        int room = split.getHeight() - split.getDividerSize() - split.getBottomComponent().getPreferredSize().height;
        split.setDividerLocation(Math.max(split.getTopComponent().getMinimumSize().height, room));
    }

    private static JPanel wrap(Component c) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    /** An element operation that returns the row to select afterwards. */
    @FunctionalInterface
    private interface RowAction {
        int run();
    }

    /** Add from a rule pack: the first click lists the packs and their rules, the second adds one. */
    private JButton packButton() {
        JButton button = new JButton("Add from rule pack \u25BE");
        button.setName("addFromRulePack");
        JPopupMenu menu = new JPopupMenu();
        for (RulePack pack : PackRules.packs()) {
            JMenu packMenu = new JMenu(pack.name());
            packMenu.setToolTipText(pack.jurisdiction());
            for (Requirement rule : pack.requirements()) {
                JMenuItem item = new JMenuItem(rule.name());
                item.addActionListener(e -> act(() -> editor.addRule(rule)));
                packMenu.add(item);
            }
            menu.add(packMenu);
        }
        button.addActionListener(e -> menu.show(button, 0, button.getHeight()));
        return button;
    }

    private void act(RowAction action) {
        table.commitEdit();
        int row = action.run();
        table.selectRow(row);
        refresh();
    }

    int selectedRow() {
        return table == null ? -1 : table.getSelectedRow();
    }

    SectionSpec spec() {
        return spec;
    }

    FormTable table() {
        return table;
    }

    /** Redraws from the editor's state. */
    void refresh() {
        ScenarioForm form = editor.form();
        Assembly assembly = editor.assembly();
        if (!spec.isList()) {
            details.show(form.general(), "", assembly);
            return;
        }
        List<ElementForm> elements = form.elements(spec.section());
        int keep = table.getSelectedRow();
        model.update(elements);
        if (keep >= elements.size()) {
            keep = elements.size() - 1;
        }
        if (keep < 0 && !elements.isEmpty()) {
            keep = 0;
        }
        if (keep != table.getSelectedRow()) {
            table.selectRow(keep);
            return;
        }
        boolean any = keep >= 0;
        duplicate.setEnabled(any);
        delete.setEnabled(any);
        up.setEnabled(any && keep > 0);
        down.setEnabled(any && keep < elements.size() - 1);
        details.setVisible(any);
        if (any) {
            ElementForm e = elements.get(keep);
            String name = e.text(Common.NAME.name()).isBlank() ? spec.noun() + " " + (keep + 1) : e.text(Common.NAME.name());
            selected.setText(Character.toUpperCase(spec.noun().charAt(0)) + spec.noun().substring(1) + ": " + name);
            details.show(e, spec.section() + "[" + keep + "]", assembly);
            if (keep != placedFor) {
                placedFor = keep;
                placeDivider();
            }
        } else {
            selected.setText("No " + spec.noun() + "s yet: use Add " + spec.noun() + ".");
        }
    }

    /** Selects element {@code index} (if a list) and puts the focus on field {@code key}. */
    void reveal(int index, String key) {
        if (spec.isList() && index >= 0) {
            table.selectRow(index);
            refresh();
        }
        if (key != null) {
            SwingUtilities.invokeLater(() -> details.focus(key));
        }
    }

    /** The input {@code field} edits in the element shown, if a sweep can hold it. */
    private Optional<SweepField> sweepField(FieldSpec field) {
        if (!spec.isList()) {
            return SweepField.of(FieldAddress.general(field.key()), null, field.label());
        }
        int row = selectedRow();
        if (row < 0) {
            return Optional.empty();
        }
        ElementForm e = editor.form().element(spec.section(), row);
        return SweepField.of(FieldAddress.of(spec.section(), row, field.key()), e.text(Common.NAME.name()),
                field.label());
    }

    private String currency() {
        return editor.form().general().text(Top.CURRENCY.name());
    }

    private String problem(int row, FieldSpec column) {
        String path = spec.section() + "[" + row + "]";
        List<ValidationError> errors = editor.assembly().errorsUnder(path + "." + column.key());
        if (errors.isEmpty() && column.key().equals(Common.NAME.name())) {
            errors = editor.assembly().errors().stream().filter(e -> e.path().equals(path)).toList();
        }
        return errors.isEmpty() ? null : errors.get(0).message();
    }

    private List<String> choices(ElementForm element, FieldSpec field) {
        if (field.kind() == FieldKind.INPUT) {
            return editor.sampledInputs().stream().map(SampledInput::path).toList();
        }
        return UnitChoices.of(field.dimension(), field.sameDimensionAs(), element);
    }

    private void openDistribution(int row, FieldSpec column) {
        Window owner = SwingUtilities.getWindowAncestor(this);
        ElementForm e = editor.form().element(spec.section(), row);
        String path = spec.section() + "[" + row + "]." + column.key() + (column.unitKey() == null ? "" : ".value");
        DistributionDialog.edit(owner, column.label(), path, e.value(column.key()), true)
                .ifPresent(v -> editor.setField(FieldAddress.of(spec.section(), row, column.key()), v));
    }
}
