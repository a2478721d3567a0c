package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import org.closureassurance.desktop.gui.editor.Problem;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.closureassurance.desktop.gui.sweep.SweepField;
import org.closureassurance.desktop.gui.sweep.SweepKind;

/**
 * The Scenario tab: the list of editor pages on the left (with how many elements and problems
 * each has), the chosen page on the right, and the list of problems below the pages, each of which jumps
 * to its field. Only the page on screen is redrawn after an edit.
 */
final class ScenarioEditorPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient ScenarioEditor editor;
    private final Map<String, SectionPage> pages = new LinkedHashMap<>();
    private final DefaultListModel<String> navigationItems = new DefaultListModel<>();
    private final JList<String> navigation = new JList<>(navigationItems);
    private final CardLayout cards = new CardLayout();
    private final JPanel pageArea = new JPanel(cards);
    private final ProblemsPanel problems;
    private transient Map<String, Integer> problemCounts = Map.of();
    private String current;

    /** The editor's pages over {@code editor}; a field's Sweep… and Find break-even… go to {@code openSweep}. */
    ScenarioEditorPanel(ScenarioEditor editor, BiConsumer<SweepField, SweepKind> openSweep) {
        super(new BorderLayout());
        this.editor = editor;
        for (SectionSpec spec : ScenarioSchema.pages()) {
            SectionPage page = new SectionPage(spec, editor, openSweep);
            pages.put(spec.id(), page);
            pageArea.add(page, spec.id());
            navigationItems.addElement(spec.id());
        }
        problems = new ProblemsPanel(this::reveal);
        navigation.setName("pages");
        navigation.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        navigation.setCellRenderer(new PageRenderer());
        navigation.setFixedCellHeight(navigation.getFontMetrics(navigation.getFont()).getHeight() + DesktopLook.px(14));
        navigation.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && navigation.getSelectedValue() != null) {
                show(navigation.getSelectedValue());
            }
        });
        JScrollPane nav = new JScrollPane(navigation);
        nav.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, new Color(0xD5, 0xDA, 0xE1)));
        nav.setMinimumSize(new Dimension(DesktopLook.px(160), 0));
        // The problems sit under the page list, beside the page rather than under it: when the
        // first problem appears nothing on the page moves, and the page keeps the window's height.
        JPanel left = new JPanel(new BorderLayout());
        left.add(nav, BorderLayout.CENTER);
        left.add(problems, BorderLayout.SOUTH);
        left.setMinimumSize(nav.getMinimumSize());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, pageArea);
        split.setDividerLocation(Math.max(DesktopLook.px(200), navigation.getPreferredSize().width + DesktopLook.px(24)));
        split.setBorder(BorderFactory.createEmptyBorder());
        add(split, BorderLayout.CENTER);
        editor.addListener(e -> refresh());
        navigation.setSelectedIndex(0);
    }

    /** Shows page {@code id}. */
    void show(String id) {
        current = id;
        cards.show(pageArea, id);
        if (!id.equals(navigation.getSelectedValue())) {
            navigation.setSelectedValue(id, true);
        }
        pages.get(id).refresh();
    }

    SectionPage page(String id) {
        return pages.get(id);
    }

    private void refresh() {
        List<Problem> all = Problem.all(editor.assembly(), editor.form());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Problem p : all) {
            counts.merge(p.page(), 1, Integer::sum);
        }
        problemCounts = counts;
        navigation.repaint();
        problems.show(all);
        if (current != null) {
            pages.get(current).refresh();
        }
    }

    /** Tells the problems list why the valid scenario cannot run here (its size), or null when it can. */
    void tooLarge(String reason) {
        problems.tooLarge(reason);
    }

    private void reveal(Problem p) {
        show(p.page());
        pages.get(p.page()).reveal(p.index(), p.fieldKey());
    }

    private final class PageRenderer extends PlainText.ListRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean isSelected,
                                                      boolean cellHasFocus) {
            SectionSpec spec = ScenarioSchema.page(value.toString());
            String text = spec.title();
            if (spec.isList()) {
                text += "  (" + editor.form().elements(spec.section()).size() + ")";
            }
            int n = problemCounts.getOrDefault(spec.id(), 0);
            if (n > 0) {
                text += "  ⚠ " + n;
            }
            JLabel l = (JLabel) super.getListCellRendererComponent(list, text, index, isSelected, cellHasFocus);
            l.setBorder(BorderFactory.createEmptyBorder(0, DesktopLook.px(12), 0, DesktopLook.px(8)));
            l.setFont(l.getFont().deriveFont(isSelected ? Font.BOLD : Font.PLAIN));
            if (n > 0 && !isSelected) {
                l.setForeground(DesktopLook.ERROR_TEXT);
            }
            return l;
        }
    }
}
