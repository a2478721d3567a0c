package org.closureassurance.desktop.gui.sweep;

import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;

/**
 * A number of the portfolio window that a sweep can hold: the label the window shows, the
 * input's path as the {@code sweep} command names it, and the JSON path of the field (what
 * messages name). Setting it gives a new portfolio; the one shown is never touched.
 */
public enum PortfolioSweepField {
    /** The pooled fund's yearly contribution, a percent of each operating site's estimate. */
    LEVY("Levy %", "fund/contributionPercent", "fund.contributionPercent");

    private final String label;
    private final String inputPath;
    private final String fieldPath;

    PortfolioSweepField(String label, String inputPath, String fieldPath) {
        this.label = label;
        this.inputPath = inputPath;
        this.fieldPath = fieldPath;
    }

    /** The input's path, as sweeps name it: {@code fund/contributionPercent}. */
    public String inputPath() {
        return inputPath;
    }

    /** How messages name the field: {@code Levy % (fund.contributionPercent)}. */
    public String named() {
        return label + " (" + fieldPath + ")";
    }

    /** The field's value in {@code portfolio}; NaN without a fund. */
    public double valueIn(Portfolio portfolio) {
        PooledFund f = portfolio.fund();
        return f == null ? Double.NaN : f.contributionPercent();
    }

    /**
     * {@code portfolio} with this field at {@code value}.
     *
     * @throws IllegalArgumentException naming the field when the portfolio has no fund or the value is not valid there
     */
    public Portfolio at(Portfolio portfolio, double value) {
        PooledFund f = portfolio.fund();
        if (f == null) {
            throw new IllegalArgumentException(named() + ": the portfolio has no pooled fund to sweep.");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(named() + ": " + org.closureassurance.charts.BreakEvenSentence
                    .value(value) + " is not a valid value here (a contribution percent is a number >= 0).");
        }
        return new Portfolio(portfolio.name(), portfolio.description(), portfolio.currency(), portfolio.baseYear(),
                portfolio.simulation(), portfolio.economics(), portfolio.economy(), portfolio.providers(),
                portfolio.sites(), new PooledFund(f.name(), f.initialBalance(), value, f.annualReturn(),
                f.annualFeeRate()));
    }
}
