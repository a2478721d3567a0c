package org.closureassurance.simulator.portfolio;

/**
 * Compiles each kind of {@link Site} into the {@link SiteModel} the portfolio engine runs.
 */
final class SiteModels {
    private SiteModels() {
    }

    /** The model of {@code site} on the portfolio's shared parts. */
    static SiteModel of(Site site, Portfolio portfolio, WorldPlan plan) {
        if (site instanceof SimpleSite s) {
            return new SimpleSiteModel(s, plan);
        }
        if (site instanceof ScenarioSite s) {
            return new ScenarioSiteModel(s, portfolio);
        }
        throw new IllegalArgumentException("site " + site.name() + ": unknown kind of site");
    }
}
