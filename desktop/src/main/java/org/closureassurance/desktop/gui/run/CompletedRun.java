package org.closureassurance.desktop.gui.run;

import java.util.Objects;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * One simulation as the window shows it: the scenario exactly as run, its results, their
 * charts (built off the event thread), and the SHA-256 of the scenario text that was run (the
 * file's when it was saved and unchanged, else the scenario as Save writes it), for the report.
 */
public record CompletedRun(Scenario scenario, SimulationResults results, ChartSet charts, String sha256) {
    public CompletedRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(charts, "charts");
    }

    /** The currency its money is shown in. */
    public String currency() {
        return scenario.currencyOrDefault();
    }
}
