package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** Portfolios whose every figure can be worked out by hand. */
class PortfolioByHandTest {

    /*
     * One site, estimate 1000, multiplier 1, no assurance, forfeits surely in year 3 ("year"
     * mode); its closure year 10 is clamped to H-1 = 4, so it pays contributions at the end of
     * years t < min(C, T) = 3: three years. Discount 25 % (v = 0.8), fund return 0, no fee,
     * F_0 = 100, contribution 10 % of 1000 = 100 a year, horizon 5.
     *   Balance at the start of each year: F_0 = 100, F_1 = 200, F_2 = 300, F_3 = 400; in year 3
     *   the payout P_3 = S = 1000 (L_3 = 1000 in money of year 3, A_3 = 0) takes all 400 and
     *   leaves U_3 = 600 unfunded; F_4 = 0 (no contribution after forfeiture).
     *   totalShortfall = 1000 v^3 = 512; unfunded public cost = 600 v^3 = 307.2.
     *   Exhausted in every iteration, first in year 3: exhaustionByYear = (0, 0, 0, 1, 1).
     *   Required percent x: F_3 = 100 + 3 · x/100 · 1000 >= 1000, so x = 30 (to 1e-6 relative,
     *   from above: the ledger returns a percent that suffices).
     *   contributionPV = 100 (v + v² + v³) = 100 · 1.952 = 195.2; fairness = 195.2 / 512 = 0.38125.
     */
    @Test
    void fundExhaustsInTheForfeitureYearAndNeedsThirtyPercent() {
        SimpleSite site = PortfolioFixture.site("mine", 1000, 10, new Forfeiture.InYear(Value.of(3)), List.of());
        PooledFund fund = new PooledFund("fund", 100, 10, Value.of(0), Value.of(0));
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(300, 5, 5), 0.25, Economy.NONE, List.of(),
                List.of(site), fund);
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);

        assertEquals(512.0, r.totalShortfall().mean(), 1e-9);
        assertEquals(0.0, r.totalShortfall().sd(), 0.0);
        assertEquals(307.2, r.unfundedPublicCost().mean(), 1e-9);
        assertEquals(307.2, r.expectedUnfundedPublicCost(), 1e-9);
        FundResult f = r.fund();
        assertEquals(1.0, f.exhaustionProbability());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1}, f.exhaustionByYear());
        assertArrayEquals(new double[] {100, 200, 300, 400, 0}, f.balance().p50(), 1e-9);
        assertArrayEquals(new double[] {100, 200, 300, 400, 0}, f.balance().p10(), 1e-9);
        RequiredContribution q = f.requiredContributionPercent();
        for (double x : new double[] {q.p80(), q.p90(), q.p95()}) {
            assertTrue(x >= 30 && x <= 30 * (1 + 1e-6), "required percent " + x);
        }
        SiteResult s = r.perSite().get(0);
        assertEquals(1.0, s.forfeitureProbability());
        assertEquals(512.0, s.expectedShortfall(), 1e-9);
        assertEquals(512.0, s.tailContribution(), 1e-9);
        assertEquals(195.2, s.contributionPV(), 1e-9);
        assertEquals(0.38125, s.fairness(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0}, r.forfeituresMeanByYear());
        // The charts' distributions: all 300 iterations saw exactly one forfeiture; every
        // percentile of the total is 512 and of the unfunded cost 307.2.
        PortfolioDistributions d = r.distributions();
        assertArrayEquals(new long[] {0, 300}, d.forfeitureCounts());
        assertEquals(512.0, d.totalShortfall()[0], 1e-9);
        assertEquals(512.0, d.totalShortfall()[100], 1e-9);
        assertEquals(307.2, d.unfundedPublicCost()[50], 1e-9);
    }

    /*
     * Without a fund every S_i is unfunded and nothing is contributed: the same site gives
     * unfunded public cost = totalShortfall = 512, contributionPV 0, fairness 0 / 512 = 0.
     */
    @Test
    void withoutAFundEveryShortfallIsUnfunded() {
        SimpleSite site = PortfolioFixture.site("mine", 1000, 10, new Forfeiture.InYear(Value.of(3)), List.of());
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(100, 5, 5), 0.25, Economy.NONE, List.of(),
                List.of(site), null);
        PortfolioResults r = new PortfolioEngine(1, "test").run(p, ProgressListener.NONE);
        assertEquals(512.0, r.unfundedPublicCost().mean(), 1e-9);
        assertEquals(0.0, r.perSite().get(0).contributionPV());
        assertEquals(null, r.fund());
    }

    /*
     * The walk-away package of a simple site after forfeiture (mobilisation delay D = 2, care
     * 10 a year, premium 50 %, escalation g = 10 %, discount 25 %: P_s = 0.8^s, W_s = 1.1^s 0.8^s).
     * The site (estimate 100, multiplier 1) closes in year 2 and forfeits then ("at-closure"):
     *   L_2 = 1.5 (100 W_4 + 10 (W_2 + W_3)) / P_2
     *       = 1.5 (100 · 1.4641 · 0.64 + 10 (1.21 + 1.331 · 0.8)) = 1.5 · 116.4504 = 174.6756;
     *   S = L_2 (1 - 0.2) = 139.74048 with estate recovery 20 %, worth 139.74048 · 0.64 = 89.4339072 at year 0.
     * The register's liability in year 0 (walk-away then):
     *   L_0 = 1.5 (100 W_2 + 10 (W_0 + W_1)) / P_0 = 1.5 (77.44 + 18.8) = 144.36;
     * and from year C + closureDurationYears = 3 on the site holds nothing: L_3 = L_4 = 0.
     */
    @Test
    void walkAwayPackageIsDelayedEscalatedAndChargedAPremium() {
        AfterForfeiture after = new AfterForfeiture(Value.of(2), Value.of(10), Value.of(50), Value.of(0.2));
        SimpleSite site = new SimpleSite("mine", "quarry", 100, Value.of(1), Value.of(2), 1, new Forfeiture.AtClosure(),
                List.of(), after);
        Portfolio p = new Portfolio("test", null, null, null, PortfolioFixture.settings(50, 1, 5),
                new Economics(Value.of(0.25)).withEscalation(Value.of(0.1)), Economy.NONE, List.of(), List.of(site),
                null);
        PortfolioResults r = new PortfolioEngine(1, "test").run(p, ProgressListener.NONE);
        assertEquals(89.4339072, r.totalShortfall().mean(), 1e-9);
        assertEquals(144.36, r.aggregate().year0().liability().mean(), 1e-9);
        double[] p50 = r.aggregate().timeline().liability().p50();
        assertEquals(174.6756, p50[2], 1e-9);
        assertEquals(0.0, p50[3]);
        assertEquals(0.0, p50[4]);
        assertEquals("quarry", r.perSite().get(0).category());
    }

    /*
     * Latin hypercube sampling stratifies a simple site's inputs across iterations: with n
     * iterations every stratum [k/n, (k+1)/n) of the multiplier's uniform holds exactly one
     * iteration, so for a multiplier uniform on [0, 2] (S = multiplier: estimate 1, sure
     * forfeiture at closure in year 0, no discounting in year 0) the mean of S lies within
     * 1/n of 1: Σ 2u_k / n with u_k in [k/n, (k+1)/n) lies in [1 - 1/n, 1 + 1/n]. Monte Carlo
     * would miss by about 0.577/sqrt(n) = 0.018 at n = 1,000, eighteen times as far.
     */
    @Test
    void latinHypercubeStratifiesASitesInputs() {
        SimpleSite site = new SimpleSite("mine", null, 1, new org.closureassurance.simulator.value.Uniform(0, 2),
                Value.of(0), 1, new Forfeiture.AtClosure(), List.of(), AfterForfeiture.NONE);
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(1000, 3, 3)
                        .withSampling(org.closureassurance.simulator.model.Sampling.LATIN_HYPERCUBE), 0.05,
                Economy.NONE, List.of(), List.of(site), null);
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        assertEquals(1.0, r.totalShortfall().mean(), 1.0 / 1000);
    }

    /*
     * The fund's balance percentiles are exact where the fund is empty. One site (estimate 1000,
     * no assurance, closure year 10 clamped to H-1 = 2, yearly hazard 0.6 before and after
     * closure), F_0 = 100, no contributions, return 0, horizon 3:
     *   F_1 = 0 when T = 0 (P = 0.6: the payout 1000 takes all 100), else 100;
     *   F_2 = 0 when T <= 1 (P = 0.6 + 0.4 · 0.6 = 0.84), else 100.
     * With n = 2000 the count of zeros in year 1 is 1200 ± 22 (binomial sd sqrt(2000 · 0.24)),
     * in year 2 1680 ± 16. Type 7: p10 and p50 take order statistics 199/200 and 999/1000
     * (0-based), all zeros, so both are exactly 0 in years 1 and 2; p90 (order statistics
     * 1799/1800) lies among the 100s in both years, 100 to within the estimator's bin.
     * The binned estimator spread the zeros evenly over the width of their bin and reported a
     * small positive balance for a fund that is empty in most futures.
     */
    @Test
    void fundBalancePercentilesAreExactlyZeroWhereTheFundIsEmpty() {
        SimpleSite site = PortfolioFixture.site("mine", 1000, 10,
                new Forfeiture.AnnualHazard(Value.of(0.6), Value.of(0.6), null), List.of());
        PooledFund fund = new PooledFund("fund", 100, 0, Value.of(0), Value.of(0));
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(2000, 11, 3), 0.05, Economy.NONE,
                List.of(), List.of(site), fund);
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        org.closureassurance.simulator.results.Band b = r.fund().balance();
        assertEquals(0.0, b.p10()[1]);
        assertEquals(0.0, b.p50()[1]);
        assertEquals(100.0, b.p90()[1], 0.5);
        assertEquals(0.0, b.p10()[2]);
        assertEquals(0.0, b.p50()[2]);
        assertEquals(100.0, b.p90()[2], 0.5);
        assertEquals(100.0, b.p50()[0]);
    }
}
