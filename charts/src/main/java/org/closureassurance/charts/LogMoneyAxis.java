package org.closureassurance.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal logarithmic axis for money with ticks at 1 and 3 times each power of ten
 * ({@code USD 1.0 M}, {@code USD 3.0 M}, {@code USD 10.0 M}, ...): round amounts a reader can
 * name, about evenly spaced, where the stock axis labels half-decades ({@code USD 3.16 M}).
 */
final class LogMoneyAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    private static final double[] STEPS = {1, 3};

    LogMoneyAxis(String label, NumberFormat format) {
        super(label);
        setNumberFormatOverride(format);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List<ValueTick> ticks = new ArrayList<>();
        double lower = getLowerBound();
        double upper = getUpperBound();
        for (int k = (int) Math.floor(Math.log10(lower)); Math.pow(10, k) <= upper; k++) {
            for (double step : STEPS) {
                double v = step * Math.pow(10, k);
                if (v >= lower && v <= upper) {
                    ticks.add(new NumberTick(TickType.MAJOR, v, getNumberFormatOverride().format(v), anchor,
                            TextAnchor.CENTER, 0.0));
                }
            }
        }
        return ticks;
    }
}
