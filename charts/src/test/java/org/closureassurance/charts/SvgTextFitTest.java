package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of every chart, as written to SVG (the report's charts), names the font it was
 * measured in and lies inside the chart with room to spare, so that a browser drawing it in
 * a fallback font a little wider still shows it whole.
 */
class SvgTextFitTest {

    /** How much wider than the measured font a browser's fallback may be before text touches the edge. */
    private static final double FALLBACK_WIDENING = 1.04;

    private static final Pattern TEXT = Pattern.compile("<text x='([-0-9.E]+)' y='[-0-9.E]+' style='([^']*)'"
            + "([^>]*)>([^<]*)</text>");
    private static final Pattern SIZE = Pattern.compile("font-size: ([0-9.]+)px");

    /** One text of an SVG: its left end, font and content. */
    record SvgText(double x, String style, boolean transformed, String text) {
        Font font() {
            Matcher m = SIZE.matcher(style);
            assertTrue(m.find(), style);
            int weight = style.contains("font-weight: bold") ? Font.BOLD : Font.PLAIN;
            int italic = style.contains("font-style: italic") ? Font.ITALIC : Font.PLAIN;
            return new Font(ChartPalette.FONT_FAMILY, weight | italic, (int) Math.round(Double.parseDouble(m.group(1))));
        }
    }

    static List<SvgText> texts(String svg) {
        List<SvgText> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String text = m.group(4).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&");
            out.add(new SvgText(Double.parseDouble(m.group(1)), m.group(2), m.group(3).contains("transform"), text));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.closureassurance.charts.ChartExportTest#everyChart")
    void everyTextNamesItsFontAndFitsAtReportSize(String name, JFreeChart chart) {
        assertFits(chart, AssuranceReport.CHART_WIDTH, AssuranceReport.CHART_HEIGHT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.closureassurance.charts.ChartExportTest#everyChart")
    void everyTextNamesItsFontAndFitsAtTheCommandLineSize(String name, JFreeChart chart) {
        assertFits(chart, 1000, 620);
    }

    private static void assertFits(JFreeChart chart, int width, int height) {
        List<SvgText> texts = texts(ChartExport.svgElement(chart, width, height, "fit"));
        assertFalse(texts.isEmpty());
        var g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        String family = "font-family: " + ChartExport.svgFontFamily(ChartPalette.FONT_FAMILY) + ";";
        for (SvgText t : texts) {
            assertTrue(t.style().contains(family), "'" + t.text() + "' names no measured font: " + t.style());
            if (t.transformed() || t.text().isBlank()) {
                continue;
            }
            double w = g2.getFontMetrics(t.font()).stringWidth(t.text()) * FALLBACK_WIDENING;
            assertTrue(t.x() >= 0 && t.x() + w <= width,
                    "'" + t.text() + "' runs from " + t.x() + " to " + (t.x() + w) + " in a chart " + width + " wide");
        }
        g2.dispose();
    }
}
