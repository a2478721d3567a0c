package org.closureassurance.desktop.gui.view;

import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * Gives a chart's renderers tooltips, so hovering over a curve or bar in the window shows its
 * values in the chart's own number formats (money axes in money, probabilities as percents).
 * The charts module leaves tooltips out because its charts also go to files.
 */
final class ChartTooltips {
    private ChartTooltips() {
    }

    /** Installs tooltips on every renderer of {@code chart}. */
    static void install(JFreeChart chart) {
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer r = xy.getRenderer(i);
                if (r != null) {
                    r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2}",
                            format(xy.getDomainAxis()), format(xy.getRangeAxisForDataset(i))));
                }
            }
        } else if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getRendererCount(); i++) {
                CategoryItemRenderer r = cp.getRenderer(i);
                if (r != null) {
                    r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}",
                            format(cp.getRangeAxisForDataset(i))));
                }
            }
        }
    }

    private static NumberFormat format(ValueAxis axis) {
        if (axis instanceof NumberAxis n && n.getNumberFormatOverride() != null) {
            return n.getNumberFormatOverride();
        }
        if (axis instanceof LogAxis log && log.getNumberFormatOverride() != null) {
            return log.getNumberFormatOverride();
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMaximumFractionDigits(3);
        return f;
    }
}
