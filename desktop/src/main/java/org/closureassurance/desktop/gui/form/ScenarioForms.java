package org.closureassurance.desktop.gui.form;

import java.util.List;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.Value;

/**
 * The editor's form of a scenario, filled from the tree the file writer makes
 * ({@link ScenarioWriter#tree}), so that the form shows what the saved file holds; and the
 * form of a new, nearly empty scenario.
 */
public final class ScenarioForms {
    private static final int NEW_HORIZON_YEARS = 100;
    private static final int NEW_CLOSURE_YEAR = 10;
    private static final double NEW_DISCOUNT_RATE = 0.03;

    private ScenarioForms() {
    }

    /** The form of a new scenario: a name, a horizon, a discount rate, closure and forfeiture. */
    public static ScenarioForm blank() {
        return of(new Scenario("New scenario", null, "USD", null,
                new SimulationSettings(SimulationSettings.DEFAULT_ITERATIONS, 1, NEW_HORIZON_YEARS,
                        Sampling.MONTE_CARLO),
                new Economics(Value.of(NEW_DISCOUNT_RATE)), Value.of(NEW_CLOSURE_YEAR), new Forfeiture.AtClosure(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** The form that shows {@code s} exactly. */
    public static ScenarioForm of(Scenario s) {
        return FormTree.form(ScenarioWriter.tree(s));
    }
}
