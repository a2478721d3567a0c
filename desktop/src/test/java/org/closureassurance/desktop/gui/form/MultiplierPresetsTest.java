package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.reference.ClosureCostCase;
import org.closureassurance.scenarios.reference.ClosureCostRatios;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** The one-click presets of an overrun's multiplier, and what taking one writes into the scenario. */
class MultiplierPresetsTest {
    private static final String FILE = """
            {"format": "closure-assurance/1", "name": "Overrun", "currency": "USD", "baseYear": 2026,
             "simulation": {"iterations": 1000, "seed": 3, "horizonYears": 40},
             "economics": {"discountRate": 0.03}, "closureYear": 10, "forfeiture": {"mode": "at-closure"},
             "costItems": [{"name": "Works", "category": "earthworks", "amount": 1000000, "startYear": 0,
                            "durationYears": 1}],
             "overruns": [{"name": "Estimate maturity", "multiplier": 1.2}]}""";
    private static final FieldSpec MULTIPLIER = ScenarioSchema.forSection("overruns").field("multiplier");

    private static ScenarioForm form() {
        return FormTree.form(JsonTreeReader.parse(FILE.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT).root());
    }

    @Test
    void anOverrunsMultiplierOffersTheFiveEstimateClassesThenTheReferenceClass() {
        List<ValuePreset> presets = MultiplierPresets.of(MULTIPLIER);

        assertEquals(6, presets.size());
        for (int k = 1; k <= 5; k++) {
            ValuePreset p = presets.get(k - 1);
            assertEquals(DistributionKind.ESTIMATE_CLASS, p.value().kind());
            assertEquals(Integer.toString(k), p.value().parameter("class"));
            assertTrue(p.label().startsWith("AACE estimate class " + k), p.label());
        }
        ValuePreset history = presets.get(5);
        assertEquals(DistributionKind.LOGNORMAL_RANGE, history.value().kind());
        assertTrue(history.note().contains("notorious failures") && history.note().contains("upward"), history.note());
    }

    /**
     * The reference class is the log-normal through exp(m - z90 s) and exp(m + z90 s), where m
     * and s are the mean and the sample standard deviation of the logarithms of the estimate
     * cases' ratios; worked out here from the cases themselves.
     */
    @Test
    void theReferenceClassIsTheLogNormalFittedToTheHistoricalRatios() {
        List<ClosureCostCase> cases = ClosureCostRatios.estimates();
        double m = cases.stream().mapToDouble(c -> Math.log(c.ratio())).average().orElseThrow();
        double s = Math.sqrt(cases.stream().mapToDouble(c -> Math.pow(Math.log(c.ratio()) - m, 2)).sum()
                / (cases.size() - 1));
        double z90 = 1.2815515655446004;

        ValueForm preset = MultiplierPresets.of(MULTIPLIER).get(5).value();

        assertEquals(Math.exp(m - z90 * s), Double.parseDouble(preset.parameter("p10")), 1e-12);
        assertEquals(Math.exp(m + z90 * s), Double.parseDouble(preset.parameter("p90")), 1e-12);
    }

    @Test
    void noOtherFieldHasPresets() {
        for (SectionSpec page : ScenarioSchema.pages()) {
            for (FieldSpec f : page.fields()) {
                if (f != MULTIPLIER) {
                    assertEquals(List.of(), MultiplierPresets.of(f), page.id() + " " + f.key());
                }
            }
        }
    }

    @Test
    void aPresetTakenIsWhatTheScenarioFileHolds() {
        ScenarioForm form = form();
        List<ValuePreset> presets = MultiplierPresets.of(MULTIPLIER);
        List<Value> expected = List.of(new EstimateClass(1), new EstimateClass(2), new EstimateClass(3),
                new EstimateClass(4), new EstimateClass(5), ClosureCostRatios.multiplier());
        for (int i = 0; i < presets.size(); i++) {
            ValuePreset p = presets.get(i);
            ScenarioForm taken = form.withElement("overruns", 0, form.element("overruns", 0)
                    .with(MULTIPLIER.key(), p.value()));

            LoadResult read = ScenarioReader.read(FormTree.tree(taken));

            assertEquals(List.of(), read.errors(), p.label());
            assertEquals(expected.get(i), read.scenarioOrThrow().overruns().get(0).multiplier(), p.label());
        }
    }
}
