package org.closureassurance.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The colours, strokes and fonts every chart shares, so that charts read alike and stay
 * readable for colour-blind readers and in greyscale print.
 *
 * <p>Colours are the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008), which
 * stays distinguishable under the common colour-vision deficiencies. Because several of its
 * colours have similar lightness, {@link #series(int)} orders them so that neighbours differ in
 * luma (0.299 R + 0.587 G + 0.114 B) by at least about 30 of 255, and {@link #line(int)} gives
 * every second series a dash pattern, so a greyscale copy still tells series apart.
 */
public final class ChartPalette {
    /** Okabe–Ito orange, luma 162. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    /** Okabe–Ito sky blue, luma 158. */
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    /** Okabe–Ito bluish green, luma 106. */
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe–Ito yellow, luma 213. */
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    /** Okabe–Ito blue, luma 87. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito vermillion, luma 119. */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito reddish purple, luma 151. */
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** Okabe–Ito black. */
    public static final Color BLACK = Color.BLACK;

    /** The walk-away liability wherever it is drawn. */
    public static final Color LIABILITY = VERMILLION;
    /** The realisable assurance wherever it is drawn (with a dashed line next to the liability). */
    public static final Color ASSURANCE = BLUE;
    /** Probabilities on a second axis (coverage, cumulative share). */
    public static final Color PROBABILITY = BLACK;
    /** The bond a regulator would need, drawn as a marker. */
    public static final Color REQUIRED = BLUISH_GREEN;
    /** Reference lines such as percentiles and targets. */
    public static final Color REFERENCE = new Color(0x44, 0x44, 0x44);
    /** A regulatory rule's required amount. */
    public static final Color RULE = REDDISH_PURPLE;

    private static final Color[] SERIES = {
        BLUE, ORANGE, BLUISH_GREEN, SKY_BLUE, VERMILLION, REDDISH_PURPLE, BLACK, YELLOW
    };

    private static final float LINE_WIDTH = 2.0f;
    private static final float[][] DASHES = {
        null, {7f, 4f}, {2f, 3f}, {9f, 3f, 2f, 3f}
    };

    /** Wide, legible sans serifs, DejaVu Sans first (it is what the HTML report asks for too). */
    static final List<String> PREFERRED_FAMILIES = List.of("DejaVu Sans", "Verdana", "Bitstream Vera Sans");

    /**
     * The font family of all chart text: the first installed of {@link #PREFERRED_FAMILIES}, else
     * the logical sans serif. A named family, rather than the logical one, lets an SVG name the
     * font its text was measured in ({@link ChartExport}), so that a browser draws the same widths.
     */
    static final String FONT_FAMILY = installedFamily();


    private ChartPalette() {
    }

    private static String installedFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return PREFERRED_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    /** The colour of the {@code i}-th series of a multi-series chart (cycles after eight). */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The line of the {@code i}-th series: solid, dashed, dotted, dash-dot, then again. */
    public static Stroke line(int i) {
        float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
        return dash == null
                ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A thinner variant of {@link #line(int)} for markers and reference lines. */
    public static Stroke thinLine(int i) {
        return stroke(1.2f, i);
    }

    /** A hairline variant of {@link #line(int)} for outlines such as band edges. */
    public static Stroke hairline(int i) {
        return stroke(0.8f, i);
    }

    private static Stroke stroke(float width, int i) {
        float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
        return dash == null
                ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * The opaque colour seen where {@code colour} at {@code opacity} is painted over
     * {@code below} (source-over compositing, each channel {@code a c + (1 - a) b}): what a legend
     * swatch must show to match a translucent fill.
     */
    public static Color over(Color colour, double opacity, Color below) {
        double a = Math.max(0, Math.min(1, opacity));
        return new Color(blend(colour.getRed(), below.getRed(), a), blend(colour.getGreen(), below.getGreen(), a),
                blend(colour.getBlue(), below.getBlue(), a));
    }

    private static int blend(int top, int bottom, double a) {
        return (int) Math.round(a * top + (1 - a) * bottom);
    }

    /** {@code colour} with the given opacity (0 transparent, 1 opaque), for bands and regions. */
    public static Color translucent(Color colour, double opacity) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                (int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
    }

    /** {@code colour} mixed with white by {@code amount} (0 unchanged, 1 white): opaque fills. */
    public static Color tint(Color colour, double amount) {
        return over(colour, 1 - Math.max(0, Math.min(1, amount)), Color.WHITE);
    }

    /**
     * Applies the house theme (white backgrounds, light grid, sans-serif fonts, flat bars) to
     * {@code chart}. Chart classes set every series' colour and stroke themselves; since
     * {@link StandardChartTheme} clears the series colours and strokes of renderers that
     * auto-populate them, auto-population is switched off first so that those choices survive.
     */
    public static JFreeChart apply(JFreeChart chart) {
        keepSeriesStyles(chart.getPlot());
        theme().apply(chart);
        return chart;
    }

    private static void keepSeriesStyles(Plot plot) {
        List<Object> renderers = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                renderers.add(xy.getRenderer(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRendererCount(); i++) {
                renderers.add(category.getRenderer(i));
            }
        }
        for (Object r : renderers) {
            if (r instanceof AbstractRenderer renderer) {
                renderer.setAutoPopulateSeriesPaint(false);
                renderer.setAutoPopulateSeriesFillPaint(false);
                renderer.setAutoPopulateSeriesStroke(false);
            }
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Closure Assurance");
        theme.setExtraLargeFont(new Font(FONT_FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
        theme.setRegularFont(new Font(FONT_FAMILY, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT_FAMILY, Font.PLAIN, 10));
        Color text = new Color(0x22, 0x22, 0x22);
        Color grid = new Color(0xD9, 0xD9, 0xD9);
        theme.setTitlePaint(text);
        theme.setSubtitlePaint(text);
        theme.setAxisLabelPaint(text);
        theme.setTickLabelPaint(text);
        theme.setLegendItemPaint(text);
        theme.setItemLabelPaint(text);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(grid);
        theme.setDomainGridlinePaint(grid);
        theme.setRangeGridlinePaint(grid);
        theme.setBaselinePaint(REFERENCE);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        return theme;
    }

    /** The shapes used for marked points, from the default sequence. */
    static Shape shape(int i) {
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        return shapes[Math.floorMod(i, shapes.length)];
    }
}
