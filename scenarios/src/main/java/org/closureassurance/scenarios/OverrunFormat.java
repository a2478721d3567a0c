package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.strings;
import static org.closureassurance.scenarios.FormatField.value;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.simulator.model.InputField;

/**
 * The {@code overruns[]} section of the scenario format (version 0.2): multipliers of the
 * estimate's flows by category. Part of {@link ScenarioFormat}.
 */
public final class OverrunFormat {
    private OverrunFormat() {
    }

    /** {@code overruns[]}. */
    public static final class Overrun {
        public static final FormatField MULTIPLIER = value(InputField.OVERRUN_MULTIPLIER.key(), Bounds.POSITIVE)
                .asRequired()
                .measuring("factor")
                .about("multiplies every flow it applies to, after indirect costs; `{\"dist\": \"estimate-class\", "
                        + "\"class\": 4}` states an estimate's AACE accuracy class");
        public static final FormatField APPLIES_TO = strings("appliesTo").when("every cost item")
                .example("[\"water-treatment\"]")
                .about("categories of cost items, plus `water-treatment` and `rehabilitation`, as for indirect "
                        + "costs; each must name a category the scenario has; risk events never take overruns");
        public static final FormatObject OBJECT = FormatObject.of("overruns[]", "Every multiplier that applies to "
                + "a flow multiplies it: `flow × (1 + Σ percent / 100) × Π multiplier`.", Common.NAME,
                Common.DESCRIPTION, MULTIPLIER, APPLIES_TO);

        private Overrun() {
        }
    }
}
