package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RecordsEquality;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Estimate;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** Scenario sites run by the portfolio engine: against their scenario run alone, by hand, and on any thread count. */
class ScenarioSitesInPortfolioTest {
    private static final Economy METAL = new Economy(List.of(new EconomicFactor("metal", null, 0.7)), List.of());
    private static final Provider SURETY = new Provider("Surety A", null, Value.of(0.02), new Uniform(0.2, 0.6),
            new Driver("metal", 0.3));

    /** A copper mine whose discount rate, factor, provider and own inputs are all uncertain. */
    private static Scenario copperMine(SimulationSettings settings, Economy economy, List<Provider> providers) {
        return new Scenario("Copper mine", null, "AUD", 2026, settings, new Economics(new Uniform(0.01, 0.05)),
                new Uniform(5, 15), new Forfeiture.AnnualHazard(Value.of(0.03), Value.of(0.06), new Driver("metal", 0.3)),
                List.of(CostItem.lump("Works", "earthworks", new Triangular(5e5, 8e5, 1.5e6), 0, 3)), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new AssuranceInstrument.Bond("Surety bond", null, BondKind.SURETY, Value.of(6e5), null,
                        Value.of(0), Value.of(0), "Surety A", null)), List.of(), economy, providers);
    }

    @Test
    void aScenarioSiteAloneWithoutAFundHasItsScenariosForfeitureProbabilityAndExpectedShortfall() {
        // The portfolio's settings, economics, factor and provider are the scenario's own, so the
        // model is the same and only the streams differ. The two runs are independent estimates:
        // they agree within 4 standard errors of their difference, sqrt(2 p(1-p)/n) for the
        // forfeiture probability and sqrt(2) sd/sqrt(n) for the expected shortfall at year 0 (sd
        // of the portfolio's total shortfall, which is this site's). A false alarm about once in
        // 16,000 seeds; the seeds are fixed. Every iteration's year-0 face is 6e5 exactly.
        int n = 40_000;
        SimulationSettings settings = new SimulationSettings(n, 8, 30, Sampling.MONTE_CARLO);
        Scenario s = copperMine(settings, METAL, List.of(SURETY));
        SimulationResults single = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        Portfolio p = new Portfolio("Register", null, "AUD", 2026, settings, s.economics(), METAL, List.of(SURETY),
                List.of(new ScenarioSite("Copper mine", s)), null);
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        SiteResult site = r.perSite().get(0);
        double q = site.forfeitureProbability();
        assertEquals(single.forfeitureProbability(), q, 4 * Math.sqrt(2 * q * (1 - q) / n));
        assertEquals(single.expectedPublicCost(), site.expectedShortfall(),
                4 * Math.sqrt(2.0 / n) * r.totalShortfall().sd());
        assertEquals(site.expectedShortfall(), r.totalShortfall().mean(), 1e-9 * site.expectedShortfall());
        assertEquals(6e5, r.providers().get(0).bondsWritten(), 0.0);
        assertTrue(q > 0.3 && site.expectedShortfall() > 1e4, "a case that can tell: " + q + ", " + site.expectedShortfall());
    }

    /** Closure in year 3, forfeiture in year 2, 700 a year in years 3-5, no assurance; the scenario's own rate 0.05. */
    private static Scenario quarry(List<Requirement> rules) {
        return new Scenario("Quarry", null, "AUD", 2026, new SimulationSettings(10, 1, 6, Sampling.MONTE_CARLO),
                new Economics(Value.of(0.05)), Value.of(3), new Forfeiture.InYear(Value.of(2)),
                List.of(CostItem.lump("Works", "earthworks", Value.of(2100), 0, 3)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), AfterForfeiture.NONE).withRequirements(rules);
    }

    private static PortfolioResults runQuarry(List<Requirement> rules, double percent) {
        PooledFund fund = new PooledFund("MRF", 100, percent, Value.of(0), Value.of(0));
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(50, 1, 6), 0.25, Economy.NONE, List.of(),
                List.of(new ScenarioSite("Quarry", quarry(rules))), fund);
        return new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
    }

    /*
     * The portfolio's rate 0.25 (v = 0.8) replaces the scenario's 0.05. The base estimate is
     * L_C of the median world at 0.25: E = 700(1 + 0.8 + 0.64) = 1708 (at 0.05 it would be
     * 2001.59). The site pays 10 % of E = 170.8 at the end of years t < min(C, T) = 2.
     *   F_0 = 100, F_1 = 270.8, F_2 = 441.6; in year 2 the payout S = L_2 = L_C = 1708 (nothing
     *   accrues before closure, no assurance) takes all 441.6 and leaves U_2 = 1266.4; F_3 on = 0.
     *   totalShortfall = 1708 v^2 = 1093.12; unfunded = 1266.4 v^2 = 810.496;
     *   contributionPV = 170.8 (v + v^2) = 245.952; fairness = 245.952 / 1093.12 = 0.225.
     */
    private static void assertLedger(PortfolioResults r) {
        assertEquals(1093.12, r.totalShortfall().mean(), 1e-9);
        assertEquals(810.496, r.unfundedPublicCost().mean(), 1e-9);
        assertArrayEquals(new double[] {100, 270.8, 441.6, 0, 0, 0}, r.fund().balance().p50(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1}, r.fund().exhaustionByYear());
        SiteResult s = r.perSite().get(0);
        assertEquals(1.0, s.forfeitureProbability());
        assertEquals(1093.12, s.expectedShortfall(), 1e-9);
        assertEquals(245.952, s.contributionPV(), 1e-9);
        assertEquals(0.225, s.fairness(), 1e-12);
    }

    @Test
    void aScenarioSitePaysTheFundsPercentOfItsBaseEstimateUnderThePortfoliosEconomics() {
        // As above with the fund's 10 %. The required percent x: F_2 = 100 + 2 (x/100) 1708 >= 1708,
        // x = 1608 / 34.16 = 47.0725995... (to 1e-6 relative, from above).
        PortfolioResults r = runQuarry(List.of(), 10);
        assertLedger(r);
        double x = 1608 / 34.16;
        RequiredContribution q = r.fund().requiredContributionPercent();
        for (double v : new double[] {q.p80(), q.p90(), q.p95()}) {
            assertTrue(v >= x && v <= x * (1 + 1e-6), "required percent " + v + ", expected " + x);
        }
    }

    @Test
    void aScenarioSiteWithAPooledRulePaysItsRuleWhateverTheFundsPercent() {
        // The rule's 10 % of the base estimate replaces the fund's 3 %: the same ledger as above.
        // The rule's payments do not move with the fund's percent, and this is the only site, so
        // no percent avoids the unfunded payout: the required percent is infinite.
        PortfolioResults r = runQuarry(
                List.of(new Requirement.PooledContribution("Levy", null, new Estimate.Base(), 10, 0)), 3);
        assertLedger(r);
        assertEquals(Double.POSITIVE_INFINITY, r.fund().requiredContributionPercent().p80());
    }

    private static PortfolioResults registerWith(int iterations, List<Site> extra, int threads) {
        return new PortfolioEngine(threads, "test").run(PortfolioDeterminismTest.register(iterations, extra),
                ProgressListener.NONE);
    }

    private static Site copperSite(int iterations) {
        SimulationSettings ignored = new SimulationSettings(iterations, 1, 30, Sampling.MONTE_CARLO);
        return new ScenarioSite("Copper mine", copperMine(ignored, METAL, List.of(SURETY)));
    }

    @Test
    void aRegisterWithAScenarioSiteIsBitIdenticalOnOneTwoAndThreeThreads() {
        List<Site> extra = List.of(copperSite(3000));
        PortfolioResults one = registerWith(3000, extra, 1);
        assertNull(RecordsEquality.firstDifference(one, registerWith(3000, extra, 2), "results"));
        assertNull(RecordsEquality.firstDifference(one, registerWith(3000, extra, 3), "results"));
    }

    @Test
    void addingASiteLeavesTheScenarioSitesOwnFiguresUnchanged() {
        // The scenario site's forfeiture, shortfall and contributions depend on the shared draws
        // and its own streams only; the register's other sites and a new one do not move them.
        Site extraSite = new SimpleSite("new quarry", null, 3e6, Value.of(1), new Uniform(2, 9), 1,
                new Forfeiture.AnnualHazard(Value.of(0.05), Value.of(0.05)), List.of(), AfterForfeiture.NONE);
        SiteResult before = find(registerWith(2000, List.of(copperSite(2000)), 2), "Copper mine");
        SiteResult after = find(registerWith(2000, List.of(extraSite, copperSite(2000)), 2), "Copper mine");
        assertEquals(before.forfeitureProbability(), after.forfeitureProbability(), 0.0);
        assertEquals(before.expectedShortfall(), after.expectedShortfall(), 0.0);
        assertEquals(before.contributionPV(), after.contributionPV(), 0.0);
        assertTrue(before.expectedShortfall() > 0);
    }

    private static SiteResult find(PortfolioResults r, String name) {
        return r.perSite().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
