package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.desktop.gui.form.ValuePreset;

/**
 * A field for one Value: a plain number is typed straight in (and shown with its thousands
 * grouped, {@code 2 000 000}, as tables show it, when not being typed); a distribution is shown as its
 * summary ("Triangular 1.6 / 2.1 / 3.4"), read-only and shaded as such, and edited in the
 * distribution editor, which the button (or a double click) opens for either.
 */
final class ValueField extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JTextField text = PlainText.inert(new JTextField(14));
    private final JButton distribution = new JButton("Distribution…");
    private final JPopupMenu presets = new JPopupMenu();
    private final Color editableBackground;
    private ValueForm form;
    private boolean updating;
    private boolean problem;

    /**
     * A field that reports typed plain numbers to {@code typed} and asks {@code openEditor} to
     * open the distribution editor.
     */
    ValueField(Consumer<ValueForm> typed, Runnable openEditor) {
        super(new BorderLayout(DesktopLook.px(4), 0));
        setOpaque(false);
        editableBackground = text.getBackground();
        add(text, BorderLayout.CENTER);
        add(distribution, BorderLayout.EAST);
        distribution.setToolTipText("Make this a probability distribution, or edit it");
        distribution.addActionListener(e -> openEditor.run());
        TextEdits.whenEdited(text, () -> {
            if (!updating && text.isEditable()) {
                typed.accept(ValueForm.constant(text.getText()));
            }
        });
        // long plain numbers are grouped for reading, as in tables, except while being typed
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (form != null) {
                    show(form);
                }
            }
        });
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && !text.isEditable()) {
                    openEditor.run();
                }
            }
        });
    }

    /** Offers {@code presets} behind a button beside the field; a chosen one goes to {@code chosen}. */
    void offer(List<ValuePreset> presets, Consumer<ValueForm> chosen) {
        if (presets.isEmpty()) {
            return;
        }
        JPopupMenu menu = this.presets;
        for (ValuePreset p : presets) {
            JMenuItem item = new JMenuItem(p.label());
            item.setToolTipText(p.note());
            item.addActionListener(e -> chosen.accept(p.value()));
            menu.add(item);
        }
        JButton button = new JButton("Presets…");
        button.setName("presets");
        button.setToolTipText("Take an estimate class or the historical reference class in one click");
        button.addActionListener(e -> menu.show(button, 0, button.getHeight()));
        JPanel buttons = new JPanel(new BorderLayout(DesktopLook.px(4), 0));
        buttons.setOpaque(false);
        remove(distribution);
        buttons.add(distribution, BorderLayout.CENTER);
        buttons.add(button, BorderLayout.EAST);
        add(buttons, BorderLayout.EAST);
    }

    /** Shows {@code f} (null: empty) without reporting it as typed. */
    void show(ValueForm f) {
        form = f;
        boolean constant = f == null || f.kind() == DistributionKind.CONSTANT;
        String typed = f == null ? "" : f.parameter(DistributionKind.constantParameter());
        String shown = !constant ? f.summary() : text.isFocusOwner() ? typed : NumberText.grouped(typed);
        updating = true;
        try {
            text.setEditable(constant);
            if (!text.getText().equals(shown) && !(text.isFocusOwner() && sameNumber(text.getText(), typed))) {
                text.setText(shown);
                text.setCaretPosition(0);
            }
        } finally {
            updating = false;
        }
        text.setToolTipText(constant ? null : shown + " (a distribution: double-click or press Distribution… to "
                + "change it)");
        shade();
    }

    /** Whether two texts differ only in the blanks between digit groups. */
    private static boolean sameNumber(String a, String b) {
        return NumberText.compact(a).equals(NumberText.compact(b));
    }

    /** Marks the field as having a problem ({@code message} non-null) or not. */
    void mark(String message) {
        problem = message != null;
        shade();
    }

    private void shade() {
        text.setBackground(problem ? DesktopLook.ERROR_BACKGROUND
                : text.isEditable() ? editableBackground : DesktopLook.READ_ONLY_BACKGROUND);
    }

    /** The Value form shown. */
    ValueForm form() {
        return form;
    }

    /** The menu of presets; empty when the field offers none. */
    JPopupMenu presetMenu() {
        return presets;
    }

    JTextField textField() {
        return text;
    }
}
