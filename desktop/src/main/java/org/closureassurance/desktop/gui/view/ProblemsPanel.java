package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import org.closureassurance.desktop.gui.editor.Problem;

/**
 * The problems of the scenario under the editor, in page order and in the validator's words;
 * choosing one shows its field. With no problems it says the scenario is ready to run.
 */
final class ProblemsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel header = new JLabel();
    private final DefaultListModel<Problem> items = new DefaultListModel<>();
    private final JList<Problem> list = new JList<>(items);
    private final JScrollPane scroll = new JScrollPane(list);

    ProblemsPanel(Consumer<Problem> reveal) {
        super(new BorderLayout(0, DesktopLook.px(4)));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, new java.awt.Color(0xD5, 0xDA, 0xE1)), DesktopLook.pad(8)));
        setName("problems");
        header.setFont(DesktopLook.font(header, 1f, true));
        list.setName("problem-list");
        list.setCellRenderer(new PlainText.ListRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index,
                                                                   boolean isSelected, boolean cellHasFocus) {
                return super.getListCellRendererComponent(l, ((Problem) value).text(), index, isSelected, cellHasFocus);
            }
        });
        list.setVisibleRowCount(4);
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
        add(header, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
    }

    void show(List<Problem> problems) {
        items.clear();
        problems.forEach(items::addElement);
        scroll.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            header.setText("No problems: the scenario is ready to run.");
            header.setForeground(DesktopLook.GOOD_TEXT);
        } else {
            header.setText(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " to fix before the scenario can run (click one to go to its field):");
            header.setForeground(DesktopLook.ERROR_TEXT);
        }
        revalidate();
    }
}
