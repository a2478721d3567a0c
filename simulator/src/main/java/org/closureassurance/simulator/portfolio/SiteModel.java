package org.closureassurance.simulator.portfolio;

/**
 * A site of a portfolio compiled for simulation (docs/model.md, "Portfolios"): what the
 * portfolio engine needs of it once per run (its name, category and what it pays into a
 * pooled fund) and, through {@link #newRunner}, per iteration (its forfeiture year, its
 * walk-away liability and realisable assurance). {@link SimpleSiteModel} models a register
 * line; a scenario site carries its whole scenario through the single-site model.
 *
 * <p>A model is immutable and shared by every worker thread; each worker asks it for a
 * runner of its own. It is compiled against the portfolio's {@link WorldPlan}: named
 * providers and factors are the portfolio's (indices from {@link WorldPlan#providerIndex} and
 * {@link WorldPlan#factorIndex}), and the site's own random streams are keyed by the
 * portfolio's seed, the site's name and the iteration (purpose {@link WorldPlan#PURPOSE_SITE}
 * and up, through {@link WorldPlan#seedFor}), never by its position in the register.
 */
public interface SiteModel {

    /** The site's name, unique in the portfolio. */
    String name();

    /** The site's category (quarry, coal); null when none. */
    String category();

    /**
     * What the site pays into the pooled fund while it operates (the end of every year
     * {@code t < C} and {@code t < T}): a percent of its estimate, or its own rule's yearly
     * amount. A per-run constant; the engine ignores it when the portfolio has no fund.
     */
    Contribution contribution();

    /** A runner of this site for one worker thread: its own streams and scratch arrays. */
    SiteRunner newRunner();
}
