package org.closureassurance.desktop.gui.portfolio;

import java.util.Locale;
import java.util.Objects;
import org.closureassurance.charts.PortfolioCharts;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;

/**
 * One complete portfolio run: what was run, what it found, and its charts (built off the event
 * thread with the results).
 *
 * @param number the run's number in this window, from 1
 * @param portfolio the portfolio as run
 * @param results what the engine found
 * @param charts every chart of the results with its table
 */
public record PortfolioRun(int number, Portfolio portfolio, PortfolioResults results, PortfolioCharts charts) {
    public PortfolioRun {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(charts, "charts");
    }

    /** {@code Run 2: Illustrative register, 2,000 iterations, levy 1.5 %}. */
    public String label() {
        String levy = portfolio.fund() == null ? "no fund"
                : String.format(Locale.ROOT, "levy %s %%", PortfolioCompare.percentNumber(
                        portfolio.fund().contributionPercent()));
        return String.format(Locale.ROOT, "Run %d: %s, %,d iterations, %s", number, portfolio.name(),
                results.iterations(), levy);
    }
}
