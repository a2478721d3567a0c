package org.closureassurance.desktop.gui.view;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Keeps text from scenario files inert. Swing renders any label, button, list or table cell
 * whose text starts with {@code <html>} as HTML (images, links, layout), and scenario names and
 * descriptions come from files anyone can write; every component that may show such text is
 * made with HTML rendering switched off ({@code html.disable}).
 */
public final class PlainText {
    /** The client property Swing checks before rendering text as HTML. */
    public static final String HTML_DISABLE = "html.disable";

    private PlainText() {
    }

    /** Switches HTML rendering off for {@code c}; returns it. */
    public static <T extends JComponent> T inert(T c) {
        c.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        return c;
    }

    /** A label that shows {@code text} literally. */
    public static JLabel label(String text) {
        JLabel l = new JLabel();
        inert(l);
        l.setText(text);
        return l;
    }

    /** A table cell renderer that shows text literally. */
    public static class TableRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        public TableRenderer() {
            inert(this);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                                                       boolean hasFocus, int row, int column) {
            inert(this);
            return super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
        }
    }

    /** A list (and combo box) cell renderer that shows text literally. */
    public static class ListRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        public ListRenderer() {
            inert(this);
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean isSelected,
                                                      boolean cellHasFocus) {
            inert(this);
            return super.getListCellRendererComponent(list, value, index, isSelected, cellHasFocus);
        }
    }
}
