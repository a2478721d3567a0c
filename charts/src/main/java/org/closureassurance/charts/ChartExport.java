package org.closureassurance.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders charts to PNG and SVG, headless: into memory for callers that embed them, or to
 * files for the command line's {@code --charts DIR}.
 *
 * <p>Sizes are the chart's layout size in points (1/72 inch), the unit JFreeChart lays out
 * in; a PNG at {@code dpi} has {@code width * dpi / 72} by {@code height * dpi / 72} pixels and
 * records its resolution in the PNG {@code pHYs} chunk, so a 300-dpi export has the same layout,
 * sharper, and prints at the intended size. At 72 dpi the pixel size is the requested size.
 *
 * <p>SVG is written with JFreeSVG. Definition ids (clip paths) start with a caller-given prefix
 * instead of JFreeSVG's time-based default, so that output is reproducible and several charts
 * can share one HTML page without clashing ids.
 */
public final class ChartExport {

    /** Screen resolution: one pixel per point. */
    public static final double SCREEN_DPI = 72.0;

    private static final double INCHES_PER_METRE = 1 / 0.0254;

    private ChartExport() {
    }

    /** A PNG of {@code chart} at {@code width} by {@code height} pixels (72 dpi). */
    public static byte[] png(JFreeChart chart, int width, int height) {
        return png(chart, width, height, SCREEN_DPI);
    }

    /**
     * A PNG of {@code chart} laid out at {@code width} by {@code height} points, rendered at
     * {@code dpi} (pixels {@code round(size * dpi / 72)}), with the resolution in its metadata.
     */
    public static byte[] png(JFreeChart chart, int width, int height, double dpi) {
        checkSize(width, height);
        if (!(dpi > 0) || !Double.isFinite(dpi) || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be in (0, 2400], was " + dpi);
        }
        double scale = dpi / SCREEN_DPI;
        BufferedImage image = render(chart, width, height, scale);
        try {
            return encodePng(image, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
    }

    /** {@code chart} drawn into an RGB image of {@code size * scale} pixels. */
    static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static byte[] encodePng(BufferedImage image, double dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            setResolution(metadata, dpi);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void setResolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi * INCHES_PER_METRE));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    /**
     * A standalone SVG document of {@code chart} at {@code width} by {@code height}: an XML
     * declaration and one {@code <svg>} element, without a DOCTYPE (SVG 1.1 and 2 need none, and a
     * DOCTYPE makes XML parsers fetch a DTD over the network).
     */
    public static String svg(JFreeChart chart, int width, int height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, width, height, "chart") + "\n";
    }

    /**
     * An {@code <svg>} element of {@code chart} for embedding in HTML: {@code id} is the element's
     * id and the prefix of its definition ids, a {@code viewBox} lets CSS scale it, and namespace
     * declarations the drawing does not use are left out.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        checkSize(width, height);
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("id must be letters, digits, '-' or '_', starting with a letter: " + id);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(ChartExport::svgFontFamily);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String element = g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        return dropUnusedNamespace(dropUnusedNamespace(element, "xlink"), "jfreesvg");
    }

    /**
     * The SVG font-family for a Java family: the family the text was measured in, then the
     * families of similar width, then the generic sans serif. Without the name, a browser picks
     * its own sans serif, whose different widths push titles off centre and edge labels off the
     * chart ({@code USD 1.6} for {@code USD 1.6 B}).
     */
    static String svgFontFamily(String javaFamily) {
        List<String> families = new ArrayList<>();
        if (!javaFamily.equals(Font.SANS_SERIF) && !javaFamily.equals(Font.DIALOG)) {
            families.add(javaFamily);
        }
        for (String f : ChartPalette.PREFERRED_FAMILIES) {
            if (!families.contains(f)) {
                families.add(f);
            }
        }
        return families.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", ")) + ", sans-serif";
    }

    private static String dropUnusedNamespace(String element, String prefix) {
        int open = element.indexOf('>');
        String declaration = " xmlns:" + prefix + "='";
        int at = element.indexOf(declaration);
        if (at < 0 || at > open || element.indexOf(prefix + ":", open) >= 0) {
            return element;
        }
        int end = element.indexOf('\'', at + declaration.length());
        return element.substring(0, at) + element.substring(end + 1);
    }

    /** Writes {@code chart} as a PNG file (see {@link #png(JFreeChart, int, int, double)}). */
    public static void writePng(JFreeChart chart, Path file, int width, int height, double dpi) throws IOException {
        Files.write(file, png(chart, width, height, dpi));
    }

    /** Writes {@code chart} as an SVG file (see {@link #svg(JFreeChart, int, int)}). */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, svg(chart, width, height), StandardCharsets.UTF_8);
    }

    /**
     * Writes every chart of {@code set} into {@code directory} (created if missing) as
     * {@code NAME.png} and {@code NAME.svg}; returns the files written, in order.
     */
    public static List<Path> writeAll(ChartSet set, Path directory, int width, int height, double dpi)
            throws IOException {
        return writeAll(set.charts(), directory, width, height, dpi);
    }

    /** Writes {@code charts} as {@link #writeAll(ChartSet, Path, int, int, double)} writes a set's. */
    public static List<Path> writeAll(List<NamedChart> charts, Path directory, int width, int height, double dpi)
            throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (NamedChart c : charts) {
            Path png = directory.resolve(c.name() + ".png");
            writePng(c.chart(), png, width, height, dpi);
            written.add(png);
            Path svg = directory.resolve(c.name() + ".svg");
            writeSvg(c.chart(), svg, width, height);
            written.add(svg);
        }
        return written;
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("size must be 1..20000 points each way, was " + width + "x" + height);
        }
    }
}
