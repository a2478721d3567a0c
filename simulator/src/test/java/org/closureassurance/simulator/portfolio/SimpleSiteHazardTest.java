package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A simple site's hazard by every path the engine takes (a shared independent path, a flat
 * closed form for sampled hazards, a shared conditional path, a site's own conditional path),
 * against the law of its forfeiture year.
 */
class SimpleSiteHazardTest {

    /*
     * Horizon 10, closure year C = 4, closureDurationYears 3: the hazard is hb = 0.05 in years
     * 0..3, ha = 0.15 in years 4..6, and 0 from year 7 on (relinquished). So
     *   P(T = t) = p_t Π_(s<t) (1 - p_s),  P(forfeit) = 1 - 0.95^4 · 0.85^3 = 0.49692...
     * With estimate 100, multiplier 1, no assurance and discount 5 %, S valued at year 0 is
     * 100 v^T, so expectedShortfall = Σ_t P(T = t) 100 v^t.
     * A driver on a factor with persistence 0 makes M_t independent across years, so the yearly
     * events stay independent with marginal probability p: the same law. Sampled hazards are
     * uniform within ±1e-4 of hb and ha: the law moves by O(1e-8), far below the error.
     * Tolerances: 4 standard errors, with sd <= 0.5 for the probability and <= 50 for S in [0, 100];
     * n = 40,000: 0.01 and 1.0.
     */
    @ParameterizedTest
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void forfeitureYearHasTheLawOfItsYearlyHazards(boolean sampled, boolean driven) {
        double hb = 0.05;
        double ha = 0.15;
        Value before = sampled ? new Uniform(hb - 1e-4, hb + 1e-4) : Value.of(hb);
        Value after = sampled ? new Uniform(ha - 1e-4, ha + 1e-4) : Value.of(ha);
        Forfeiture f = new Forfeiture.AnnualHazard(before, after, driven ? new Driver("iid", 0.4) : null);
        SimpleSite site = new SimpleSite("mine", null, 100, Value.of(1), Value.of(4.7), 3, f, List.of(),
                org.closureassurance.simulator.model.AfterForfeiture.NONE);
        Economy economy = new Economy(List.of(new EconomicFactor("iid", null, 0.0)), List.of());
        int n = 40_000;
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(n, 21, 10), 0.05, economy, List.of(),
                List.of(site), null);
        SiteResult r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE).perSite().get(0);

        double survive = 1;
        double expected = 0;
        for (int t = 0; t < 10; t++) {
            double pt = t < 4 ? hb : t < 7 ? ha : 0;
            expected += survive * pt * 100 * Math.pow(1 / 1.05, t);
            survive *= 1 - pt;
        }
        assertEquals(1 - Math.pow(0.95, 4) * Math.pow(0.85, 3), 1 - survive, 1e-12);
        assertEquals(1 - survive, r.forfeitureProbability(), 4 * 0.5 / Math.sqrt(n));
        assertEquals(expected, r.expectedShortfall(), 4 * 50 / Math.sqrt(n));
    }
}
