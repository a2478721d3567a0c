package org.closureassurance.desktop.gui.view;

import java.util.function.BiConsumer;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToolTip;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A chart on screen: tooltips with values on hover, zoom by dragging, and a right-click menu to
 * copy the chart or export it as PNG or SVG. Tooltips show text literally: category labels are
 * scenario element names.
 */
final class ResultChartPanel extends ChartPanel {
    private static final long serialVersionUID = 1L;
    /**
     * The narrowest width a chart is laid out at: a narrower panel (the Answer page's chart at
     * 1,024 px) shows the chart drawn this wide and scaled down, so that axis labels and legend
     * entries, which JFreeChart neither wraps nor shortens, are shrunk rather than cut off.
     */
    static final int MINIMUM_DRAW_WIDTH = 480;

    private String chartName;

    /** A panel whose Export items call {@code export} with the chart's name and the format. */
    ResultChartPanel(BiConsumer<String, ResultsExporter.ChartFormat> export) {
        super(null, 720, 440, MINIMUM_DRAW_WIDTH, 200, 4000, 3000, true, false, true, false, true, true, true);
        setMouseWheelEnabled(true);
        JPopupMenu menu = getPopupMenu();
        menu.addSeparator();
        JMenuItem png = new JMenuItem("Export as PNG…");
        png.addActionListener(e -> export.accept(chartName, ResultsExporter.ChartFormat.PNG));
        JMenuItem svg = new JMenuItem("Export as SVG…");
        svg.addActionListener(e -> export.accept(chartName, ResultsExporter.ChartFormat.SVG));
        menu.add(png);
        menu.add(svg);
    }

    /** Shows {@code chart}, called {@code name} in its chart set. */
    void show(String name, JFreeChart chart) {
        chartName = name;
        if (chart != null) {
            ChartTooltips.install(chart);
        }
        setChart(chart);
    }

    @Override
    public JToolTip createToolTip() {
        return PlainText.inert(super.createToolTip());
    }
}
