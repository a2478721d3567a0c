package org.closureassurance.desktop.gui.view;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * Help › Guide: a short guide to the application (what each page means, how to read the answer),
 * kept beside this class as {@code guide.html}. It is the application's own text, so it is the one
 * place HTML is rendered on purpose. The window does not block the one behind it, so the guide
 * can stay open while the user works; Escape closes it.
 */
final class GuideDialog {
    /** The guide's resource, next to this class. */
    static final String RESOURCE = "guide.html";

    private GuideDialog() {
    }

    /** Opens the guide over {@code owner}. */
    static JDialog open(Window owner) {
        JEditorPane text = new JEditorPane("text/html", html());
        text.setEditable(false);
        text.setCaretPosition(0);
        text.setName("guide-text");
        JDialog dialog = new JDialog(owner, "Closure Assurance guide");
        dialog.setName("guide");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.add(new JScrollPane(text));
        dialog.setSize(DesktopLook.px(680), Math.min(DesktopLook.px(760), owner.getHeight()));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }

    /** The guide's text. */
    static String html() {
        try (InputStream in = GuideDialog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
