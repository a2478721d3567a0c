package org.closureassurance.desktop.gui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

class ScenarioChangesTest {
    private final Scenario regulator = BundledScenarios.load(BundledScenarios.defaultName());

    private static Scenario withRate(Scenario s, Value rate) {
        return new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(), new Economics(rate),
                s.closureYear(), s.forfeiture(), s.costItems(), s.indirectCosts(), s.correlations(), s.waterTreatment(),
                s.rehabilitation(), s.riskEvents(), s.assurance());
    }

    @Test
    void namesAChangedValueAndSetting() {
        Scenario b = withRate(regulator, Value.of(0.05)).withSimulation(regulator.simulation().withIterations(5000));

        assertEquals(List.of("Iterations: 20,000 → 5,000", "Discount rate: Triangular 0.02 / 0.03 / 0.045 → 0.05"),
                ScenarioChanges.between(regulator, b, 6));
    }

    @Test
    void writesASeedAsTheRunLinesDoNotGroupedLikeACount() {
        // The Compare tab's run lines say "seed 20260101"; the change line said "20,260,101".
        Scenario b = regulator.withSimulation(regulator.simulation().withSeed(7));

        assertEquals(List.of("Seed: 20260101 → 7"), ScenarioChanges.between(regulator, b, 6));
    }

    @Test
    void saysNothingForTheSameScenarioAndSummarisesALongList() {
        assertEquals(List.of(), ScenarioChanges.between(regulator, regulator, 6));

        List<String> many = ScenarioChanges.between(regulator, BundledScenarios.load("ngo-stress-case"), 4);

        assertEquals(4, many.size());
        assertTrue(many.get(3).startsWith("… and "), many.get(3));
    }
}
