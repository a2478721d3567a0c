package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** A list of problems, one a line, under a title that says what they stop: shown literally, scrollable. */
final class ProblemListDialog {
    private ProblemListDialog() {
    }

    static void show(Component owner, String title, List<String> problems) {
        JTextArea text = PlainText.inert(new JTextArea(String.join("\n", problems), Math.min(12, problems.size() + 1),
                70));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JPanel panel = new JPanel(new BorderLayout(0, DesktopLook.px(8)));
        panel.add(PlainText.label(title), BorderLayout.NORTH);
        panel.add(new JScrollPane(text), BorderLayout.CENTER);
        JOptionPane.showMessageDialog(owner, panel, "Problems", JOptionPane.WARNING_MESSAGE);
    }
}
