package org.closureassurance.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a {@link ChartSet}: a file-name-safe {@code name} ({@code liability-distribution}),
 * a one-sentence {@code caption} saying what it shows (for reports and tooltips), and the chart.
 */
public record NamedChart(String name, String caption, JFreeChart chart) {
    public NamedChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("chart names are lower-case words joined by '-', was " + name);
        }
    }
}
