package org.closureassurance.simulator.portfolio;

import java.util.Objects;
import org.closureassurance.simulator.model.Scenario;

/**
 * A site described by a full scenario. The portfolio's simulation settings and economics
 * replace the scenario's own when the portfolio is run; the scenario is kept as it was read.
 *
 * @param name the site's name in the portfolio (not necessarily the scenario's)
 * @param scenario the scenario as read from its file
 */
public record ScenarioSite(String name, Scenario scenario) implements Site {
    public ScenarioSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
    }
}
