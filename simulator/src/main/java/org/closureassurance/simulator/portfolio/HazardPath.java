package org.closureassurance.simulator.portfolio;

/**
 * The cumulative hazard of a yearly yes/no event over the horizon, so that the year the event
 * first happens is one exponential draw found by binary search in {@code O(log H)}: with
 * yearly probabilities {@code p_t} and {@code Λ_t = Σ_(s<t) -ln(1 - p_s)}, the first year is
 * the {@code t} with {@code Λ_t <= E < Λ_(t+1)}, {@code E = -ln(u)} for a uniform {@code u};
 * {@code P(first = t) = p_t Π_(s<t)(1 - p_s)} exactly, as with one uniform a year. Sites that
 * share a path (the same hazards, closure and, later, factor path) share one of these per
 * iteration. Reusable: {@link #fill} overwrites it, allocating nothing.
 */
public final class HazardPath {
    private final double[] cumulative;
    private int years;

    /** A path for up to {@code horizonYears} years. */
    public HazardPath(int horizonYears) {
        if (horizonYears < 1) {
            throw new IllegalArgumentException("horizonYears must be >= 1, was " + horizonYears);
        }
        this.cumulative = new double[horizonYears + 1];
    }

    /**
     * Fills the path with the yearly probabilities {@code probabilities[0 .. years-1]} (each in
     * {@code [0, 1]}; 1 makes the event sure in that year).
     */
    public void fill(double[] probabilities, int years) {
        if (years < 0 || years >= cumulative.length) {
            throw new IllegalArgumentException("years must lie in 0.." + (cumulative.length - 1) + ", was " + years);
        }
        this.years = years;
        double sum = 0.0;
        cumulative[0] = 0.0;
        for (int t = 0; t < years; t++) {
            sum += -Math.log1p(-probabilities[t]);
            cumulative[t + 1] = sum;
        }
    }

    /**
     * Fills the path of a site that may forfeit with {@code before} a year before its closure year
     * {@code closure}, {@code after} from then until it is relinquished in year
     * {@code closure + closureDurationYears}, and never from then on, over {@code horizon} years.
     */
    public void fillSite(double before, double after, int closure, int closureDurationYears, int horizon) {
        if (horizon < 1 || horizon >= cumulative.length) {
            throw new IllegalArgumentException("horizon must lie in 1.." + (cumulative.length - 1) + ", was "
                    + horizon);
        }
        years = horizon;
        long relinquished = (long) closure + closureDurationYears;
        double hb = -Math.log1p(-before);
        double ha = -Math.log1p(-after);
        double sum = 0.0;
        cumulative[0] = 0.0;
        for (int t = 0; t < horizon; t++) {
            sum += t < closure ? hb : t < relinquished ? ha : 0.0;
            cumulative[t + 1] = sum;
        }
    }

    /** The year the event first happens for the uniform {@code u} in (0, 1), or -1 when not within the path. */
    public int firstYear(double u) {
        double e = -Math.log(u);
        if (!(e < cumulative[years])) {
            return -1;
        }
        int lo = 0;
        int hi = years - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e < cumulative[mid + 1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
