package org.closureassurance.desktop.gui.view;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.swing.GroupLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.LayoutStyle;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.sweep.SweepField;
import org.closureassurance.desktop.gui.sweep.SweepKind;

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

    /** What a field's Sweep… and Find break-even… do. */
    interface Sweeps {
        /** The input field {@code spec} edits in the element shown, if a sweep can hold it. */
        Optional<SweepField> field(FieldSpec spec);

        void open(SweepField field, SweepKind kind);
    }

    private transient Supplier<String> currency = () -> "";
    private transient Sweeps sweeps;
    private final Map<String, FieldRow> rows = new LinkedHashMap<>();
    private transient ElementForm form = ElementForm.empty();
    private String elementPath = "";
    private List<String> visible = List.of();
    private boolean updating;
    private boolean oneColumn;
    private int twoColumnWidth;
    private boolean watching;

    /**
     * A form over {@code fields}, forwarding edits to {@code edits}; {@code choices} gives the
     * options of a unit or input field for an element.
     */
    ElementFormPanel(List<FieldSpec> fields, Edits edits, BiFunction<ElementForm, FieldSpec, List<String>> choices) {
        setOpaque(false);
        for (FieldSpec f : fields) {
            rows.put(f.key(), new FieldRow(f, this, edits, choices));
        }
    }

    /** Where the scenario's currency comes from, for the units prices are per ("USD per m3"). */
    void currencyFrom(Supplier<String> source) {
        currency = source;
    }

    /** Where the fields' Sweep… and Find break-even… go; without it the fields offer none. */
    void sweepsFrom(Sweeps s) {
        sweeps = s;
    }

    /** Where the fields' sweeps go, or null. */
    Sweeps sweeps() {
        return sweeps;
    }

    /** The scenario's currency now, for the units prices are per. */
    String currency() {
        return currency.get();
    }

    /** The element shown. */
    ElementForm form() {
        return form;
    }

    /** The JSON path of the element shown, "" for top-level fields. */
    String elementPath() {
        return elementPath;
    }

    /** Whether the panel is redrawing from the presenter's state, when widget changes are not edits. */
    boolean updating() {
        return updating;
    }

    /** Shows {@code element} (at JSON path {@code path}, "" for top-level fields) and its problems. */
    void show(ElementForm element, String path, Assembly assembly) {
        form = element;
        elementPath = path;
        List<String> now = new ArrayList<>();
        for (FieldRow r : rows.values()) {
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
        FieldRow r = rows.get(key);
        if (r != null && visible.contains(key)) {
            JComponent target = r.editor instanceof ValueField v ? v.textField() : r.editor;
            target.requestFocusInWindow();
            scrollRectToVisible(SwingUtilities.convertRectangle(r.widget.getParent(), r.widget.getBounds(), this));
        }
    }

    /** Lays the shown fields out in one column, or two when there are many. */
    private void layoutFields() {
        removeAll();
        List<FieldRow> shortRows = new ArrayList<>();
        List<FieldRow> tallRows = new ArrayList<>();
        for (String key : visible) {
            FieldRow r = rows.get(key);
            boolean tall = r.spec.kind() == FieldKind.LONG_TEXT || r.spec.kind() == FieldKind.ROWS;
            (tall ? tallRows : shortRows).add(r);
        }
        List<FieldRow> left = new ArrayList<>(shortRows.subList(0, Math.min(COLUMN_ROWS, shortRows.size())));
        List<FieldRow> right = new ArrayList<>(shortRows.subList(left.size(), shortRows.size()));
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

    private void layoutColumn(GroupLayout g, List<FieldRow> column, GroupLayout.SequentialGroup across,
                              GroupLayout.ParallelGroup down) {
        GroupLayout.ParallelGroup labels = g.createParallelGroup(GroupLayout.Alignment.TRAILING);
        GroupLayout.ParallelGroup widgets = g.createParallelGroup(GroupLayout.Alignment.LEADING);
        GroupLayout.SequentialGroup stack = g.createSequentialGroup();
        for (FieldRow r : column) {
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
