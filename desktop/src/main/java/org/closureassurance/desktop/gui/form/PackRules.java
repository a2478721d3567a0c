package org.closureassurance.desktop.gui.form;

import java.util.List;
import org.closureassurance.scenarios.RulePack;
import org.closureassurance.scenarios.RulePacks;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.Value;

/**
 * The bundled rule packs as the requirements page offers them, and the form of one of their
 * rules: the form is filled from the file writer's tree of the rule, so a rule added from a pack
 * is the same element a user would get by opening a file that holds it.
 */
public final class PackRules {
    private static final List<RulePack> PACKS = RulePacks.all();

    private PackRules() {
    }

    /** The bundled packs, in the order the tool ships them. */
    public static List<RulePack> packs() {
        return PACKS;
    }

    /** The requirements-page element that shows {@code rule}. */
    public static ElementForm element(Requirement rule) {
        Scenario carrier = new Scenario("rule", null, "USD", null, new SimulationSettings(1, 1, 1,
                Sampling.MONTE_CARLO), new Economics(Value.of(0)), Value.of(0), new Forfeiture.AtClosure(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), AfterForfeiture.NONE,
                List.of(rule));
        return FormTree.form(ScenarioWriter.tree(carrier)).element(Top.REQUIREMENTS.name(), 0);
    }
}
