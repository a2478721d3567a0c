package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class PortfolioComparisonChartTest {
    @Test
    void drawsBothRunsExhaustionCurvesYearByYearAFirst() {
        PortfolioResults a = PortfolioFixtures.withFund();
        PortfolioResults b = PortfolioFixtures.withFund();

        JFreeChart chart = PortfolioComparisonChart.exhaustion("levy 1 %", a, "levy 2 %", b);

        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(List.of("A: levy 1 %", "B: levy 2 %"), List.of(data.getSeriesKey(0), data.getSeriesKey(1)));
        double[] byYear = a.fund().exhaustionByYear();
        assertEquals(byYear.length, data.getItemCount(0));
        for (int t = 0; t < byYear.length; t++) {
            assertEquals(t, data.getXValue(0, t));
            assertEquals(byYear[t], data.getYValue(0, t));
            assertEquals(b.fund().exhaustionByYear()[t], data.getYValue(1, t));
        }
        draw(chart);
    }

    @Test
    void aRunWithoutAFundHasNoCurveAndNeitherSaysSo() {
        JFreeChart one = PortfolioComparisonChart.exhaustion("with", PortfolioFixtures.withFund(), "without",
                PortfolioFixtures.withoutFund());
        assertEquals(1, one.getXYPlot().getDataset().getSeriesCount());

        JFreeChart none = PortfolioComparisonChart.exhaustion("x", PortfolioFixtures.withoutFund(), "y",
                PortfolioFixtures.withoutFund());
        assertEquals(0, none.getXYPlot().getDataset().getSeriesCount());
        assertTrue(none.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt
                && tt.getText().equals(PortfolioComparisonChart.NO_FUND)), "the chart says there is nothing to compare");
        draw(none);
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 640, 400));
        g.dispose();
    }
}
