package org.closureassurance.desktop.gui.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.desktop.gui.form.DistributionPreview;

/**
 * Draws a {@link DistributionPreview}: the density as a filled curve (or point probabilities as
 * spikes), with the 10th, 50th and 90th percentiles marked. Nothing is drawn while the Value
 * is invalid.
 */
final class DensitySketch extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Color FILL = new Color(0x1F, 0x4E, 0x79, 60);
    private static final Color LINE = new Color(0x1F, 0x4E, 0x79);
    private static final Color MARK = new Color(0xC0, 0x50, 0x1A);

    private transient DistributionPreview preview;

    DensitySketch() {
        setPreferredSize(new Dimension(DesktopLook.px(360), DesktopLook.px(150)));
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    void show(DistributionPreview p) {
        preview = p;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (preview == null) {
                return;
            }
            draw(g);
        } finally {
            g.dispose();
        }
    }

    private void draw(Graphics2D g) {
        int pad = DesktopLook.px(10);
        int labels = g.getFontMetrics().getHeight() + pad;
        int w = getWidth() - 2 * pad;
        int h = getHeight() - pad - labels;
        double[] x = preview.x();
        double[] d = preview.density();
        double lo = Math.min(x[0], preview.p10());
        double hi = Math.max(x[x.length - 1], preview.p90());
        if (hi <= lo) {
            lo -= 1;
            hi += 1;
        }
        double span = hi - lo;
        lo -= span * 0.05;
        hi += span * 0.05;
        double max = 0;
        for (double v : d) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return;
        }
        int base = pad + h;
        g.setStroke(new BasicStroke(DesktopLook.scale() * 1.5f));
        if (preview.points()) {
            g.setColor(LINE);
            for (int i = 0; i < x.length; i++) {
                int px = pad + (int) Math.round((x[i] - lo) / (hi - lo) * w);
                g.drawLine(px, base, px, base - (int) Math.round(d[i] / max * h));
            }
        } else {
            Path2D.Double curve = new Path2D.Double();
            curve.moveTo(pad + (x[0] - lo) / (hi - lo) * w, base);
            for (int i = 0; i < x.length; i++) {
                curve.lineTo(pad + (x[i] - lo) / (hi - lo) * w, base - d[i] / max * h);
            }
            curve.lineTo(pad + (x[x.length - 1] - lo) / (hi - lo) * w, base);
            curve.closePath();
            g.setColor(FILL);
            g.fill(curve);
            g.setColor(LINE);
            g.draw(curve);
        }
        g.setColor(Color.GRAY);
        g.drawLine(pad, base, pad + w, base);
        g.setColor(MARK);
        double[] marks = {preview.p10(), preview.p50(), preview.p90()};
        String[] names = {"P10", "P50", "P90"};
        int textY = base + g.getFontMetrics().getAscent() + DesktopLook.px(3);
        int lastRight = Integer.MIN_VALUE;
        for (int i = 0; i < marks.length; i++) {
            int px = pad + (int) Math.round((marks[i] - lo) / (hi - lo) * w);
            g.drawLine(px, pad, px, base);
            String t = names[i] + " " + MoneyFormat.compact(marks[i]);
            int tw = g.getFontMetrics().stringWidth(t);
            int left = Math.max(0, Math.min(getWidth() - tw, px - tw / 2));
            if (left > lastRight) {
                g.drawString(t, left, textY);
                lastRight = left + tw + DesktopLook.px(6);
            }
        }
    }
}
