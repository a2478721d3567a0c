package org.closureassurance.charts;

import org.closureassurance.simulator.results.SimulationResults;

/**
 * Choices a caller may make about charts: the currency shown on money axes (null: the
 * results' own), how many inputs the sensitivity chart ranks, and how many bins histograms aim
 * for (the actual count varies a little because bin widths are rounded to 1, 2, 2.5 or 5 times
 * a power of ten, so that axis labels can state them).
 */
public record ChartOptions(String currency, int sensitivityInputs, int histogramBins) {

    /** Results' currency, ten sensitivity inputs, about forty histogram bins. */
    public static final ChartOptions DEFAULT = new ChartOptions(null, 10, 40);

    public ChartOptions {
        if (sensitivityInputs < 1) {
            throw new IllegalArgumentException("sensitivityInputs must be >= 1, was " + sensitivityInputs);
        }
        if (histogramBins < 2 || histogramBins > 1000) {
            throw new IllegalArgumentException("histogramBins must be in 2..1000, was " + histogramBins);
        }
    }

    /** The same options showing money in {@code code} (null: the results' currency). */
    public ChartOptions withCurrency(String code) {
        return new ChartOptions(code, sensitivityInputs, histogramBins);
    }

    /** The same options ranking the top {@code n} inputs by sensitivity. */
    public ChartOptions withSensitivityInputs(int n) {
        return new ChartOptions(currency, n, histogramBins);
    }

    /** The same options aiming for {@code n} histogram bins. */
    public ChartOptions withHistogramBins(int n) {
        return new ChartOptions(currency, sensitivityInputs, n);
    }

    /** The currency to show for {@code results}: this option's, else theirs, else {@code USD}. */
    public String currencyFor(SimulationResults results) {
        if (currency != null && !currency.isBlank()) {
            return currency;
        }
        String own = results.currency();
        return own == null || own.isBlank() ? "USD" : own;
    }
}
