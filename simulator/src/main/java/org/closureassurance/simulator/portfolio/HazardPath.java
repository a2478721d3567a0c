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
    /**
     * The largest yearly increment {@code -ln(1 - p)} kept: a sure year ({@code p = 1}) would add
     * infinity, and differences of cumulative hazards would then be NaN. No positive double
     * {@code u} gives an exponential draw {@code -ln u} above 745 ({@code -ln} of the smallest
     * double), so an increment of 1024 is as sure as infinity for every draw; it changes nothing
     * but years with {@code p > 1 - e^-745}, which it treats as sure.
     */
    static final double MAX_INCREMENT = 1024.0;

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
            sum += increment(probabilities[t]);
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
        double hb = increment(before);
        double ha = increment(after);
        double sum = 0.0;
        cumulative[0] = 0.0;
        for (int t = 0; t < horizon; t++) {
            sum += t < closure ? hb : t < relinquished ? ha : 0.0;
            cumulative[t + 1] = sum;
        }
    }

    /** The yearly cumulative hazard {@code -ln(1 - p)}, capped at {@link #MAX_INCREMENT}. */
    static double increment(double p) {
        return Math.min(-Math.log1p(-p), MAX_INCREMENT);
    }

    /** {@code Λ_t}, the cumulative hazard of the years before {@code t} ({@code 0 <= t <= years}). */
    public double cumulative(int t) {
        return cumulative[t];
    }

    /**
     * The first year {@code t} in {@code from .. to-1} in which the event happens for the
     * exponential draw {@code e} counted from the start of year {@code from}: the smallest
     * {@code t} with {@code e < Λ_(t+1) - Λ_from}; -1 when there is none. With it a path can be
     * read in pieces (a site's years before closure on one path, after on another), carrying
     * {@code e - (Λ_to - Λ_from)} from one piece to the next.
     */
    public int firstYear(double e, int from, int to) {
        if (from >= to) {
            return -1;
        }
        double target = cumulative[from] + e;
        if (!(target < cumulative[to])) {
            return -1;
        }
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (target < cumulative[mid + 1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
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
