package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class CoverageTimelineChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();
    private final JFreeChart chart = CoverageTimelineChart.create(results);
    private final XYPlot plot = xyPlot(chart);

    @Test
    void fansHoldTheYearlyPercentilesOfLiabilityAndAssurance() {
        YIntervalSeriesCollection fans = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(2, fans.getSeriesCount());
        assertEquals(CoverageTimelineChart.LIABILITY_SERIES, fans.getSeriesKey(0));
        assertEquals(CoverageTimelineChart.ASSURANCE_SERIES, fans.getSeriesKey(1));
        Timeline t = results.timeline();
        assertFan(fans, 0, t.years(), t.liability());
        assertFan(fans, 1, t.years(), t.assurance());
    }

    private static void assertFan(YIntervalSeriesCollection fans, int series, int[] years, Band band) {
        assertEquals(years.length, fans.getItemCount(series));
        for (int i = 0; i < years.length; i++) {
            assertEquals(years[i], fans.getXValue(series, i), 0);
            assertEquals(band.p50()[i], fans.getYValue(series, i), 0);
            assertEquals(band.p10()[i], fans.getStartYValue(series, i), 0);
            assertEquals(band.p90()[i], fans.getEndYValue(series, i), 0);
        }
    }

    @Test
    void coverageProbabilityIsOnASecondAxisFromZeroToOne() {
        XYDataset coverage = plot.getDataset(1);
        double[] expected = results.timeline().coverageProbability();
        assertEquals(expected.length, coverage.getItemCount(0));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], coverage.getYValue(0, i), 0);
        }
        assertSame(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        assertEquals(0.0, plot.getRangeAxis(1).getLowerBound(), 0);
        assertEquals(1.0, plot.getRangeAxis(1).getUpperBound(), 0);
    }

    @Test
    void marksTheMedianClosureYear() {
        ValueMarker closure = domainMarker(plot, CoverageTimelineChart.CLOSURE_MARKER);
        assertNotNull(closure);
        assertEquals(results.closureYear().p50(), closure.getValue(), 0);
    }

    @Test
    void hasATitleAxesWithUnitsAndALegend() {
        assertEquals("Liability and assurance over time", chart.getTitle().getText());
        assertEquals("Year after the base year", plot.getDomainAxis().getLabel());
        assertEquals("Value at year t (USD, base-year prices)", plot.getRangeAxis(0).getLabel());
        assertEquals("Probability assurance covers liability", plot.getRangeAxis(1).getLabel());
        assertEquals(6, plot.getLegendItems().getItemCount());
    }

    /**
     * Samples the drawn chart inside both bands and inside the liability band alone, away from
     * every line, and looks the colour up among the legend's filled boxes. Before the overlap had
     * an entry, the overlap painted a grey (blue at 22 % over orange at 22 % over white) that no
     * legend entry showed, and the bands had no filled entries at all.
     */
    @Test
    void everyColourPaintedByTheBandsHasALegendEntry() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(1000, 620, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1000, 620), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Timeline t = results.timeline();
        Point overlap = null;
        Point liabilityOnly = null;
        for (int i = 1; i + 1 < t.years().length; i++) {
            double x = plot.getDomainAxis().valueToJava2D(t.years()[i], area, plot.getDomainAxisEdge());
            if (Math.abs(x - plot.getDomainAxis().valueToJava2D(results.closureYear().p50(), area,
                    plot.getDomainAxisEdge())) < 8 || x < area.getMinX() + 8 || x > area.getMaxX() - 8) {
                continue;
            }
            double[][] lines = {linesAt(t, i - 1, area), linesAt(t, i, area), linesAt(t, i + 1, area)};
            for (double y = area.getMinY() + 8; y < area.getMaxY() - 8; y += 2) {
                if (farFromAll(y, lines)) {
                    double value = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
                    boolean inL = value > t.liability().p10()[i] && value < t.liability().p90()[i];
                    boolean inA = value > t.assurance().p10()[i] && value < t.assurance().p90()[i];
                    if (inL && inA && overlap == null) {
                        overlap = new Point((int) x, (int) y);
                    } else if (inL && !inA && liabilityOnly == null) {
                        liabilityOnly = new Point((int) x, (int) y);
                    }
                }
            }
        }
        assertNotNull(overlap, "the fixture's bands overlap somewhere");
        assertNotNull(liabilityOnly);
        assertLegendShows(new Color(image.getRGB(overlap.x, overlap.y)), CoverageTimelineChart.OVERLAP);
        assertLegendShows(new Color(image.getRGB(liabilityOnly.x, liabilityOnly.y)),
                CoverageTimelineChart.LIABILITY_BAND);
    }

    /**
     * Java2D heights of every line drawn at year index {@code i}: medians, band edges, coverage.
     * Samples keep 8 px from the span each line covers from the year before to the year after,
     * so no line, steep or flat, passes near.
     */
    private double[] linesAt(Timeline t, int i, Rectangle2D area) {
        double[] values = {t.liability().p10()[i], t.liability().p50()[i], t.liability().p90()[i],
            t.assurance().p10()[i], t.assurance().p50()[i], t.assurance().p90()[i]};
        double[] ys = new double[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            ys[k] = plot.getRangeAxis().valueToJava2D(values[k], area, plot.getRangeAxisEdge());
        }
        ys[values.length] = plot.getRangeAxis(1).valueToJava2D(t.coverageProbability()[i], area,
                plot.getRangeAxisEdge(1));
        return ys;
    }

    private static boolean farFromAll(double y, double[][] lines) {
        for (int k = 0; k < lines[1].length; k++) {
            double low = Math.min(lines[0][k], Math.min(lines[1][k], lines[2][k]));
            double high = Math.max(lines[0][k], Math.max(lines[1][k], lines[2][k]));
            if (y > low - 8 && y < high + 8) {
                return false;
            }
        }
        return true;
    }

    /** The legend's filled box nearest to {@code painted} is {@code label}, within rounding and a grid line's tint. */
    private void assertLegendShows(Color painted, String label) {
        LegendItem nearest = null;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            LegendItem item = plot.getLegendItems().get(i);
            if (item.isShapeVisible() && item.isShapeFilled() && item.getFillPaint() instanceof Color c) {
                int d = Math.abs(c.getRed() - painted.getRed()) + Math.abs(c.getGreen() - painted.getGreen())
                        + Math.abs(c.getBlue() - painted.getBlue());
                if (d < best) {
                    best = d;
                    nearest = item;
                }
            }
        }
        assertNotNull(nearest, "no filled legend entry for the painted " + painted);
        assertTrue(best <= 9, "painted " + painted + " is " + best + " away from the nearest legend swatch "
                + nearest.getLabel());
        assertEquals(label, nearest.getLabel());
    }

    @Test
    void theOverlapSwatchIsTheAssuranceFillOverTheLiabilityFillOverWhite() {
        // Source-over per channel, a = 0.22: liability band (213, 94, 0) over white (255):
        // 0.22 * 213 + 0.78 * 255 = 245.76 -> 246; 0.22 * 94 + 0.78 * 255 = 219.58 -> 220;
        // 0.78 * 255 = 198.9 -> 199. Assurance (0, 114, 178) over that:
        // 0.78 * 246 = 191.88 -> 192; 0.22 * 114 + 0.78 * 220 = 196.68 -> 197;
        // 0.22 * 178 + 0.78 * 199 = 194.38 -> 194.
        assertEquals(new Color(246, 220, 199), CoverageTimelineChart.liabilityBandColour());
        assertEquals(new Color(192, 197, 194), CoverageTimelineChart.overlapColour());
    }

    @Test
    void drawsAssuranceDashedBesideASolidLiability() {
        assertEquals(ChartPalette.LIABILITY, plot.getRenderer(0).getSeriesPaint(0));
        assertEquals(ChartPalette.ASSURANCE, plot.getRenderer(0).getSeriesPaint(1));
        assertEquals(ChartPalette.line(1), plot.getRenderer(0).getSeriesStroke(1));
    }

    @Test
    void withoutATimelineSaysSo() {
        ResultsEdit e = new ResultsEdit(results);
        e.timeline = null;
        JFreeChart empty = CoverageTimelineChart.create(e.build());
        assertEquals(0, xyPlot(empty).getDataset(0).getSeriesCount());
        assertTrue(subtitles(empty).contains("No timeline in these results."));
    }

    @Test
    void withoutForfeitureStillShowsTheTimelineOverAllIterations() {
        XYPlot p = xyPlot(CoverageTimelineChart.create(Fixtures.noForfeitureResults()));
        assertEquals(2, p.getDataset(0).getSeriesCount());
        assertEquals(results.timeline().years().length, p.getDataset(1).getItemCount(0));
    }
}
