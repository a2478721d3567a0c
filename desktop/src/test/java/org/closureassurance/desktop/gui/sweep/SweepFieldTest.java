package org.closureassurance.desktop.gui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;

/** Which editor fields offer a sweep, and as which input. */
class SweepFieldTest {

    @Test
    void aTopLevelFieldAndAListElementsFieldAreTheirInputs() {
        assertEquals("economics/discountRate", SweepField.of(FieldAddress.general("economics.discountRate"), null,
                "Discount rate").orElseThrow().inputPath());
        assertEquals("closureYear", SweepField.of(FieldAddress.general("closureYear"), null, "Closure year")
                .orElseThrow().inputPath());
        SweepField f = SweepField.of(FieldAddress.of("waterTreatment", 1, "duration.halfLifeYears"), "Pit lake",
                "Half-life").orElseThrow();
        assertEquals("waterTreatment/Pit lake/duration.halfLifeYears", f.inputPath());
        assertEquals("Half-life (waterTreatment[1].duration.halfLifeYears)", f.named());
    }

    @Test
    void aFieldThatIsNoInputOffersNoSweep() {
        assertEquals(Optional.empty(), SweepField.of(FieldAddress.of("costItems", 0, "name"), "Works", "Name"));
        assertEquals(Optional.empty(), SweepField.of(FieldAddress.general("simulation.seed"), null, "Seed"));
        assertEquals(Optional.empty(), SweepField.of(FieldAddress.of("costItems", 0, "amount"), " ", "Amount"),
                "an element without a name cannot be named in a path");
    }

    @Test
    void everyInputOfEveryBundledScenarioIsOfferedByAFormField() {
        // a schedule's steps are rows of a table, not fields: they are swept from the command line
        for (String name : BundledScenarios.names()) {
            Scenario scenario = BundledScenarios.load(name);
            ScenarioForm form = ScenarioForms.of(scenario);
            Set<String> offered = new TreeSet<>();
            for (SectionSpec page : ScenarioSchema.pages()) {
                List<ElementForm> elements = page.isList() ? form.elements(page.section()) : List.of(form.general());
                for (int i = 0; i < elements.size(); i++) {
                    for (FieldSpec field : page.fields()) {
                        if (field.kind() != FieldKind.VALUE) {
                            continue;
                        }
                        FieldAddress at = page.isList() ? FieldAddress.of(page.section(), i, field.key())
                                : FieldAddress.general(field.key());
                        SweepField.of(at, elements.get(i).text("name"), field.label())
                                .ifPresent(s -> offered.add(s.inputPath()));
                    }
                }
            }
            Set<String> inputs = new TreeSet<>(InputPaths.all(scenario).stream().filter(i -> !i.key().field().indexed())
                    .map(SampledInput::path).toList());
            assertTrue(offered.containsAll(inputs), name + " misses " + difference(inputs, offered));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
