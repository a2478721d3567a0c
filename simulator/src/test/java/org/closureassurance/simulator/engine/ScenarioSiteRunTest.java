package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
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
import org.closureassurance.simulator.random.NamedStreams;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * A scenario site carried through a portfolio's iterations: its figures by hand where the
 * scenario is deterministic, its distribution against the scenario run alone, its use of the
 * shared draws handed in, and the independence of its streams from other sites and threads.
 */
class ScenarioSiteRunTest {
    private static final double[][] NO_FACTORS = new double[0][];
    private static final long[] NO_PROVIDERS = new long[0];
    private static final double[] NO_RECOVERY = new double[0];
    private static final Provider SURETY = new Provider("Surety", null, new Uniform(0, 0.2), new Uniform(0, 1), null);

    private static SimulationSettings settings(int iterations, int horizon) {
        return new SimulationSettings(iterations, 11, horizon, Sampling.MONTE_CARLO);
    }

    private static ScenarioSiteRun alone(String name, Scenario s, Economics economics) {
        return ScenarioSiteRun.of(name, s, s.simulation(), economics, Economy.NONE, List.of());
    }

    private static AssuranceInstrument namedBond(String name, Value amount, List<ScheduleStep> schedule) {
        return new AssuranceInstrument.Bond(name, null, BondKind.CASH, amount, schedule, Value.of(0), Value.of(0),
                "Surety", null);
    }

    /** Closure in year 3, forfeiture in year 2, 700 a year in years 3, 4 and 5, two bonds of the named provider. */
    private static ScenarioFixture deterministic() {
        return scenario().iterations(10).horizon(6).closure(3).forfeitIn(2).lump("Works", 2100, 0, 3)
                .instrument(namedBond("Cash", Value.of(1000), null))
                .instrument(namedBond("Stepped", null,
                        List.of(new ScheduleStep(0, Value.of(500)), new ScheduleStep(3, Value.of(900)))));
    }

    @Test
    void aDeterministicSiteGivesTheHandComputedLiabilityAssuranceAndShortfall() {
        // The portfolio's rate is uniform(0, 0.2) (median 0.1) and replaces the scenario's 0.05;
        // this iteration's shared draw is 0.05, so v = 1/1.05. Single rate, no escalation: from
        // closure L_t sums the flows of years >= t, L_5 = 700, L_4 = 700(1 + v), L_3 =
        // 700(1 + v + v^2); before closure nothing accrues, L_0 = L_1 = L_2 = L_3.
        // The provider fails in year 1 (shared draw) and recovers 0.4: A_0 = 1000 + 500 = 1500;
        // years 1-2: 0.4 x 1500 = 600; from year 3 the stepped bond is 900: 0.4 x 1900 = 760.
        // T = 2: S = L_2 - A_2 = 700(1 + v + v^2) - 600, worth v^2 at year 0.
        // Pooled rule at 2 % of the base estimate, L_C of the median world at the portfolio's
        // median rate 0.1: E = 700(1 + 1/1.1 + 1/1.21); paid in years t < min(C, T) = 2.
        Scenario s = deterministic().build().withRequirements(
                List.of(new Requirement.PooledContribution("Levy", null, new Estimate.Base(), 2, 0)));
        ScenarioSiteRun run = ScenarioSiteRun.of("Copper mine A", s, settings(10, 6),
                new Economics(new Uniform(0, 0.2)), Economy.NONE, List.of(SURETY));
        run.simulate(4, new double[] {0.05, 0.0}, NO_FACTORS, new long[] {1}, new double[] {0.4});
        double v = 1 / 1.05;
        double l3 = 700 * (1 + v + v * v);
        assertArrayEquals(new double[] {l3, l3, l3, l3, 700 * (1 + v), 700}, run.liabilityByYear(), 1e-9);
        assertArrayEquals(new double[] {1500, 600, 600, 760, 760, 760}, run.assuranceByYear(), 1e-12);
        assertEquals(2, run.forfeitureYear());
        assertEquals(3, run.closureYear());
        assertEquals(l3, run.liabilityAtForfeiture(), 1e-9);
        assertEquals(600, run.assuranceAtForfeiture(), 1e-12);
        assertEquals(l3 - 600, run.shortfall(), 1e-9);
        assertEquals(0.0, run.estateRecoveryRate());
        assertEquals(v * v, run.publicValue(), 1e-15);
        double base = 700 * (1 + 1 / 1.1 + 1 / 1.21);
        assertEquals(base, run.baseEstimate(), 1e-9);
        assertTrue(run.paysByRule());
        assertEquals(0.02 * base, run.yearlyContribution(), 1e-12);
        assertEquals(2, run.operatingYears());
        assertArrayEquals(new double[] {1500}, run.bondFaceByProvider(), 0.0);
    }

    @Test
    void aSiteForfeitingAtClosureOwesItsWholePackageAgainstItsRecoveredBonds() {
        // As above, forfeiting at closure (T = C = 3): L_3 = 700(1 + v + v^2), v = 1/1.05; the
        // provider failed in year 1, so A_3 = 0.4 x (1000 + 900) = 760; S = L_3 - 760 worth v^3;
        // contributions run for min(C, T) = 3 years.
        Scenario s = deterministic().forfeiture(new Forfeiture.AtClosure()).build();
        ScenarioSiteRun run = ScenarioSiteRun.of("Copper mine A", s, settings(10, 6), new Economics(Value.of(0.05)),
                Economy.NONE, List.of(SURETY));
        run.simulate(2, new double[] {0.05, 0.0}, NO_FACTORS, new long[] {1}, new double[] {0.4});
        double v = 1 / 1.05;
        double l3 = 700 * (1 + v + v * v);
        assertEquals(3, run.forfeitureYear());
        assertEquals(l3, run.liabilityAtForfeiture(), 1e-9);
        assertEquals(760, run.assuranceAtForfeiture(), 1e-12);
        assertEquals(l3 - 760, run.shortfall(), 1e-9);
        assertEquals(v * v * v, run.publicValue(), 1e-15);
        assertEquals(3, run.operatingYears());
        assertFalse(run.paysByRule());
    }

    @Test
    void escalationAndEstateRecoveryFollowTheGeneralValuationByHand() {
        // Escalation g (portfolio: uniform(0, 0.04), shared draw 0.02) multiplies a flow of absolute
        // year s by 1.02^s. Before closure the package is anchored at t: L_2 = 700(1.02^2 +
        // 1.02^3 v + 1.02^4 v^2), v = 1/1.05. The provider fails in year 4 (shared draw), so A_2 =
        // 1500. Estate recovery 0.25: S = (L_2 - 1500)(1 - 0.25); the public value is 0.75 v^2.
        Scenario s = deterministic().afterForfeiture(new AfterForfeiture(Value.of(0), Value.of(0), Value.of(0),
                Value.of(0.25))).build();
        ScenarioSiteRun run = ScenarioSiteRun.of("Copper mine A", s, settings(10, 6),
                new Economics(Value.of(0.05)).withEscalation(new Uniform(0, 0.04)), Economy.NONE, List.of(SURETY));
        run.simulate(0, new double[] {0.05, 0.02}, NO_FACTORS, new long[] {4}, new double[] {0.4});
        double v = 1 / 1.05;
        double l2 = 700 * (Math.pow(1.02, 2) + Math.pow(1.02, 3) * v + Math.pow(1.02, 4) * v * v);
        double l5 = 700 * Math.pow(1.02, 5);
        assertEquals(l2, run.liabilityAtForfeiture(), 1e-9);
        assertEquals(l5, run.liabilityByYear()[5], 1e-9);
        assertEquals(1500, run.assuranceAtForfeiture(), 0.0);
        assertEquals(0.25, run.estateRecoveryRate());
        assertEquals((l2 - 1500) * 0.75, run.shortfall(), 1e-9);
        assertEquals(0.75 * v * v, run.publicValue(), 1e-15);
        assertEquals(0.0, run.yearlyContribution());
    }

    @Test
    void theInjectedFactorPathDecidesADrivenForfeiture() {
        // Hazard 0.5 every year, driven with weight 0.9999 by the portfolio's factor: forfeiture
        // in year t when 0.99995 M_t + 0.01 eps_t < Phi^-1(0.5) = 0. With M_t = 3 except one year
        // of -3 that year is the forfeiture year in every iteration (|eps| would need to pass 300,
        // and a draw stays within 8.3). A runner that drew its own path, or read zeros, would
        // forfeit in year 0 about half the time.
        Scenario s = scenario().horizon(10).closure(9).lump("Works", 1, 0, 1)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.5), Value.of(0.5), new Driver("metal", 0.9999)))
                .build();
        Economy economy = new Economy(List.of(new EconomicFactor("metal", null, 0.7)), List.of());
        ScenarioSiteRun run = ScenarioSiteRun.of("Quarry", s, settings(500, 10), new Economics(Value.of(0.03)),
                economy, List.of());
        for (int downturn : new int[] {4, 7}) {
            double[] path = new double[10];
            Arrays.fill(path, 3.0);
            path[downturn] = -3.0;
            for (int i = 0; i < 500; i++) {
                run.simulate(i, new double[] {0.03, 0.0}, new double[][] {path}, NO_PROVIDERS, NO_RECOVERY);
                assertEquals(downturn, run.forfeitureYear(), "iteration " + i);
            }
        }
    }

    @Test
    void theSitesInputsComeFromStreamsKeyedByItsName() {
        // The closure year uniform(0, 50) is the only sampled input, so it is the first uniform u
        // of the site's input stream: seed s = NamedStreams.seedFor(11, name, -1, 0) (a stream
        // no iteration reads), RandomStream.seedFor(s, i, inputs); C = floor(50 u).
        Scenario s = scenario().horizon(60).closure(new Uniform(0, 50)).lump("Works", 1, 0, 1).build();
        ScenarioSiteRun run = ScenarioSiteRun.of("Copper mine A", s, settings(100, 60),
                new Economics(Value.of(0.03)), Economy.NONE, List.of());
        RandomStream expected = new RandomStream();
        for (int i = 0; i < 100; i++) {
            run.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
            expected.reset(RandomStream.seedFor(NamedStreams.seedFor(11, "Copper mine A", -1, 0), i,
                    RunPlan.PURPOSE_INPUTS));
            assertEquals((int) Math.floor(50 * expected.nextUniform()), run.closureYear(), "iteration " + i);
        }
    }

    @Test
    void underLatinHypercubeEachSiteFillsEveryStratumInItsOwnOrder() {
        // 50 iterations, closure year uniform(0, 50): Latin hypercube puts one draw in each
        // stratum [k, k+1), so the closure years are a permutation of 0..49; the strata are keyed
        // by the site's seed, so another site's permutation differs.
        Scenario s = scenario().horizon(60).closure(new Uniform(0, 50)).lump("Works", 1, 0, 1).build();
        SimulationSettings lhs = new SimulationSettings(50, 11, 60, Sampling.LATIN_HYPERCUBE);
        int[][] years = new int[2][50];
        String[] names = {"A", "B"};
        for (int site = 0; site < 2; site++) {
            ScenarioSiteRun run = ScenarioSiteRun.of(names[site], s, lhs, new Economics(Value.of(0.03)), Economy.NONE,
                    List.of());
            for (int i = 0; i < 50; i++) {
                run.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
                years[site][i] = run.closureYear();
            }
        }
        int[] sorted = years[0].clone();
        Arrays.sort(sorted);
        int[] all = new int[50];
        Arrays.setAll(all, k -> k);
        assertArrayEquals(all, sorted);
        assertFalse(Arrays.equals(years[0], years[1]));
    }

    /** A site with sampled inputs, hazards, an own-provider bond and no named provider. */
    private static Scenario uncertain(int iterations) {
        return scenario().iterations(iterations).seed(5).horizon(30).closure(new Uniform(5, 15))
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.03), Value.of(0.05)))
                .item(org.closureassurance.simulator.model.CostItem.lump("Works", "earthworks",
                        new Triangular(5e5, 8e5, 1.5e6), 0, 3))
                .instrument(new AssuranceInstrument.Bond("Surety bond", null, BondKind.SURETY, Value.of(6e5), null,
                        Value.of(0.02), Value.of(0.5)))
                .rate(0.03).build();
    }

    @Test
    void aSiteAloneInAPortfolioHasTheDistributionOfTheScenarioRunAlone() {
        // Same model, other streams: the forfeiture probability and the mean public cost (the
        // expected shortfall at year 0) of N iterations each agree within 4 standard errors of
        // their difference, sqrt(2 p(1-p)/N) and sqrt(2 var/N), var the runner's sample variance
        // (a false alarm about once in 16,000 seeds; the seeds are fixed).
        int n = 40_000;
        Scenario s = uncertain(n);
        SimulationResults single = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        ScenarioSiteRun run = alone("Copper mine A", s, s.economics());
        int forfeits = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            run.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
            double value = run.forfeitureYear() < 0 ? 0.0 : run.shortfall() * run.discountFactor(run.forfeitureYear());
            forfeits += run.forfeitureYear() >= 0 ? 1 : 0;
            sum += value;
            sumSquares += value * value;
        }
        double p = forfeits / (double) n;
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertEquals(single.forfeitureProbability(), p, 4 * Math.sqrt(2 * p * (1 - p) / n));
        assertEquals(single.expectedPublicCost(), mean, 4 * Math.sqrt(2 * variance / n));
        assertTrue(mean > 1e4, "the shortfall is not trivially 0: " + mean);
    }

    /** The figures of one iteration that a portfolio reads. */
    private static double[] outcome(ScenarioSiteRun run) {
        return new double[] {run.closureYear(), run.forfeitureYear(), run.liabilityAtForfeiture(),
                run.assuranceAtForfeiture(), run.shortfall(), run.liabilityByYear()[0], run.assuranceByYear()[29]};
    }

    private static double[][] outcomes(ScenarioSiteRun run, int[] order) {
        double[][] out = new double[order.length][];
        for (int i : order) {
            run.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
            out[i] = outcome(run);
        }
        return out;
    }

    private static int[] ascending(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }

    @Test
    void addingAnotherSiteLeavesASitesDrawsUnchanged() {
        // A alone; then B built first and run in turn with A: A's figures are bit for bit the same,
        // and B's (the same scenario under another name) are not A's.
        Scenario s = uncertain(300);
        double[][] aloneA = outcomes(alone("A", s, s.economics()), ascending(300));
        ScenarioSiteRun b = alone("B", s, s.economics());
        ScenarioSiteRun a = alone("A", s, s.economics());
        double[][] withB = new double[300][];
        double[][] ofB = new double[300][];
        for (int i = 0; i < 300; i++) {
            b.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
            ofB[i] = outcome(b);
            a.simulate(i, new double[] {0.03, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
            withB[i] = outcome(a);
        }
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(aloneA[i], withB[i], 0.0, "iteration " + i);
        }
        assertNotEquals(Arrays.deepToString(aloneA), Arrays.deepToString(ofB));
    }

    @Test
    void runnersOnOtherThreadsGiveBitIdenticalIterations() throws Exception {
        Scenario s = uncertain(400);
        ScenarioSiteRun first = alone("A", s, s.economics());
        double[][] sequential = outcomes(first, ascending(400));
        int[] backwards = new int[400];
        Arrays.setAll(backwards, i -> 399 - i);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[][]> one = pool.submit(() -> outcomes(first.forAnotherThread(), backwards));
            Future<double[][]> two = pool.submit(() -> outcomes(first.forAnotherThread(), ascending(400)));
            for (int i = 0; i < 400; i++) {
                assertArrayEquals(sequential[i], one.get()[i], 0.0);
                assertArrayEquals(sequential[i], two.get()[i], 0.0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theBaseEstimateIsTheScenariosOwnUnderTheScenariosSettings() {
        // Sampled closure, costs and discount rate: the median world is built from the same plan
        // either way, so the two agree to the bit.
        Scenario s = scenario().horizon(40).closure(new Triangular(5, 8, 20))
                .rate(new Triangular(0.02, 0.03, 0.06)).item(org.closureassurance.simulator.model.CostItem.lump(
                        "Works", "earthworks", new Triangular(5e5, 8e5, 1.5e6), 0, 3)).build();
        SimulationResults single = new MonteCarloEngine(1).run(s.withSimulation(s.simulation().withIterations(100)),
                ProgressListener.NONE);
        assertEquals(single.baseEstimate(), alone("A", s, s.economics()).baseEstimate(), 0.0);
        assertNotEquals(single.baseEstimate(), alone("A", s, new Economics(Value.of(0.1))).baseEstimate());
    }

    @Test
    void anIterationAllocatesNothing() {
        // After warm-up, 20,000 iterations allocate less than a byte each (the counter's own reads
        // allocate a few dozen bytes at most).
        Scenario s = uncertain(60_000);
        ScenarioSiteRun run = alone("A", s, s.economics());
        double[] rates = {0.03, 0.0};
        for (int i = 0; i < 40_000; i++) {
            run.simulate(i, rates, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
        }
        long before = allocated();
        for (int i = 40_000; i < 60_000; i++) {
            run.simulate(i, rates, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY);
        }
        long bytes = allocated() - before;
        assertTrue(bytes < 20_000, "allocated " + bytes + " bytes over 20,000 iterations");
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void refusesACorrelationOnAnInputThePortfolioReplaces() {
        Scenario s = scenario().closure(new Uniform(1, 5)).rate(new Uniform(0.01, 0.05)).lump("Works", 1, 0, 1)
                .correlate("closureYear", "economics/discountRate", 0.5).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> alone("Copper mine A", s, s.economics()));
        assertEquals("site Copper mine A: its scenario's correlations name economics/discountRate, which the "
                + "portfolio's economics replace", e.getMessage());
    }

    @Test
    void anOverflowNamesTheSiteAndTheIteration() {
        // Two works of 1.7e308 each: their sum at closure is beyond double precision.
        Scenario s = scenario().closure(0).lump("Works", 1.7e308, 0, 1).lump("More works", 1.7e308, 0, 1).build();
        ScenarioSiteRun run = alone("Copper mine A", s, s.economics());
        ModelOverflowException e = assertThrows(ModelOverflowException.class,
                () -> run.simulate(7, new double[] {0.05, 0.0}, NO_FACTORS, NO_PROVIDERS, NO_RECOVERY));
        assertTrue(e.getMessage().startsWith("site Copper mine A: ") && e.getMessage().contains("in iteration 7"),
                e.getMessage());
    }

    @Test
    void refusesABondNamingAProviderThePortfolioLacks() {
        Scenario s = deterministic().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> alone("Copper mine A", s, s.economics()));
        assertTrue(e.getMessage().startsWith("site Copper mine A: "), e.getMessage());
        assertTrue(e.getMessage().contains("Surety"), e.getMessage());
    }
}
