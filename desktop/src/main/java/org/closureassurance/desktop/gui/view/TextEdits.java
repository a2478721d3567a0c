package org.closureassurance.desktop.gui.view;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Calls back on every change to a text field's content (typing, deleting, pasting, attribute
 * changes alike), so editors react to keystrokes without each writing out the three methods of
 * a {@link DocumentListener}.
 */
final class TextEdits {
    private TextEdits() {
    }

    /** Runs {@code action} (on the event thread, as Swing edits are) after each change to {@code text}. */
    static void whenEdited(JTextComponent text, Runnable action) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        });
    }
}
