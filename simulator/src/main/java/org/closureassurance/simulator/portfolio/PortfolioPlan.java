package org.closureassurance.simulator.portfolio;

import java.util.List;

/**
 * A portfolio compiled for one run: the shared parts, every site's model in file order, and
 * each site's contribution split into arrays the hot loop reads.
 */
final class PortfolioPlan {
    final Portfolio portfolio;
    final WorldPlan world;
    final SiteModel[] sites;
    final int horizon;
    final int iterations;
    final PooledFund fund;
    /** Whether site {@code s} pays its own rule's fixed amount rather than the fund's percent. */
    final boolean[] ownRule;
    /** Site {@code s}'s estimate (percent payers) or fixed yearly amount (own rule). */
    final double[] contributionAmount;

    PortfolioPlan(Portfolio portfolio) {
        this.portfolio = portfolio;
        this.world = new WorldPlan(portfolio);
        List<Site> list = portfolio.sites();
        this.sites = new SiteModel[list.size()];
        for (int s = 0; s < sites.length; s++) {
            sites[s] = SiteModels.of(list.get(s), portfolio, world);
        }
        this.horizon = world.horizon();
        this.iterations = portfolio.simulation().iterations();
        this.fund = portfolio.fund();
        this.ownRule = new boolean[sites.length];
        this.contributionAmount = new double[sites.length];
        for (int s = 0; s < sites.length; s++) {
            Contribution c = sites[s].contribution();
            ownRule[s] = c.kind() == Contribution.Kind.OWN_RULE;
            contributionAmount[s] = c.amount();
        }
    }

    int factorCount() {
        return world.factorCount();
    }

    int providerCount() {
        return world.providerCount();
    }

    /** Series of the per-year sketch: {@code Σ L_t}, {@code Σ A_t}, and with a fund its balance {@code F_t}. */
    int timelineSeries() {
        return (fund == null ? 2 : 3) * horizon;
    }

    /**
     * Length of a block's double sums: per site the year-0 shortfall and contribution value, then
     * per provider the faces, then per factor {@code M_T}.
     */
    int blockLength() {
        return 2 * sites.length + providerCount() + factorCount();
    }

    int providerOffset() {
        return 2 * sites.length;
    }

    int factorOffset() {
        return 2 * sites.length + providerCount();
    }
}
