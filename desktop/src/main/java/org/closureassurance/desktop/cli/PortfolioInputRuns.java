package org.closureassurance.desktop.cli;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.PortfolioEdit;
import org.closureassurance.scenarios.PortfolioError;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioEngine;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * Runs of one portfolio with one number of its file set to each value in turn, for the
 * {@code sweep} and {@code breakeven} commands: the number at the JSON path is replaced in the
 * file's tree and the portfolio read again, so every value is checked as the file would be
 * there. Every run keeps the seed, so the engine's draws, keyed by seed, iteration and name,
 * are common random numbers across values.
 */
final class PortfolioInputRuns {
    private final String file;
    private final String input;
    private final SimulationOptions simulation;
    private final PortfolioEngine engine;

    PortfolioInputRuns(String file, String input, SimulationOptions simulation, int threads) {
        this.file = file;
        this.input = input;
        this.simulation = simulation;
        this.engine = new PortfolioEngine(threads, ToolVersion.current());
    }

    /**
     * The portfolio with the input at {@code value} and the command's overrides applied.
     *
     * @throws IllegalArgumentException naming the option, the value and the portfolio's problems
     */
    Portfolio at(String option, double value) {
        PortfolioLoad load = PortfolioSource.resolve(file, new PortfolioEdit(input, value)).load();
        if (load instanceof PortfolioLoad.Loaded loaded) {
            return simulation.apply(loaded.portfolio());
        }
        List<String> problems = new ArrayList<>();
        for (PortfolioError e : load.errors()) {
            problems.add(e.toString());
        }
        String first = problems.get(0);
        if (first.contains("--input " + input + ":")) {
            throw new IllegalArgumentException(first.substring(first.indexOf("--input ")));
        }
        throw new IllegalArgumentException(option + " " + SweepValues.text(value) + " is not a valid value of "
                + input + ": " + String.join("; ", problems));
    }

    /** Every value's portfolio, checked before any is run. */
    List<Portfolio> all(String option, double[] values) {
        List<Portfolio> out = new ArrayList<>();
        for (double v : values) {
            out.add(at(option, v));
        }
        return out;
    }

    /** The headline figures of {@code portfolio}, the input at {@code value}. */
    PortfolioSweepPoint run(double value, Portfolio portfolio, ProgressListener listener) {
        return PortfolioSweepPoint.of(value, engine.run(portfolio, listener));
    }
}
