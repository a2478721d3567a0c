package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Forfeiture;

/**
 * A register line compiled for a portfolio run (docs/model.md, "Portfolios"): its estimate,
 * multiplier and closure year, how it forfeits, what happens after, and its instruments.
 *
 * <p>Each iteration draws, from the site's own stream (seed, site name, iteration), in this
 * order: the multiplier, the closure year, the forfeiture's Values (its year; or the hazards
 * before and after closure, then one uniform for the exponential draw against their
 * cumulative hazard), the four after-forfeiture Values (mobilisation delay, care and
 * maintenance, premium, estate recovery), then each instrument's Values in order (a bond's
 * amount or each step's, then its own provider's default probability, recovery and one uniform
 * for its failure year; a guarantee's amount and failure probability, then one uniform, or one
 * normal when driven; a trust fund's initial balance, contribution and fee). A constant takes
 * no draw. Under Latin hypercube sampling every drawn Value is stratified across iterations
 * ({@link Strata}); the forfeiture's exponential draw and the yes/no and failure-year uniforms
 * are not. Per-year draws (a driven bond's normals, a trust fund's returns) come from a stream
 * of the instrument's own. Forfeiture with constant hazards reads the shared conditional
 * hazard path of its probability, factor and weight ({@link SharedWorld}), so it costs one
 * binary search.
 */
public final class SimpleSiteModel implements SiteModel {
    /** How the operator's walk-away year is found. */
    enum Mode { AT_CLOSURE, YEAR, HAZARD }

    final String name;
    final String category;
    final double estimate;
    final int horizon;
    final int closureDurationYears;
    final long nameSeed;
    final ValueDraw multiplier;
    final ValueDraw closureYear;
    final Mode mode;
    final ValueDraw forfeitureYear;
    final ValueDraw before;
    final ValueDraw after;
    /** The shared hazard paths' keys when both hazards are constant; -1 otherwise. */
    final int beforeKey;
    final int afterKey;
    /** The hazard's driver: factor index (-1: none) and weight. */
    final int hazardFactor;
    final double hazardWeight;
    final ValueDraw delay;
    final ValueDraw care;
    final ValueDraw premium;
    final ValueDraw estateRecovery;
    final SimpleInstrument[] instruments;

    /** Compiles {@code site} against the portfolio's shared parts. */
    public SimpleSiteModel(SimpleSite site, WorldPlan plan) {
        name = site.name();
        category = site.category();
        estimate = site.estimate();
        horizon = plan.horizon();
        closureDurationYears = site.closureDurationYears();
        nameSeed = plan.nameSeed(site.name());
        Strata strata = plan.strata(site.name());
        multiplier = ValueDraw.of(site.multiplier(), strata);
        closureYear = ValueDraw.of(site.closureYear(), strata);
        Forfeiture f = site.forfeiture();
        ValueDraw year = null;
        ValueDraw b = null;
        ValueDraw a = null;
        Driver driver = null;
        Mode m;
        if (f instanceof Forfeiture.AtClosure) {
            m = Mode.AT_CLOSURE;
        } else if (f instanceof Forfeiture.InYear y) {
            m = Mode.YEAR;
            year = ValueDraw.of(y.year(), strata);
        } else {
            Forfeiture.AnnualHazard h = (Forfeiture.AnnualHazard) f;
            m = Mode.HAZARD;
            b = ValueDraw.of(h.beforeClosure(), strata);
            a = ValueDraw.of(h.afterClosure(), strata);
            driver = h.driver();
        }
        mode = m;
        forfeitureYear = year;
        before = b;
        after = a;
        hazardFactor = driver == null ? -1 : plan.factorIndex(driver.factor());
        hazardWeight = driver == null ? 0.0 : driver.weight();
        boolean shared = m == Mode.HAZARD && b.constant() && a.constant();
        beforeKey = shared ? plan.hazardKey(b.value(), driver) : -1;
        afterKey = shared ? plan.hazardKey(a.value(), driver) : -1;
        AfterForfeiture af = site.afterForfeiture();
        delay = ValueDraw.of(af.mobilisationDelayYears(), strata);
        care = ValueDraw.of(af.careAndMaintenancePerYear(), strata);
        premium = ValueDraw.of(af.thirdPartyPremiumPercent(), strata);
        estateRecovery = ValueDraw.of(af.estateRecoveryRate(), strata);
        instruments = site.assurance().stream().map(i -> SimpleInstrument.of(i, site.name(), plan, strata))
                .toArray(SimpleInstrument[]::new);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String category() {
        return category;
    }

    /** The fund's percent of the site's {@code estimate}, not multiplied. */
    @Override
    public Contribution contribution() {
        return Contribution.percentOf(estimate);
    }

    @Override
    public SiteRunner newRunner() {
        return new SimpleSiteRunner(this);
    }

    /** {@code floor(x)} clamped to {@code [lo, hi]}. */
    static int floorClamp(double x, int lo, int hi) {
        double f = Math.floor(x);
        return f < lo ? lo : f > hi ? hi : (int) f;
    }
}
