package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.engine.ScenarioSiteRun;

/**
 * A scenario site compiled for a portfolio run (docs/model.md, "Portfolios"): its scenario with
 * the portfolio's simulation settings, economics, factors and named providers in place of its
 * own, carried through the single-site model by {@link ScenarioSiteRun}. Its estimate for a
 * pooled fund is the scenario's base estimate under the portfolio's settings; a scenario with a
 * {@code pooled-contribution} rule pays that rule's yearly amount instead.
 *
 * <p>The site's own streams are keyed by the portfolio's seed and the site's name
 * ({@link ScenarioSiteRun#streamSeed}), so they are the same whatever other sites the
 * portfolio holds, and apart from the streams of the portfolio's factors, providers and fund.
 */
final class ScenarioSiteModel implements SiteModel {
    private final String name;
    /** Compiled once; never simulated itself, only copied for each worker. */
    private final ScenarioSiteRun compiled;
    private final Contribution contribution;

    /**
     * Compiles {@code site} for {@code portfolio}.
     *
     * @throws IllegalArgumentException naming the site, when its scenario's correlations name an
     *     input the portfolio replaces, or a driver or bond names a factor or provider the
     *     portfolio does not have
     */
    ScenarioSiteModel(ScenarioSite site, Portfolio portfolio) {
        this.name = site.name();
        this.compiled = ScenarioSiteRun.of(site.name(), site.scenario(), portfolio.simulation(),
                portfolio.economics(), portfolio.economy(), portfolio.providers());
        this.contribution = compiled.paysByRule() ? Contribution.ownRule(compiled.yearlyContribution())
                : Contribution.percentOf(compiled.baseEstimate());
    }

    @Override
    public String name() {
        return name;
    }

    /** A scenario site has no category: a register line's field. */
    @Override
    public String category() {
        return null;
    }

    @Override
    public Contribution contribution() {
        return contribution;
    }

    /** The base estimate with the portfolio's settings and economics. */
    double baseEstimate() {
        return compiled.baseEstimate();
    }

    @Override
    public SiteRunner newRunner() {
        return new ScenarioSiteRunner(compiled.forAnotherThread());
    }
}
