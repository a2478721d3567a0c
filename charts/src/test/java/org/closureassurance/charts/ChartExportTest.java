package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartExportTest {

    /** Every chart the module makes, with data and without forfeiture. */
    static Stream<Arguments> everyChart() {
        List<Arguments> out = new ArrayList<>();
        for (NamedChart c : ChartSet.of(Fixtures.copperMineResults()).charts()) {
            out.add(Arguments.of(c.name(), c.chart()));
        }
        for (NamedChart c : ChartSet.of(Fixtures.noForfeitureResults()).charts()) {
            out.add(Arguments.of(c.name() + " (no forfeiture)", c.chart()));
        }
        for (NamedChart c : PortfolioCharts.of(PortfolioFixtures.withFund()).charts()) {
            out.add(Arguments.of("portfolio " + c.name(), c.chart()));
        }
        for (NamedChart c : PortfolioCharts.of(PortfolioFixtures.withoutDistributions()).charts()) {
            out.add(Arguments.of("portfolio " + c.name() + " (Stats only)", c.chart()));
        }
        List<SimulationResults> runs =
                List.of(Fixtures.copperMineResults(), Fixtures.variant("Operator estimate", 0.8, 3));
        out.add(Arguments.of("liability comparison", ScenarioComparisonChart.liabilityCurves(runs)));
        out.add(Arguments.of("bond sizing comparison", ScenarioComparisonChart.bondSizingCurves(runs)));
        return out.stream();
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire sets java.awt.headless=true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChart")
    void pngHasTheRequestedSizeAndIsNotBlank(String name, JFreeChart chart) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExport.png(chart, 640, 400, 72)));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(lumaVariance(image) > 0, "something was drawn");
    }

    /** Variance of the pixels' luma over the whole image: 0 for a blank canvas. */
    private static double lumaVariance(BufferedImage image) {
        double sum = 0;
        double sumSq = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                sum += luma;
                sumSq += luma * luma;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChart")
    void svgParsesAsXml(String name, JFreeChart chart) throws Exception {
        String svg = ChartExport.svg(chart, 640, 400);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(640.0, Double.parseDouble(root.getAttribute("width")), 0);
        assertEquals(400.0, Double.parseDouble(root.getAttribute("height")), 0);
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength() > 0,
                "titles and labels are drawn as text");
    }

    @Test
    void pngAtHigherResolutionHasMorePixelsAndRecordsItsResolution() throws IOException {
        JFreeChart chart = LiabilityDistributionChart.create(Fixtures.copperMineResults());
        byte[] png = ChartExport.png(chart, 400, 250, 144);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            assertEquals(800, reader.getWidth(0));
            assertEquals(500, reader.getHeight(0));
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node phys = child(metadata.getAsTree("javax_imageio_png_1.0"), "pHYs");
            long perMetre = Math.round(144 / 0.0254);
            assertEquals(Long.toString(perMetre), attribute(phys, "pixelsPerUnitXAxis"));
            assertEquals(Long.toString(perMetre), attribute(phys, "pixelsPerUnitYAxis"));
            assertEquals("meter", attribute(phys, "unitSpecifier"));
            reader.dispose();
        }
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in PNG metadata");
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }

    @Test
    void embeddableSvgHasItsIdAViewBoxAndOwnDefinitionIds() {
        JFreeChart chart = BondSizingCurveChart.create(Fixtures.copperMineResults());
        String svg = ChartExport.svgElement(chart, 640, 400, "svg-bond");
        assertTrue(svg.startsWith("<svg id='svg-bond'"), svg.substring(0, 60));
        assertTrue(svg.contains("viewBox='0.0 0.0 640.0 400.0'"), "a viewBox lets CSS scale it");
        assertTrue(svg.contains("id='svg-bond-clip-0'"), "clip ids carry the element's prefix");
        assertFalse(svg.contains("xmlns:jfreesvg"), "unused namespace declarations are dropped");
        assertFalse(svg.contains("xmlns:xlink"), "unused namespace declarations are dropped");
    }

    @Test
    void sameChartGivesTheSameBytes() {
        JFreeChart chart = CoverageTimelineChart.create(Fixtures.copperMineResults());
        assertEquals(ChartExport.svg(chart, 500, 300), ChartExport.svg(chart, 500, 300));
        assertArrayEquals(ChartExport.png(chart, 500, 300), ChartExport.png(chart, 500, 300));
    }

    @Test
    void writesAPngAndAnSvgPerChart(@TempDir Path dir) throws IOException {
        ChartSet set = ChartSet.of(Fixtures.copperMineResults());
        List<Path> written = ChartExport.writeAll(set, dir.resolve("charts"), 320, 200, 72);
        assertEquals(2 * set.size(), written.size());
        for (String name : set.names()) {
            Path png = dir.resolve("charts").resolve(name + ".png");
            Path svg = dir.resolve("charts").resolve(name + ".svg");
            assertEquals(320, ImageIO.read(png.toFile()).getWidth());
            assertTrue(Files.readString(svg).contains("<svg"));
        }
    }

    @Test
    void writesAPngAndAnSvgPerPortfolioChart(@TempDir Path dir) throws IOException {
        PortfolioCharts charts = PortfolioCharts.of(PortfolioFixtures.withoutFund());
        List<Path> written = ChartExport.writeAll(charts.charts(), dir, 320, 200, 72);
        assertEquals(2 * charts.size(), written.size());
        for (String name : charts.names()) {
            assertEquals(200, ImageIO.read(dir.resolve(name + ".png").toFile()).getHeight());
            assertTrue(Files.readString(dir.resolve(name + ".svg")).contains("<svg"));
        }
    }

    @Test
    void rejectsImpossibleSizes() {
        JFreeChart chart = SensitivityTornadoChart.create(Fixtures.copperMineResults());
        assertThrows(IllegalArgumentException.class, () -> ChartExport.png(chart, 0, 100, 72));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.png(chart, 100, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.svg(chart, 100, -1));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.svgElement(chart, 100, 100, "1 bad id"));
    }
}
