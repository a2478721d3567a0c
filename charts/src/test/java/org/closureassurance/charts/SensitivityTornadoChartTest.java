package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.subtitles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class SensitivityTornadoChartTest {

    private final SimulationResults results = Fixtures.copperMineResults();

    private static CategoryPlot plot(JFreeChart chart) {
        return (CategoryPlot) chart.getPlot();
    }

    /**
     * The report draws the tornado 760 points wide; an input's label gets at most 45 % of the
     * plot's width, about 40 characters on one line, and was cut to "…establishme...". It must
     * wrap instead: every word of every label appears in the drawing and nothing is cut.
     */
    @Test
    void wrapsLongInputLabelsInsteadOfCuttingThem() {
        String path = "rehabilitation/Waste rock dump cover and revegetation/establishmentCost";
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity(path, 0.31), new Sensitivity("economics/discountRate", -0.2));
        String svg = ChartExport.svgElement(SensitivityTornadoChart.create(e.build()),
                AssuranceReport.CHART_WIDTH, AssuranceReport.CHART_HEIGHT, "tornado");
        List<String> drawn = SvgTextFitTest.texts(svg).stream().map(SvgTextFitTest.SvgText::text).toList();
        String label = InputLabels.label(path);
        assertTrue(label.length() > 50, label);
        for (String t : drawn) {
            assertFalse(t.endsWith("..."), "cut label: " + t);
        }
        String all = String.join(" ", drawn);
        for (String word : label.split(" ")) {
            assertTrue(all.contains(word), "'" + word + "' of '" + label + "' is not drawn: " + drawn);
        }
    }

    @Test
    void ranksTheTopTenInputsByMagnitudeAsSignedBars() {
        List<Sensitivity> all = results.sensitivity();
        assertTrue(all.size() > 10, "the fixture ranks more inputs than the chart shows");
        CategoryDataset data = plot(SensitivityTornadoChart.create(results)).getDataset();
        long n = results.liability().count();
        assertEquals(List.of(SensitivityTornadoChart.RAISES, SensitivityTornadoChart.LOWERS,
                SensitivityTornadoChart.unclearKey(n)), data.getRowKeys());
        assertEquals(10, data.getColumnCount());
        for (int i = 0; i < 10; i++) {
            Sensitivity s = all.get(i);
            assertEquals(InputLabels.label(s.input()), data.getColumnKey(i));
            Number raises = data.getValue(0, i);
            Number lowers = data.getValue(1, i);
            Number unclear = data.getValue(2, i);
            if (!SpearmanSignificance.isDistinguishable(s.spearman(), n)) {
                assertEquals(s.spearman(), unclear.doubleValue(), 0);
                assertNull(raises);
                assertNull(lowers);
            } else if (s.spearman() >= 0) {
                assertNull(unclear);
                assertEquals(s.spearman(), raises.doubleValue(), 0);
                assertNull(lowers);
            } else {
                assertEquals(s.spearman(), lowers.doubleValue(), 0);
                assertNull(raises);
                assertNull(unclear);
            }
        }
    }

    /**
     * Over the fixture's forfeiting iterations n, 1.96 / sqrt(n - 1) is the smallest rank
     * correlation distinguishable from 0. Half of it is not: that input is drawn grey, in the
     * series that claims no direction, and twice it keeps its direction.
     */
    @Test
    void givesNoDirectionToACorrelationIndistinguishableFromZero() {
        long n = results.liability().count();
        double threshold = 1.959964 / Math.sqrt(n - 1);
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity("economics/discountRate", -2 * threshold),
                new Sensitivity("closureYear", 0.5 * threshold));
        CategoryDataset data = plot(SensitivityTornadoChart.create(e.build())).getDataset();
        assertEquals(-2 * threshold, data.getValue(SensitivityTornadoChart.LOWERS, "Discount rate").doubleValue(), 0);
        assertNull(data.getValue(SensitivityTornadoChart.RAISES, "Closure year"));
        assertEquals(0.5 * threshold, data.getValue(SensitivityTornadoChart.unclearKey(n), "Closure year")
                .doubleValue(), 0);
        assertTrue(SensitivityTornadoChart.unclearKey(n).contains(String.format(java.util.Locale.ROOT, "%.3f",
                threshold)));
    }

    @Test
    void ordersByMagnitudeEvenWhenTheResultsDoNot() {
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity("closureYear", 0.1), new Sensitivity("economics/discountRate", -0.6),
                new Sensitivity("costItems/Plant demolition/amount", 0.3));
        CategoryDataset data = plot(SensitivityTornadoChart.create(e.build())).getDataset();
        assertEquals(List.of("Discount rate", "Plant demolition — amount", "Closure year"), data.getColumnKeys());
    }

    @Test
    void showsAsManyInputsAsAsked() {
        CategoryDataset data = plot(SensitivityTornadoChart.create(results, ChartOptions.DEFAULT.withSensitivityInputs(3)))
                .getDataset();
        assertEquals(3, data.getColumnCount());
    }

    @Test
    void leavesOutUndefinedCorrelations() {
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity("closureYear", Double.NaN), new Sensitivity("economics/discountRate", -0.5));
        CategoryDataset data = plot(SensitivityTornadoChart.create(e.build())).getDataset();
        assertEquals(List.of("Discount rate"), data.getColumnKeys());
    }

    @Test
    void tellsApartInputsWhoseLabelsCoincide() {
        ResultsEdit e = new ResultsEdit(results);
        e.sensitivity = List.of(new Sensitivity("waterTreatment/Spill/probability", 0.4),
                new Sensitivity("riskEvents/Spill/probability", 0.3));
        CategoryDataset data = plot(SensitivityTornadoChart.create(e.build())).getDataset();
        assertEquals(List.of("Spill — probability", "Spill — probability (risk event)"), data.getColumnKeys());
    }

    @Test
    void isHorizontalWithASymmetricCorrelationAxis() {
        JFreeChart chart = SensitivityTornadoChart.create(results);
        CategoryPlot plot = plot(chart);
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        double largest = Math.abs(results.sensitivity().get(0).spearman());
        assertEquals(-plot.getRangeAxis().getUpperBound(), plot.getRangeAxis().getLowerBound(), 0);
        assertTrue(plot.getRangeAxis().getUpperBound() > largest);
        assertEquals("Spearman rank correlation with the walk-away liability", plot.getRangeAxis().getLabel());
        assertEquals("Input", plot.getDomainAxis().getLabel());
        assertEquals("Sensitivity: the 10 inputs that move the liability most", chart.getTitle().getText());
        assertEquals(3, plot.getLegendItems().getItemCount(), "raises, lowers, not distinguishable from 0");
    }

    @Test
    void withoutForfeitureIsEmptyAndSaysWhy() {
        JFreeChart chart = SensitivityTornadoChart.create(Fixtures.noForfeitureResults());
        assertEquals(0, plot(chart).getDataset().getColumnCount());
        assertTrue(subtitles(chart).contains(ChartParts.NO_FORFEITURE));
    }
}
