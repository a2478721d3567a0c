package org.closureassurance.desktop.gui.view;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A table whose columns are never narrower than they must be to be read: as wide as their header
 * (and, once {@link #fitColumnsToContent} is called, their widest cell). It fills a viewport wide
 * enough for that and scrolls sideways in a narrower one, where a plain {@code JTable} squeezes
 * every column and cuts its text to "S…" or "57.…".
 */
class FittedTable extends JTable {
    private static final long serialVersionUID = 1L;
    /** Room beside a header's or cell's text for the cell margins and the header's border. */
    private static final int PADDING = 16;

    FittedTable(TableModel model) {
        super(model);
    }

    /** Makes each column at least as wide as its header's text. */
    void fitColumnsToHeaders() {
        for (int c = 0; c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setMinWidth(headerWidth(c));
            column.setPreferredWidth(Math.max(column.getPreferredWidth(), column.getMinWidth()));
        }
    }

    /** Makes each column at least as wide as its header and its widest cell. */
    void fitColumnsToContent() {
        for (int c = 0; c < getColumnCount(); c++) {
            TableColumn column = getColumnModel().getColumn(c);
            column.setMinWidth(contentWidth(c));
            column.setPreferredWidth(column.getMinWidth());
        }
    }

    /** The width column {@code c} needs to show its header and every cell whole. */
    int contentWidth(int c) {
        int width = headerWidth(c);
        for (int r = 0; r < getRowCount(); r++) {
            Component cell = prepareRenderer(getCellRenderer(r, c), r, c);
            width = Math.max(width, cell.getPreferredSize().width + DesktopLook.px(PADDING));
        }
        return width;
    }

    private int headerWidth(int c) {
        String name = getColumnName(c);
        return getTableHeader().getFontMetrics(getTableHeader().getFont()).stringWidth(name) + DesktopLook.px(PADDING);
    }

    /** Fills the viewport when it is wide enough for every column's minimum, else scrolls sideways. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() == null || getParent().getWidth() >= minimumWidth();
    }

    private int minimumWidth() {
        int sum = 0;
        for (int c = 0; c < getColumnModel().getColumnCount(); c++) {
            sum += getColumnModel().getColumn(c).getMinWidth();
        }
        return sum;
    }
}
