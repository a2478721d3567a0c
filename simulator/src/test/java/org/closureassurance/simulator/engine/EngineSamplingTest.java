package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.statistics.Ranks;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** How the engine draws its inputs: strata, copula, reproducibility across threads. */
class EngineSamplingTest {

    /** Runs iterations on one worker and returns the records (horizon kept short to keep memory small). */
    private static IterationRecords records(Scenario s) {
        RunPlan plan = new RunPlan(s);
        IterationRecords rec = new IterationRecords(plan);
        IterationWorker w = new IterationWorker(plan, rec);
        w.collectPilot(new double[w.timelineSeries][plan.iterations]);
        w.run(0, plan.iterations);
        return rec;
    }

    /**
     * The uniforms behind order keys (a key is its uniform at 2^-32 resolution; the middle of
     * its cell is within 2^-33 of the draw). For an independent input that is the stratified
     * uniform itself; for a correlated one, an increasing function of its normal score.
     */
    private static double[] uniforms(int[] keys) {
        double[] u = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            u[i] = (Integer.toUnsignedLong(keys[i]) + 0.5) / 4294967296.0;
        }
        return u;
    }

    @Test
    void latinHypercubePutsOneDrawInEveryStratumOfEveryInput() {
        int n = 10_000;
        Scenario s = scenario().iterations(n).horizon(1).sampling(Sampling.LATIN_HYPERCUBE)
                .item(CostItem.lump("A", "x", new Uniform(0, 1), 0, 1))
                .item(CostItem.lump("B", "x", new Uniform(0, 1), 0, 1)).build();
        IterationRecords rec = records(s);
        for (int[] keys : rec.inputKeys) {
            int[] perStratum = new int[n];
            for (double u : uniforms(keys)) {
                perStratum[(int) Math.floor(u * n)]++;
            }
            for (int k = 0; k < n; k++) {
                assertEquals(1, perStratum[k], "stratum " + k);
            }
        }
    }

    @Test
    void copulaGivesTheRequestedSpearmanCorrelation() {
        // Over n = 100,000 pairs the sample Spearman correlation has standard error about
        // (1 - rho^2) / sqrt(n) = 0.002, so 0.006 is three standard errors. Forgetting the
        // 2 sin(pi rho / 6) conversion would give (6 / pi) asin(0.3) = 0.582, which fails.
        int n = 100_000;
        Scenario s = scenario().iterations(n).horizon(1)
                .item(CostItem.lump("A", "x", new Triangular(1e6, 2e6, 5e6), 0, 1))
                .item(CostItem.lump("B", "x", new LogNormal(10, 4), 0, 1))
                .correlate("costItems/A/amount", "costItems/B/amount", 0.6).build();
        IterationRecords rec = records(s);
        double rho = Ranks.spearman(uniforms(rec.inputKeys[0]), uniforms(rec.inputKeys[1]), n);
        assertEquals(0.6, rho, 0.006);
        // The same through A's drawn values: each iteration's undiscounted cost is A + B, and B
        // (about 1e-5 of A) reorders only neighbours of A closer than B, a negligible change.
        double byValue = Ranks.spearman(rec.costUndiscounted, uniforms(rec.inputKeys[1]), n);
        assertEquals(0.6, byValue, 0.006);
    }

    @Test
    void latinHypercubeWithCorrelationKeepsStrataAndCorrelation() {
        int n = 50_000;
        Scenario s = scenario().iterations(n).horizon(1).sampling(Sampling.LATIN_HYPERCUBE)
                .item(CostItem.lump("A", "x", new Uniform(0, 1), 0, 1))
                .item(CostItem.lump("B", "x", new Uniform(0, 1), 0, 1))
                .correlate("costItems/A/amount", "costItems/B/amount", -0.5).build();
        IterationRecords rec = records(s);
        assertEquals(-0.5, Ranks.spearman(uniforms(rec.inputKeys[0]), uniforms(rec.inputKeys[1]), n),
                4 * 0.75 / Math.sqrt(n));
        // Uniform marginals stay uniform: each iteration's undiscounted cost is A + B (both in
        // year 0), whose mean is 1 within sd/sqrt(n) = sqrt(2/12/n) = 0.0018 even for plain
        // Monte Carlo; four of those.
        double mean = 0;
        for (double c : rec.costUndiscounted) {
            mean += c / n;
        }
        assertEquals(1.0, mean, 4 * Math.sqrt(2.0 / 12 / n));
    }

    @Test
    void sensitivityRanksDiscreteInputsWithTiesAndCorrelatedInputsByTheirValues() {
        // Forfeiture at closure in year 0 with every item in year 0: L = A + B exactly, whatever
        // the discount rate. A is discrete (three equally likely values, so most pairs tie) and
        // B is 1e-9 of A's scale, so L orders by A, then by B. A's ranks are L's ranks averaged
        // within A's groups, so Spearman(A, L) = sqrt(Var R_A / Var R_L) = sqrt(1 - sum p^3).
        // B is independent of A and orders L within each group: Spearman(B, L) = sum p^2 = 1/3.
        // B is under the copula (correlated with the discount rate), so its ranking goes
        // through the normal-score keys.
        int n = 20_000;
        Scenario s = scenario().iterations(n).horizon(1).rate(new Uniform(0.01, 0.05))
                .item(CostItem.lump("A", "x", new org.closureassurance.simulator.value.Discrete(
                        new double[] {1e6, 2e6, 3e6}, new double[] {1, 1, 1}), 0, 1))
                .item(CostItem.lump("B", "x", new Triangular(0, 0.001, 0.002), 0, 1))
                .correlate("costItems/B/amount", "economics/discountRate", 0.8).build();
        SimulationResults r = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        double a = r.sensitivity().stream().filter(x -> x.input().equals("costItems/A/amount")).findFirst()
                .orElseThrow().spearman();
        // sqrt(1 - 3/27) = 0.9428 for equal thirds; the sampled thirds move it by less than 0.002.
        assertEquals(Math.sqrt(1 - 3.0 / 27), a, 0.005);
        double b = r.sensitivity().stream().filter(x -> x.input().equals("costItems/B/amount")).findFirst()
                .orElseThrow().spearman();
        // Standard error of a rank correlation near 1/3 over 20,000 pairs: about 1/sqrt(n) = 0.007.
        assertEquals(1.0 / 3, b, 4 / Math.sqrt(n));
        assertEquals("costItems/A/amount", r.sensitivity().get(0).input());
    }

    @Test
    void sameSeedGivesBitIdenticalResultsOnAnyThreadCount() {
        Scenario s = richScenario(Sampling.MONTE_CARLO);
        SimulationResults one = new MonteCarloEngine(1).run(s, ProgressListener.NONE);
        SimulationResults two = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        SimulationResults three = new MonteCarloEngine(3).run(s, ProgressListener.NONE);
        assertNull(RecordsEquality.firstDifference(one, two, "results"));
        assertNull(RecordsEquality.firstDifference(one, three, "results"));
        Scenario lhs = richScenario(Sampling.LATIN_HYPERCUBE);
        assertNull(RecordsEquality.firstDifference(new MonteCarloEngine(1).run(lhs, ProgressListener.NONE),
                new MonteCarloEngine(2).run(lhs, ProgressListener.NONE), "lhs"));
    }

    @Test
    void aDifferentSeedGivesDifferentDraws() {
        Scenario s = richScenario(Sampling.MONTE_CARLO);
        SimulationResults a = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        SimulationResults b = new MonteCarloEngine(2).run(
                s.withSimulation(s.simulation().withSeed(99)), ProgressListener.NONE);
        assertTrue(a.liability().mean() != b.liability().mean());
    }

    @Test
    void cancellationStopsEarlyAndReportsTheIterationsDone() {
        Scenario s = richScenario(Sampling.MONTE_CARLO);
        s = s.withSimulation(s.simulation().withIterations(200_000));
        ProgressListener cancelAfterFirstBlock = new ProgressListener() {
            private volatile long seen;

            @Override
            public void progress(long done, long total) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen > 0;
            }
        };
        SimulationResults r = new MonteCarloEngine(2).run(s, cancelAfterFirstBlock);
        assertTrue(r.run().cancelled());
        assertTrue(r.run().completedIterations() < 200_000);
        assertEquals(r.run().completedIterations(), r.iterations());
        assertEquals(r.iterations(), r.costPV().count());
    }

    /** A scenario that touches every model part, with distributions everywhere. */
    static Scenario richScenario(Sampling sampling) {
        Quantity area = new Quantity(Value.of(40), "ha", 10_000);
        return scenario().iterations(30_000).horizon(60).sampling(sampling).seed(42)
                .rate(new Uniform(0.01, 0.05)).closure(new Triangular(5, 8, 12))
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0.04)))
                .item(CostItem.lump("Dump", "earthworks", new Pert(1e6, 2e6, 4e6), 0, 3))
                .item(CostItem.lump("Plant", "demolition", new LogNormal(3e6, 1e6), 1, 2))
                .correlate("costItems/Dump/amount", "costItems/Plant/amount", 0.5)
                .water(new WaterStream("Pit", null, Value.of(0.6), new Uniform(0, 5), null, null,
                        new Normal(200_000, 50_000, 0, Double.POSITIVE_INFINITY), Value.of(1e6), 20,
                        new WaterDuration.Perpetual()))
                .water(new WaterStream("Seep", null, Value.of(1), Value.of(0), null, null, Value.of(50_000),
                        Value.of(0), null, new WaterDuration.Years(new Triangular(5, 10, 30))))
                .domain(new RehabilitationDomain("Cover", null, area, Value.of(1), new UnitRate(Value.of(15_000), "ha", 10_000),
                        new UnitRate(Value.of(500), "ha", 10_000), 3, Value.of(20_000),
                        new Recovery(RecoveryModel.EXPONENTIAL, new LogNormal(0.08, 0.03), Value.of(0.05), Value.of(0.7)),
                        new Setback(Value.of(0.05), Value.of(0.4), new UnitRate(Value.of(5000), "ha", 10_000))))
                .risk(new RiskEvent("Spillway", null, new Triangular(1e6, 2e6, 6e6), new RiskOccurrence.Once(Value.of(0.2), 1)))
                .risk(new RiskEvent("Erosion", null, Value.of(100_000), new RiskOccurrence.PerYear(Value.of(0.05), 2, null, 3)))
                .instrument(new AssuranceInstrument.Bond("Surety", null,
                        org.closureassurance.simulator.model.BondKind.SURETY, Value.of(5e6), null, Value.of(0.01),
                        Value.of(0.4)))
                .instrument(new AssuranceInstrument.SelfBond("Self", null, Value.of(2e6)))
                .instrument(new AssuranceInstrument.TrustFund("Trust", null, Value.of(0), Value.of(3e5),
                        new Normal(0.03, 0.07), Value.of(0.004), true))
                .build();
    }

    @Test
    void richScenarioHasSensibleFigures() {
        SimulationResults r = new MonteCarloEngine(2).run(richScenario(Sampling.MONTE_CARLO), ProgressListener.NONE);
        assertTrue(r.forfeitureProbability() > 0.5 && r.forfeitureProbability() < 1);
        assertEquals(List.of("Surety", "Self", "Trust"),
                r.instruments().stream().map(i -> i.name()).toList());
        assertEquals(0.6, r.waterTreatment().get(0).probabilityRequired(), 4 * Math.sqrt(0.24 / 30_000));
        assertTrue(r.sensitivity().size() >= 5);
        double[] p = r.distributions().liability();
        for (int k = 1; k < p.length; k++) {
            assertTrue(p[k - 1] <= p[k]);
        }
    }
}
