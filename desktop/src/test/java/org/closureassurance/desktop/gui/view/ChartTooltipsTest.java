package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.closureassurance.charts.MoneyFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartTooltipsTest {

    /** The compare charts turn their amount axis logarithmic; tooltips must still read as money. */
    @Test
    void aLogarithmicMoneyAxisKeepsItsFormatInTooltips() {
        XYSeries s = new XYSeries("Stress case");
        s.add(1.5e6, 0.25);
        XYSeriesCollection data = new XYSeriesCollection(s);
        LogAxis x = new LogAxis("Amount");
        x.setNumberFormatOverride(new MoneyFormat("USD"));
        JFreeChart chart = new JFreeChart(new XYPlot(data, x, new NumberAxis("P"), new XYLineAndShapeRenderer()));
        ChartTooltips.install(chart);
        String tip = chart.getXYPlot().getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0);
        assertEquals("Stress case: USD 1.5 M, 0.25", tip);
    }
}
