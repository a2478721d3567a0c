package org.closureassurance.simulator.portfolio;

/**
 * One site of a portfolio: either a full scenario or a register line. Its name is unique in
 * the portfolio and keys the site's own random streams, so that adding a site never changes
 * another site's draws.
 */
public sealed interface Site permits ScenarioSite, SimpleSite {

    /** The site's name, unique in the portfolio. */
    String name();
}
