package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import org.closureassurance.desktop.gui.files.Example;

/**
 * The gallery of bundled scenarios: one copper mine seen by a regulator, its operator and an
 * NGO, with each scenario's description, to open as a starting point.
 */
final class ExampleGalleryDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JList<Example> list;
    private final JTextArea description = new JTextArea();
    private transient Example chosen;

    private ExampleGalleryDialog(Window owner, List<Example> examples) {
        super(owner, "Open an example scenario", ModalityType.APPLICATION_MODAL);
        list = new JList<>(examples.toArray(new Example[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new PlainText.ListRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean isSelected,
                                                          boolean cellHasFocus) {
                Example e = (Example) value;
                JLabel label = (JLabel) super.getListCellRendererComponent(l, e.audience() + ":  " + e.title(), index,
                        isSelected, cellHasFocus);
                label.setBorder(DesktopLook.pad(8));
                return label;
            }
        });
        description.setEditable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setBorder(DesktopLook.pad(10));
        list.addListSelectionListener(e -> {
            Example ex = list.getSelectedValue();
            description.setText(ex == null ? "" : ex.description());
            description.setCaretPosition(0);
        });
        JButton open = new JButton("Open");
        JButton cancel = new JButton("Cancel");
        open.addActionListener(e -> {
            chosen = list.getSelectedValue();
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getSelectedValue() != null) {
                    chosen = list.getSelectedValue();
                    dispose();
                }
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list),
                new JScrollPane(description));
        split.setDividerLocation(DesktopLook.px(380));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(cancel);
        buttons.add(open);
        JPanel content = new JPanel(new BorderLayout(0, DesktopLook.px(8)));
        content.setBorder(DesktopLook.pad(12));
        JLabel intro = new JLabel("One illustrative copper mine, costed from three points of view:");
        intro.setBorder(BorderFactory.createEmptyBorder(0, 0, DesktopLook.px(4), 0));
        content.add(intro, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(open);
        setSize(new Dimension(DesktopLook.px(900), DesktopLook.px(480)));
        setLocationRelativeTo(owner);
        list.setSelectedIndex(0);
    }

    /** Shows the gallery and waits; the example chosen, if any. */
    static Optional<Example> choose(Window owner, List<Example> examples) {
        ExampleGalleryDialog d = new ExampleGalleryDialog(owner, examples);
        d.setVisible(true);
        return Optional.ofNullable(d.chosen);
    }
}
