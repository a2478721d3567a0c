package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/** Reading back what a chart holds, for assertions. */
final class ChartInspection {

    private ChartInspection() {
    }

    static XYPlot xyPlot(JFreeChart chart) {
        return (XYPlot) chart.getPlot();
    }

    /** Texts of the chart's text subtitles (scenario line, notes). */
    static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /** The foreground domain value marker whose label starts with {@code prefix}, or null. */
    static ValueMarker domainMarker(XYPlot plot, String prefix) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        if (markers == null) {
            return null;
        }
        for (Object o : markers) {
            if (o instanceof ValueMarker m && m.getLabel() != null && m.getLabel().startsWith(prefix)) {
                return m;
            }
        }
        return null;
    }

    static int markerCount(XYPlot plot, Layer layer) {
        Collection<?> markers = plot.getDomainMarkers(layer);
        return markers == null ? 0 : markers.size();
    }

    static List<Marker> backgroundMarkers(XYPlot plot) {
        Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
        List<Marker> out = new ArrayList<>();
        if (markers != null) {
            for (Object o : markers) {
                out.add((Marker) o);
            }
        }
        return out;
    }

    /** Sum of the y values of one series. */
    static double sumY(XYDataset data, int series) {
        double s = 0;
        for (int i = 0; i < data.getItemCount(series); i++) {
            s += data.getYValue(series, i);
        }
        return s;
    }

    /** Whether every bar of a series lies within its bin and bins tile without gaps. */
    static boolean binsTile(IntervalXYDataset data, int series) {
        for (int i = 0; i + 1 < data.getItemCount(series); i++) {
            if (Math.abs(data.getEndXValue(series, i) - data.getStartXValue(series, i + 1)) > 1e-6) {
                return false;
            }
        }
        return true;
    }
}
