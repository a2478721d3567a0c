package org.closureassurance.charts;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How the cost of a run grows with one dimension of the model (iterations, horizon years,
 * cost items, correlated inputs): measured points joined by lines, one line per setting
 * (threads, say). The performance notes draw their scaling plots with it, so the tool's own
 * charts show its own cost.
 */
public final class ScalingChart {

    /** One measured line: its name and its points, {@code x} ascending, both arrays equally long. */
    public record Line(String name, double[] x, double[] y) {
        /** Checks the arrays have one value per point. */
        public Line {
            if (x.length != y.length) {
                throw new IllegalArgumentException("line " + name + ": " + x.length + " x values but "
                        + y.length + " y values");
            }
        }
    }

    private ScalingChart() {
    }

    /**
     * A chart of {@code lines} with {@code title} and axis labels; {@code logX} puts the
     * measured dimension on a logarithmic axis (for iteration counts spanning decades).
     */
    public static JFreeChart of(String title, String subtitle, String xLabel, String yLabel, List<Line> lines,
                                boolean logX) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (Line line : lines) {
            XYSeries s = new XYSeries(line.name(), true, true);
            for (int i = 0; i < line.x().length; i++) {
                s.add(line.x()[i], line.y()[i]);
            }
            int i = data.getSeriesCount();
            data.addSeries(s);
            renderer.setSeriesPaint(i, ChartPalette.series(i));
            renderer.setSeriesStroke(i, ChartPalette.line(i));
        }
        ValueAxis x;
        if (logX) {
            LogAxis log = new LogAxis(xLabel);
            log.setBase(10);
            log.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0), false, true);
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            x = log;
        } else {
            NumberAxis linear = new NumberAxis(xLabel);
            linear.setAutoRangeIncludesZero(true);
            x = linear;
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        JFreeChart chart = ChartParts.chart(title, new XYPlot(data, x, y, renderer), List.of());
        if (subtitle != null && !subtitle.isBlank()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return chart;
    }
}
