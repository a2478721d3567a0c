package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.Painter;
import javax.swing.ToolTipManager;
import javax.swing.UIDefaults;
import org.closureassurance.desktop.gui.editor.Problem;

/**
 * The problems of the scenario, under the list of editor pages, in page order and in the
 * validator's words; choosing one shows its field, hovering one shows it whole. With no
 * problems it says the scenario is ready to run, or, when the run toolbar refuses it as too large
 * for this computer, says that instead of promising a run. It sits beside the page, not under it, and
 * keeps its height with or without problems, so the first problem moves nothing (the next click
 * lands where it was aimed).
 */
final class ProblemsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The rows of problems in view; more scroll. */
    private static final int ROWS = 6;
    private static final String LIST = "list";
    private static final String NOTHING = "nothing";

    private final JTextArea header = new JTextArea();
    private final DefaultListModel<Problem> items = new DefaultListModel<>();
    private final JList<Problem> list = new JList<>(items);
    private final JScrollPane scroll = new JScrollPane(list);
    private final CardLayout cards = new CardLayout();
    private final JPanel listOrNothing = new JPanel(cards);
    private String tooLarge;

    ProblemsPanel(Consumer<Problem> reveal) {
        super(new BorderLayout(0, DesktopLook.px(4)));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 1, new Color(0xD5, 0xDA, 0xE1)), DesktopLook.pad(8)));
        setName("problems");
        header.setName("problems-header");
        header.setFont(DesktopLook.font(header, 1f, true));
        header.setEditable(false);
        header.setFocusable(false);
        header.setOpaque(false);
        header.setBorder(BorderFactory.createEmptyBorder());
        // Nimbus paints a text area's field box even when it is not opaque: this one is a heading
        UIDefaults plain = new UIDefaults();
        plain.put("TextArea[Enabled+NotInScrollPane].backgroundPainter",
                (Painter<JComponent>) (g, c, w, h) -> { });
        plain.put("TextArea[Enabled+NotInScrollPane].borderPainter",
                (Painter<JComponent>) (g, c, w, h) -> { });
        header.putClientProperty("Nimbus.Overrides", plain);
        header.setLineWrap(true);
        header.setWrapStyleWord(true);
        ToolTipManager.sharedInstance().registerComponent(list);
        list.setName("problem-list");
        list.setCellRenderer(new PlainText.ListRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index,
                                                                   boolean isSelected, boolean cellHasFocus) {
                String text = ((Problem) value).text();
                Component c = super.getListCellRendererComponent(l, text, index, isSelected, cellHasFocus);
                setToolTipText(text);
                return c;
            }
        });
        list.setVisibleRowCount(ROWS);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (list.getSelectedValue() != null) {
                    reveal.accept(list.getSelectedValue());
                }
            }
        });
        list.registerKeyboardAction(e -> {
            if (list.getSelectedValue() != null) {
                reveal.accept(list.getSelectedValue());
            }
        }, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), JComponent.WHEN_FOCUSED);
        JPanel nothing = new JPanel();
        nothing.setOpaque(false);
        listOrNothing.setOpaque(false);
        listOrNothing.add(scroll, LIST);
        listOrNothing.add(nothing, NOTHING);
        add(header, BorderLayout.NORTH);
        add(listOrNothing, BorderLayout.CENTER);
    }

    void show(List<Problem> problems) {
        items.clear();
        problems.forEach(items::addElement);
        cards.show(listOrNothing, problems.isEmpty() ? NOTHING : LIST);
        if (problems.isEmpty()) {
            showNoProblems();
        } else {
            header.setText(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " to fix before the scenario can run (click one to go to its field; hover to read it whole):");
            header.setForeground(DesktopLook.ERROR_TEXT);
        }
        revalidate();
    }

    /** Why the valid scenario cannot run on this computer (its size), or null when it fits. */
    void tooLarge(String reason) {
        if (!Objects.equals(reason, tooLarge)) {
            tooLarge = reason;
            if (items.isEmpty()) {
                showNoProblems();
            }
        }
    }

    private void showNoProblems() {
        if (tooLarge == null) {
            header.setText("No problems: the scenario is ready to run.");
            header.setForeground(DesktopLook.GOOD_TEXT);
        } else {
            header.setText("No problems in the scenario, but it is too large to run on this computer: lower "
                    + "Iterations (the run toolbar says how far).");
            header.setForeground(DesktopLook.ERROR_TEXT);
        }
    }
}
