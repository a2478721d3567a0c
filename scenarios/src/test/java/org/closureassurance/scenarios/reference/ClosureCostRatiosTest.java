package org.closureassurance.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.LogNormalRange;
import org.junit.jupiter.api.Test;

class ClosureCostRatiosTest {
    /** Later over early of the five estimate cases, by hand from the file's figures. */
    private static final double[] ESTIMATE_RATIOS = {
        4380.0 / 903, // Giant Mine 4.8505
        2180.0 / 512, // Ranger 4.2578
        8000.0 / 6200, // Wismut 1.2903
        2000.0 / 500, // Faro 4.0
        204.3 / 277.5, // Ok Tedi 0.7362
    };

    @Test
    void theFileHoldsEveryCaseAndTheMultiplierUsesTheEstimatesOnly() {
        List<ClosureCostCase> all = ClosureCostRatios.cases();
        assertEquals(List.of("Giant Mine", "Ranger", "Wismut", "Faro", "Ok Tedi", "Summitville", "Zortman-Landusky",
                "Mount Polley"), all.stream().map(ClosureCostCase::site).toList());
        assertEquals(240 / 4.7, all.get(5).ratio(), 1e-12);
        assertArrayEquals(ESTIMATE_RATIOS,
                ClosureCostRatios.estimates().stream().mapToDouble(ClosureCostCase::ratio).toArray(), 1e-15);
        assertArrayEquals(ESTIMATE_RATIOS, ClosureCostRatios.empiricalMultiplier().values(), 1e-15);
    }

    @Test
    void theMultiplierIsTheLogNormalFittedToTheEstimateRatios() {
        // ln of the ratios: 1.579069, 1.448760, 0.254892, 1.386294, -0.306221; mean m = 0.8725584,
        // sample sd (n - 1) s = 0.8464868; P10 = exp(m - 1.2815516 s) = 0.8087560 and
        // P90 = exp(m + 1.2815516 s) = 7.0807151 (worked out apart from this code, in Python, to 7 digits).
        LogNormalRange m = ClosureCostRatios.multiplier();
        assertEquals(0.8087560, m.p10(), 5e-8);
        assertEquals(7.0807151, m.p90(), 5e-7);
        // Its median is the geometric mean of the ratios, exp(m) = 2.393025.
        assertEquals(2.393025, Math.exp(m.mu()), 5e-7);
    }

    @Test
    void theMultiplierIsAOneLinePresetThatAScenarioFileKeeps() {
        Scenario s = ScenarioReader.readString("{\"format\": \"closure-assurance/1\", \"name\": \"S\", "
                + "\"simulation\": {\"horizonYears\": 10}, \"economics\": {\"discountRate\": 0.03}, "
                + "\"closureYear\": 0, \"forfeiture\": {\"mode\": \"at-closure\"}, "
                + "\"costItems\": [{\"name\": \"A\", \"amount\": 1}]}").scenarioOrThrow()
                .withOverruns(List.of(new Overrun("Historical overruns", null, ClosureCostRatios.multiplier(), null)));
        assertEquals(s, ScenarioReader.readString(ScenarioWriter.write(s)).scenarioOrThrow());
    }

    @Test
    void aMalformedLineIsRefusedWithTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClosureCostRatios.parse(
                List.of("# comment", "site,country,basis,early,later,currency", "Giant Mine,Canada,estimate,903")));
        assertEquals("closure-cost-ratios.csv: 6 columns expected in \"Giant Mine,Canada,estimate,903\"",
                e.getMessage());
    }
}
