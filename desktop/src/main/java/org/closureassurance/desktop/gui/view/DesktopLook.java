package org.closureassurance.desktop.gui.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import javax.swing.border.Border;
import javax.swing.plaf.nimbus.NimbusLookAndFeel;

/**
 * The application's look: Nimbus with a larger base font, scaled up on high-resolution screens
 * that Java does not already scale, and the few colours and gaps every view shares. The user can
 * scale all text further with the {@code closureassurance.fontScale} system property.
 */
public final class DesktopLook {
    /** Text of a problem. */
    public static final Color ERROR_TEXT = new Color(0xB0, 0x1E, 0x1E);
    /** Background of a field or cell with a problem. */
    public static final Color ERROR_BACKGROUND = new Color(0xFF, 0xE4, 0xE1);
    /**
     * Background of a field or cell that shows a distribution: it is changed in the distribution
     * editor, not by typing, and must not look like a field that takes typing.
     */
    public static final Color READ_ONLY_BACKGROUND = new Color(0xE6, 0xE9, 0xEE);
    /** Text that says all is well. */
    public static final Color GOOD_TEXT = new Color(0x1E, 0x6B, 0x34);
    /** Quiet secondary text. */
    public static final Color MUTED_TEXT = new Color(0x55, 0x5F, 0x6B);
    /** The accent of headline figures. */
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    /** Gap between related widgets, in pixels at the base font size. */
    public static final int GAP = 6;

    private static float scale = 1f;

    private DesktopLook() {
    }

    /** Installs the look; call on the event thread before any window is made. */
    public static void install() {
        UIManager.put("nimbusOrange", new Color(0x3A, 0x6E, 0xA5));
        try {
            UIManager.setLookAndFeel(new NimbusLookAndFeel());
        } catch (UnsupportedLookAndFeelException e) {
            return;
        }
        scale = screenScale() * userScale();
        UIDefaults d = UIManager.getLookAndFeelDefaults();
        Font base = d.getFont("defaultFont");
        if (base != null) {
            d.put("defaultFont", base.deriveFont(Math.round(13f * scale) * 1f));
        }
        d.put("Table.alternateRowColor", new Color(0xF4, 0xF6, 0xF9));
        UIManager.put("ToolTip.font", base == null ? null : base.deriveFont(Math.round(13f * scale) * 1f));
    }

    /** How much larger than the base size text is drawn (1 on ordinary screens). */
    public static float scale() {
        return scale;
    }

    /** {@code px} pixels at the base size, scaled like the text. */
    public static int px(int px) {
        return Math.round(px * scale);
    }

    private static float screenScale() {
        if (GraphicsEnvironment.isHeadless()) {
            return 1f;
        }
        double javaScale = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getDefaultTransform().getScaleX();
        if (javaScale > 1.0) {
            return 1f;
        }
        int dpi = Toolkit.getDefaultToolkit().getScreenResolution();
        return Math.max(1f, dpi / 96f);
    }

    private static float userScale() {
        try {
            float s = Float.parseFloat(System.getProperty("closureassurance.fontScale", "1"));
            return s >= 0.5f && s <= 4f ? s : 1f;
        } catch (NumberFormatException e) {
            return 1f;
        }
    }

    /** The font of {@code c} made larger by {@code factor} and optionally bold. */
    public static Font font(JComponent c, float factor, boolean bold) {
        Font f = c.getFont();
        return f.deriveFont(bold ? Font.BOLD : Font.PLAIN, f.getSize2D() * factor);
    }

    /** Rows tall enough for the font, with air. */
    public static void fitRows(JTable table) {
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + px(10));
    }

    /** An empty border of {@code px} on every side. */
    public static Border pad(int px) {
        return BorderFactory.createEmptyBorder(px(px), px(px), px(px), px(px));
    }
}
