package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.closureassurance.simulator.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/** The worst 5 % of iterations, shared out among the sites that made them. */
class TailContributionTest {
    private static final int SITES = 10;
    private static final int N_ITER = 20_000;

    /** Ten identical sites: estimate 1, hazard 3 % a year tied to the factor, ten years. */
    private static Portfolio identical() {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            sites.add(PortfolioFixture.site("site " + i, 1.0, 6, PortfolioFixture.hazard(0.03, 0.3), List.of()));
        }
        return PortfolioFixture.portfolio(PortfolioFixture.settings(N_ITER, 7, 10), 0.03, PortfolioFixture.metal(),
                List.of(), sites, null);
    }

    /*
     * The tail mean is computed here on its own: every iteration's total shortfall from a worker
     * run over all iterations, sorted, the mean of the ⌈0.05 n⌉ = 1,000 largest. The engine's
     * shares come from re-simulating its own pick of those iterations site by site; they must
     * add up to that mean (up to rounding of 10 sums of 1,000 terms).
     *
     * Identical sites get equal shares within Monte Carlo error: each share is a mean over
     * m = 1,000 tail iterations of S_i in [0, 1] (estimate 1, discounted), so the difference of
     * two shares is a mean of m terms in [-1, 1], whose standard error is at most 1/sqrt(m) =
     * 0.032 whatever their correlation; we allow 4 of those.
     */
    @Test
    void sharesAddUpToTheTailMeanAndIdenticalSitesShareEqually() {
        Portfolio p = identical();
        PortfolioResults r = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);

        PortfolioPlan plan = new PortfolioPlan(p);
        PortfolioRecords rec = new PortfolioRecords(N_ITER, false);
        PortfolioWorker worker = new PortfolioWorker(plan, rec);
        worker.collectPilot(new double[plan.timelineSeries()][N_ITER]);
        worker.run(0, N_ITER, new double[plan.blockLength()]);
        double[] sorted = rec.totalShortfall.clone();
        Arrays.sort(sorted);
        int m = (int) Math.ceil(0.05 * N_ITER);
        double tailMean = 0;
        for (int k = N_ITER - m; k < N_ITER; k++) {
            tailMean += sorted[k];
        }
        tailMean /= m;

        double shares = r.perSite().stream().mapToDouble(SiteResult::tailContribution).sum();
        assertEquals(tailMean, shares, 1e-12 * tailMean);
        double tolerance = 4 / Math.sqrt(m);
        for (SiteResult s : r.perSite()) {
            assertEquals(tailMean / SITES, s.tailContribution(), tolerance, s.name());
        }
    }

    /*
     * Ties go to the lower index: with totals (3, 5, 5, 1, 5) and n = 5, ⌈0.05 · 5⌉ = 1
     * iteration is kept, the first 5 (index 1); with n = 41, ⌈2.05⌉ = 3.
     */
    @Test
    void tiesGoToTheLowerIteration() {
        assertEquals(List.of(1), Arrays.stream(TailSet.worst(new double[] {3, 5, 5, 1, 5}, 5)).boxed().toList());
        assertEquals(3, TailSet.size(41));
        assertEquals(1, TailSet.size(20));
        double[] totals = new double[41];
        totals[7] = 2;
        totals[30] = 2;
        totals[9] = 1;
        totals[12] = 1;
        assertEquals(List.of(7, 9, 30), Arrays.stream(TailSet.worst(totals, 41)).boxed().toList());
    }
}
