package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** Providers, factors at forfeiture, the aggregate and cancellation. */
class PortfolioFiguresTest {

    /*
     * Two named providers over H = 5 years, n = 20,000. "Sure" fails in year 0 (p = 1), so its
     * bonds are worth their recovery 30 % from year 0: a site with estimate 100, a 60 bond of it
     * and sure forfeiture at closure in year 0 has A = 18 and S = 82 exactly (discount year 0).
     * "Rare" fails within the horizon with probability 1 - 0.9^5 = 0.40951 (standard error
     * sqrt(0.41 · 0.59 / 20,000) = 0.0035; we allow 4). bondsWritten is the mean year-0 face of
     * the bonds naming each provider: 60 for Sure, 2 · 25 = 50 for Rare.
     * Year 0's aggregate: Σ L_0 = 3 · 100 = 300 in every iteration; Σ A_0 = 18 + 2 · 25 (Rare
     * fails in year 0 with probability 0.1, then its bonds are worth 0) so coverage
     * P(Σ A >= Σ L) = 0 and the mean of Σ A_0 is 18 + 50 · 0.9 = 63 (standard error
     * 50 · 0.3 / sqrt(n) = 0.106; we allow 4).
     */
    @Test
    void providersFailAndTheirBondsAreWorthTheirRecovery() {
        List<Provider> providers = List.of(new Provider("Sure", null, Value.of(1), Value.of(0.3), null),
                new Provider("Rare", null, Value.of(0.1), Value.of(0), null));
        List<Site> sites = List.of(
                PortfolioFixture.site("a", 100, 0, new Forfeiture.AtClosure(),
                        List.of(PortfolioFixture.bond("a bond", 60, "Sure"))),
                PortfolioFixture.site("b", 100, 0, new Forfeiture.AnnualHazard(Value.of(0), Value.of(0)),
                        List.of(PortfolioFixture.bond("b bond", 25, "Rare"))),
                PortfolioFixture.site("c", 100, 0, new Forfeiture.AnnualHazard(Value.of(0), Value.of(0)),
                        List.of(PortfolioFixture.bond("c bond", 25, "Rare"))));
        int n = 20_000;
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(n, 9, 5), 0.05, Economy.NONE, providers,
                sites, null);
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        assertEquals(82.0, r.perSite().get(0).expectedShortfall(), 1e-12);
        assertEquals(0.0, r.perSite().get(1).forfeitureProbability());
        ProviderResult sure = r.providers().get(0);
        ProviderResult rare = r.providers().get(1);
        assertEquals(1.0, sure.failureProbability());
        assertEquals(60.0, sure.bondsWritten(), 1e-12);
        assertEquals(50.0, rare.bondsWritten(), 1e-12);
        assertEquals(1 - Math.pow(0.9, 5), rare.failureProbability(), 4 * 0.0035);
        assertEquals(300.0, r.aggregate().year0().liability().mean(), 1e-9);
        assertEquals(63.0, r.aggregate().year0().assurance().mean(), 4 * 0.106);
        assertEquals(0.0, r.aggregate().year0().coverageProbability());
    }

    /*
     * One site, horizon 1, forfeiting in year 0 when X = sqrt(w) M + sqrt(1-w) eps < a,
     * a = Φ⁻¹(h): the factor's mean at forfeiture is E[M | X < a] = sqrt(w) E[X | X < a]
     * = -sqrt(w) φ(a) / h. With h = 0.2 and w = 0.5: -0.7071 · 0.2800 / 0.2 = -0.990. Its
     * standard error is sd(M | X < a) / sqrt(n h) <= 1 / sqrt(4,000) = 0.016 (conditioning on
     * X < a only shrinks M's variance); we allow 4. The shares by decile add up to 1.
     */
    @Test
    void walkAwaysClusterInBadTimes() {
        double h = 0.2;
        double w = 0.5;
        int n = 20_000;
        SimpleSite site = PortfolioFixture.site("mine", 1, 0,
                new Forfeiture.AnnualHazard(Value.of(h), Value.of(h), new Driver("metal", w)), List.of());
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(n, 13, 1), 0.05, PortfolioFixture.metal(),
                List.of(), List.of(site), null);
        FactorResult f = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE).economy().get(0);
        NormalDistribution std = new NormalDistribution(null, 0, 1);
        double a = std.inverseCumulativeProbability(h);
        assertEquals(-Math.sqrt(w) * std.density(a) / h, f.meanAtForfeiture(), 4 / Math.sqrt(n * h));
        double shares = 0;
        for (double s : f.forfeitureShareByDecile()) {
            shares += s;
        }
        assertEquals(1.0, shares, 1e-12);
        assertTrue(f.forfeitureShareByDecile()[0] > f.forfeitureShareByDecile()[9], "more walk-aways in bad times");
    }

    /*
     * Cancelling from the third poll: the pilot (a whole number of 256-iteration blocks) always
     * runs; each worker then takes at most one block before it sees the cancellation, so at most
     * threads × 256 iterations follow the pilot. A listener that wants no cancelled results gets
     * RunCancelledException instead.
     */
    @Test
    void aCancelledRunStopsWithinABlockPerWorker() {
        Portfolio p = PortfolioDeterminismTest.register(100_000, List.of());
        AtomicLong pilot = new AtomicLong(-1);
        AtomicInteger polls = new AtomicInteger();
        ProgressListener cancel = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                pilot.compareAndSet(-1, done);
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() >= 3;
            }
        };
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, cancel);
        assertTrue(r.run().cancelled());
        long after = r.iterations() - pilot.get();
        assertTrue(after >= 0 && after <= 2 * PortfolioEngine.BLOCK, after + " iterations after the pilot");
        assertEquals(100_000, r.run().requestedIterations());

        ProgressListener discard = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public boolean wantsCancelledResults() {
                return false;
            }
        };
        RunCancelledException e = assertThrows(RunCancelledException.class,
                () -> new PortfolioEngine(1, "test").run(p, discard));
        assertTrue(e.completed() < 100_000);
    }

    /*
     * The hot loop allocates nothing per iteration: after a warm-up (which sizes the per-delay
     * sums and lets the JIT compile), a worker carrying 2,000 more iterations of the register
     * with every kind of draw (factors, providers, every instrument, a fund and its required
     * percent) allocates less than 1 KB on its thread, where one object per site and iteration
     * would be hundreds of kilobytes.
     */
    @Test
    void aWorkerAllocatesNothingPerIteration() {
        Portfolio p = PortfolioDeterminismTest.register(4_000, List.of());
        PortfolioPlan plan = new PortfolioPlan(p);
        PortfolioRecords rec = new PortfolioRecords(4_000, true);
        PortfolioWorker worker = new PortfolioWorker(plan, rec);
        worker.collectPilot(new double[plan.timelineSeries()][4_000]);
        double[] block = new double[plan.blockLength()];
        worker.run(0, 2_000, block);
        long before = allocatedBytes();
        worker.run(2_000, 4_000, block);
        long allocated = allocatedBytes() - before;
        assertTrue(allocated < 1024, allocated + " bytes allocated by 2,000 iterations");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
