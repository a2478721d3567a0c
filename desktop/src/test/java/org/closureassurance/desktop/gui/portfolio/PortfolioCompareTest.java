package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.closureassurance.charts.ChartTable;
import org.closureassurance.charts.PortfolioCharts;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PortfolioCompareTest {
    private ChartTable shown;
    private String pinned;
    private JFreeChart curves;
    private final PortfolioCompare compare = new PortfolioCompare(new PortfolioCompare.View() {
        @Override public void pinChanged(boolean canPin, String label) {
            pinned = label;
        }

        @Override public void comparisonChanged(ChartTable comparison, JFreeChart exhaustion) {
            shown = comparison;
            curves = exhaustion;
        }
    });

    private static PortfolioRun run(int number, double levy, double exhaustion, double unfunded) {
        var results = ResultsFixture.results(exhaustion, unfunded);
        return new PortfolioRun(number, ResultsFixture.portfolio(levy), results, PortfolioCharts.of(results));
    }

    @Test
    void comparesTheNextRunWithThePinnedOneFigureByFigure() {
        compare.runCompleted(run(1, 1, 0.18, 1.2e7));
        assertNull(shown, "nothing pinned yet");
        compare.pin();
        assertEquals("Run 1: Register, 100 iterations, levy 1 %", pinned);
        assertNull(shown, "a run is not compared with itself");

        compare.runCompleted(run(2, 2, 0.05, 3.0e6));

        assertEquals(List.of("Contribution percent (levy)", "1 %", "2 %", ""), row("Contribution percent (levy)"));
        // 18 % -> 5 %: 13 points fewer futures where the fund runs dry
        assertEquals(List.of("Fund runs dry within the horizon", "18.0 %", "5.0 %", "−13.0 points"),
                row("Fund runs dry within the horizon"));
        assertEquals(List.of("Expected unfunded public cost", "AUD 12.0 M", "AUD 3.0 M", "−AUD 9.0 M"),
                row("Expected unfunded public cost"));
        assertEquals(List.of("Levy that suffices in 95 % of futures", "none suffices", "none suffices", ""),
                row("Levy that suffices in 95 % of futures"));

        assertEquals(2, curves.getXYPlot().getDataset().getSeriesCount(), "A's and B's exhaustion curves");
        assertEquals("A: Run 1: Register, 100 iterations, levy 1 %", curves.getXYPlot().getDataset().getSeriesKey(0));

        compare.clear();
        assertNull(shown);
        assertNull(curves);
        assertNull(pinned);
    }

    private List<String> row(String figure) {
        return shown.rows().stream().filter(r -> r.get(0).equals(figure)).findFirst().orElseThrow();
    }
}
