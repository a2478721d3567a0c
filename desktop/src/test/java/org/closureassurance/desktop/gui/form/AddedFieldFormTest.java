package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.closureassurance.scenarios.ScenarioFormat;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.simulator.value.Uniform;
import org.junit.jupiter.api.Test;

/**
 * A field added to the format by its schema entry alone (docs/scenario-format.md, "Adding a
 * field"), {@code economics.realCostEscalation}, appears on its section's page with the label the
 * schema makes for it, and a file's value goes through the form back to the reader unchanged.
 */
class AddedFieldFormTest {
    private static final String KEY = "economics.realCostEscalation";
    private static final String FILE = """
            {"format": "closure-assurance/1", "name": "Escalated", "currency": "USD",
             "simulation": {"horizonYears": 40},
             "economics": {"discountRate": 0.035, "realCostEscalation": {"dist": "uniform", "min": 0, "max": 0.01}},
             "closureYear": 10, "forfeiture": {"mode": "at-closure"}}""";

    @Test
    void theClosurePageShowsTheFieldWithTheSchemasLabelHelpAndDefault() {
        FieldSpec field = ScenarioSchema.page("closure").field(KEY);

        assertEquals("Real cost escalation (fraction)", field.label());
        // the schema's description as the tooltip, and what an empty box means: its default, 0
        assertEquals(ScenarioFormat.Economics.REAL_COST_ESCALATION.hint() + " Empty: 0.", field.help());
    }

    @Test
    void aFilesValueGoesThroughTheFormUnchanged() {
        ScenarioForm form = FormTree.form(JsonTreeReader.parse(FILE.getBytes(StandardCharsets.UTF_8),
                JsonLimits.DEFAULT).root());

        assertEquals(new Uniform(0, 0.01), ScenarioReader.read(FormTree.tree(form)).scenarioOrThrow().economics()
                .realCostEscalation());
    }
}
