package org.closureassurance.scenarios.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The bundled illustrative register reads and validates with every file it names, says it is
 * not a real register, and has the shape and the proportions its description claims.
 */
class BundledPortfoliosTest {

    private static Portfolio register() {
        PortfolioLoad load = BundledPortfolios.load("illustrative-register");
        return assertInstanceOf(PortfolioLoad.Loaded.class, load, load.errorReport()).portfolio();
    }

    @Test
    void theIllustrativeRegisterReadsAndValidatesWithItsScenariosAndRegister() {
        Portfolio p = register();
        assertTrue(p.name().contains("not a real register"), p.name());
        assertTrue(p.description().startsWith("NOT A REAL REGISTER"), p.description());
        assertEquals("USD", p.currency());
        assertEquals(203, p.sites().size());
        List<ScenarioSite> scenarios = p.sites().stream().filter(ScenarioSite.class::isInstance)
                .map(ScenarioSite.class::cast).toList();
        assertEquals(BundledScenarios.names().stream().map(n -> BundledScenarios.load(n).name()).toList(),
                scenarios.stream().map(s -> s.scenario().name()).toList());
        assertEquals(List.of("copper-price"), p.economy().factors().stream().map(f -> f.name()).toList());
        assertEquals(2, p.providers().size());
        assertEquals(1.0, p.fund().contributionPercent());
    }

    /**
     * The proportions the description gives: 81 % of the 200 simple sites (162) in the two
     * lowest hazard classes; the high-risk class (hazard 0.02 before closure, 7 % = 14 sites)
     * holds a surety for its whole estimate, alternating between the two providers; the fund
     * opens at 291.2 / (47.1 / 0.01) = 6.18 % of the simple sites' estimates, rounded to 10^5.
     */
    @Test
    void theRegisterHasTheProportionsItsDescriptionClaims() {
        Portfolio p = register();
        List<SimpleSite> simple = p.sites().stream().filter(SimpleSite.class::isInstance)
                .map(SimpleSite.class::cast).toList();
        assertEquals(200, simple.size());
        long low = simple.stream().filter(s -> hazardBefore(s) <= 0.002).count();
        assertEquals(162, low);
        List<SimpleSite> high = simple.stream().filter(s -> hazardBefore(s) == 0.02).toList();
        assertEquals(14, high.size());
        for (SimpleSite s : high) {
            AssuranceInstrument.Bond bond = assertInstanceOf(AssuranceInstrument.Bond.class, s.assurance().get(0));
            assertEquals(Value.of(s.estimate()), bond.amount(), s.name());
        }
        assertEquals(7, high.stream().filter(s -> ((AssuranceInstrument.Bond) s.assurance().get(0)).provider()
                .equals(p.providers().get(0).name())).count());
        double total = simple.stream().mapToDouble(SimpleSite::estimate).sum();
        assertEquals(291.2 / 4710 * total, p.fund().initialBalance(), 0.5e5);
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BundledPortfolios.load("no-such-register"));
        assertTrue(BundledPortfolios.contains("illustrative-register.json"));
    }

    private static double hazardBefore(SimpleSite s) {
        Forfeiture.AnnualHazard h = assertInstanceOf(Forfeiture.AnnualHazard.class, s.forfeiture());
        return h.beforeClosure().expectedValue();
    }
}
