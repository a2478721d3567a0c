package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
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
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * A scenario site inside a portfolio, fed by the portfolio's shared world: the same
 * distribution as the scenario run alone, draws of its own that other sites leave alone, its
 * contribution's base, and what it adds to the per-year sums.
 */
class ScenarioSiteModelTest {
    private static final Driver METAL = new Driver("metal", 0.3);
    private static final Economy ECONOMY = new Economy(List.of(new EconomicFactor("metal", null, 0.7)), List.of());
    private static final Provider SURETY = new Provider("Surety", null, Value.of(0.02), new Uniform(0.2, 0.6), METAL);

    /**
     * Everything a portfolio replaces is uncertain here: the discount rate, a factor driving the
     * hazard and the provider, the provider's recovery; and the site's own inputs too.
     */
    private static Scenario copperMine(int iterations) {
        return new Scenario("Copper mine", null, "AUD", 2026, new SimulationSettings(iterations, 3, 30,
                Sampling.MONTE_CARLO), new Economics(new Uniform(0.01, 0.05)), new Uniform(5, 15),
                new Forfeiture.AnnualHazard(Value.of(0.03), Value.of(0.06), METAL),
                List.of(CostItem.lump("Works", "earthworks", new Triangular(5e5, 8e5, 1.5e6), 0, 3)), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(bond("Surety bond", Value.of(6e5), null)), List.of(),
                ECONOMY, List.of(SURETY));
    }

    private static AssuranceInstrument bond(String name, Value amount, List<ScheduleStep> schedule) {
        return new AssuranceInstrument.Bond(name, null, BondKind.SURETY, amount, schedule, Value.of(0), Value.of(0),
                "Surety", null);
    }

    private static Portfolio portfolio(SimulationSettings simulation, Economics economics, List<Site> sites) {
        return new Portfolio("Register", null, "AUD", 2026, simulation, economics, ECONOMY, List.of(SURETY), sites,
                null);
    }

    /** One site's runner with its world and sums, as one worker of the portfolio engine holds them. */
    private record Worker(SharedWorld world, SiteRunner runner, SiteOutcome out, IterationSums sums) {
        static Worker of(Portfolio p, int site) {
            WorldPlan plan = new WorldPlan(p);
            SiteModel model = new ScenarioSiteModel((ScenarioSite) p.sites().get(site), p);
            return new Worker(new SharedWorld(plan), model.newRunner(), new SiteOutcome(),
                    new IterationSums(plan.horizon(), plan.providerCount()));
        }

        SiteOutcome simulate(int i, boolean years) {
            world.fill(i);
            sums.begin(years);
            runner.simulate(world, out, sums);
            sums.finish(world.curve());
            return out;
        }
    }

    @Test
    void aScenarioSiteAloneHasTheDistributionOfItsScenarioRunAlone() {
        // The portfolio's settings are the scenario's, so the model is the same; the draws differ
        // (the shared ones come from the portfolio's named streams, the site's from streams keyed
        // by its name). Forfeiture probability, coverage at forfeiture and the expected shortfall
        // at year 0 agree within 4 standard errors of the difference of two independent
        // estimates: sqrt(2 p(1-p)/n), and sqrt(2 var/n) with var the portfolio's sample variance.
        int n = 40_000;
        Scenario s = copperMine(n);
        SimulationResults single = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        Worker w = Worker.of(portfolio(s.simulation(), s.economics(), List.of(new ScenarioSite("Mine", s))), 0);
        int forfeits = 0;
        int covered = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            SiteOutcome out = w.simulate(i, false);
            if (out.forfeited()) {
                forfeits++;
                covered += out.assurance() >= out.liability() ? 1 : 0;
                double value = out.shortfall() * w.world().discount(out.forfeitYear());
                sum += value;
                sumSquares += value * value;
            }
        }
        double p = forfeits / (double) n;
        double coverage = covered / (double) forfeits;
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertEquals(single.forfeitureProbability(), p, 4 * Math.sqrt(2 * p * (1 - p) / n));
        assertEquals(single.coverageProbability(), coverage, 4 * Math.sqrt(2 * coverage * (1 - coverage) / forfeits));
        assertEquals(single.expectedPublicCost(), mean, 4 * Math.sqrt(2 * variance / n));
        assertTrue(p > 0.3 && coverage > 0.05 && coverage < 0.95, "a case that can tell: " + p + ", " + coverage);
    }

    @Test
    void addingASiteBeforeItLeavesItsOutcomesUnchanged() {
        Scenario s = copperMine(200);
        Site mine = new ScenarioSite("Mine", s);
        Site other = new ScenarioSite("Other mine", s);
        Worker alone = Worker.of(portfolio(s.simulation(), s.economics(), List.of(mine)), 0);
        Worker second = Worker.of(portfolio(s.simulation(), s.economics(), List.of(other, mine)), 1);
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(figures(alone.simulate(i, true)), figures(second.simulate(i, true)), 0.0, "iteration " + i);
            assertEquals(alone.sums().liability(0), second.sums().liability(0), 0.0);
        }
    }

    private static double[] figures(SiteOutcome out) {
        return new double[] {out.closureYear(), out.forfeitYear(), out.liability(), out.assurance(), out.shortfall()};
    }

    /** Closure in year 3, forfeiture in year 2, 700 a year in years 3-5; bonds of 1000 and a 500-then-900 schedule. */
    private static Scenario deterministic(List<Requirement> rules) {
        return new Scenario("Quarry", null, "AUD", 2026, new SimulationSettings(10, 1, 6, Sampling.MONTE_CARLO),
                new Economics(Value.of(0.05)), Value.of(3), new Forfeiture.InYear(Value.of(2)),
                List.of(CostItem.lump("Works", "earthworks", Value.of(2100), 0, 3)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(bond("Cash", Value.of(1000), null), bond("Stepped", null,
                        List.of(new ScheduleStep(0, Value.of(500)), new ScheduleStep(3, Value.of(900))))), List.of(),
                Economy.NONE, List.of()).withRequirements(rules);
    }

    @Test
    void aDeterministicSiteAddsItsLiabilityAssuranceAndFacesToTheSums() {
        // The portfolio's rate 0.05 (constant), v = 1/1.05: L_5 = 700, L_4 = 700(1 + v), L_3 =
        // L_0..2 = 700(1 + v + v^2) (no accrual). The provider's failure year is the world's draw
        // (here never, with p = 0.02 in 6 years, or some year), so A_t is checked against it:
        // 1500 before year 3, 1900 from it, times the drawn recovery from the failure year on.
        // Year-0 faces: 1000 + 500.
        SimulationSettings settings = new SimulationSettings(10, 1, 6, Sampling.MONTE_CARLO);
        Worker w = Worker.of(portfolio(settings, new Economics(Value.of(0.05)),
                List.of(new ScenarioSite("Quarry", deterministic(List.of())))), 0);
        double v = 1 / 1.05;
        double l3 = 700 * (1 + v + v * v);
        double[] liability = {l3, l3, l3, l3, 700 * (1 + v), 700};
        for (int i = 0; i < 10; i++) {
            SiteOutcome out = w.simulate(i, true);
            long fails = w.world().providerFailYears()[0];
            double recovery = w.world().providerRecoveryRates()[0];
            for (int t = 0; t < 6; t++) {
                double face = t < 3 ? 1500 : 1900;
                assertEquals(liability[t], w.sums().liability(t), 1e-9, "L_" + t);
                assertEquals(t < fails ? face : recovery * face, w.sums().assurance(t), 1e-9, "A_" + t);
            }
            assertEquals(2, out.forfeitYear());
            assertEquals(l3, out.liability(), 1e-9);
            assertEquals(1500, w.sums().bondFace(0), 0.0);
        }
    }

    @Test
    void theSitesEstimateIsItsBaseEstimateUnderThePortfoliosEconomics() {
        // At the portfolio's rate 0.1 the median world's L_C is 700(1 + 1/1.1 + 1/1.21), not the
        // scenario's own 700(1 + 1/1.05 + 1/1.05^2). With a pooled rule of 2 % of it, the site
        // pays 2 % of that estimate as its own rule.
        double base = 700 * (1 + 1 / 1.1 + 1 / 1.21);
        SimulationSettings settings = new SimulationSettings(10, 1, 6, Sampling.MONTE_CARLO);
        Portfolio plain = portfolio(settings, new Economics(Value.of(0.1)),
                List.of(new ScenarioSite("Quarry", deterministic(List.of()))));
        Contribution c = new ScenarioSiteModel((ScenarioSite) plain.sites().get(0), plain).contribution();
        assertEquals(Contribution.Kind.PERCENT_OF_ESTIMATE, c.kind());
        assertEquals(base, c.amount(), 1e-9);
        Portfolio pooled = portfolio(settings, new Economics(Value.of(0.1)), List.of(new ScenarioSite("Quarry",
                deterministic(List.of(new Requirement.PooledContribution("Levy", null, new Estimate.Base(), 2, 0))))));
        Contribution own = new ScenarioSiteModel((ScenarioSite) pooled.sites().get(0), pooled).contribution();
        assertEquals(Contribution.ownRule(0.02 * base).kind(), own.kind());
        assertEquals(0.02 * base, own.amount(), 1e-9);
    }

    @Test
    void aBondNamingAProviderThePortfolioLacksIsRefusedNamingTheSite() {
        SimulationSettings settings = new SimulationSettings(10, 1, 6, Sampling.MONTE_CARLO);
        Portfolio p = new Portfolio("Register", null, "AUD", 2026, settings, new Economics(Value.of(0.05)),
                Economy.NONE, List.of(), List.of(new ScenarioSite("Quarry", deterministic(List.of()))), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScenarioSiteModel((ScenarioSite) p.sites().get(0), p));
        assertTrue(e.getMessage().startsWith("site Quarry: ") && e.getMessage().contains("Surety"), e.getMessage());
    }
}
