package org.closureassurance.simulator.portfolio;

import java.util.Arrays;
import org.closureassurance.simulator.engine.DiscountCurve;

/**
 * What the sites of a portfolio add up in one iteration: the register's walk-away liability
 * {@code Σ_i L_(i,t)} and realisable assurance {@code Σ_i A_(i,t)} for every year
 * {@code t = 0 .. H-1}, and the year-0 face amounts of the bonds each named provider wrote.
 * One per worker, cleared by the engine before each iteration.
 *
 * <p>A site may add whole years ({@link #addLiability}, {@link #addAssurance}: O(H)) or, when
 * its figure is constant over a run of years, the run ({@link #addAssuranceUntil},
 * {@link #addAssuranceFrom}: O(1)); runs are kept in buckets by their end or start year and
 * summed once per iteration, so a register of simple sites costs O(sites + H) per iteration,
 * not O(sites × H). Runs that last until year {@code to} are summed from the horizon back, so
 * every year after the last of them is exactly 0.
 */
public final class IterationSums {
    /** Walk-away delays below this share one year-by-year valuation per iteration; longer ones are valued per site. */
    static final int GROUPED_DELAYS = 32;

    private final int horizon;
    private boolean wantsYears;
    private final double[] liability;
    private final double[] assurance;
    /** Assurance held from year 0 until the bucket's year (exclusive); index H: until the horizon. */
    private final double[] assuranceUntil;
    /** Assurance held from the bucket's year to the horizon. */
    private final double[] assuranceFrom;
    /** Walk-away flows and care by delay, in buckets by the year the site closes (exclusive). */
    private final double[][] flowUntil = new double[GROUPED_DELAYS][];
    private final double[][] careUntil = new double[GROUPED_DELAYS][];
    private final int[] delaysUsed = new int[GROUPED_DELAYS];
    private int delayCount;
    private final double[] bondFaces;

    /** Sums over {@code horizonYears} years and {@code providers} named providers. */
    public IterationSums(int horizonYears, int providers) {
        this.horizon = horizonYears;
        this.liability = new double[horizonYears];
        this.assurance = new double[horizonYears];
        this.assuranceUntil = new double[horizonYears + 1];
        this.assuranceFrom = new double[horizonYears + 1];
        this.bondFaces = new double[providers];
    }

    /** Clears every sum for a new iteration; {@code years}: whether the per-year sums are wanted. */
    void begin(boolean years) {
        this.wantsYears = years;
        Arrays.fill(bondFaces, 0.0);
        if (!years) {
            return;
        }
        Arrays.fill(liability, 0.0);
        Arrays.fill(assurance, 0.0);
        Arrays.fill(assuranceUntil, 0.0);
        Arrays.fill(assuranceFrom, 0.0);
        for (int k = 0; k < delayCount; k++) {
            Arrays.fill(flowUntil[delaysUsed[k]], 0.0);
            Arrays.fill(careUntil[delaysUsed[k]], 0.0);
        }
        delayCount = 0;
    }

    /** Whether this pass wants the per-year sums; when false, sites need not add them. */
    public boolean wantsYears() {
        return wantsYears;
    }

    /** Adds a site's {@code L_t} for {@code t = 0 .. H-1}. */
    public void addLiability(double[] byYear) {
        for (int t = 0; t < horizon; t++) {
            liability[t] += byYear[t];
        }
    }

    /** Adds a site's {@code A_t} for {@code t = 0 .. H-1}. */
    public void addAssurance(double[] byYear) {
        for (int t = 0; t < horizon; t++) {
            assurance[t] += byYear[t];
        }
    }

    /** Adds {@code amount} to the assurance of year {@code t} only. */
    public void addAssurance(int t, double amount) {
        assurance[t] += amount;
    }

    /** The per-year assurance sums themselves, for a site that adds a value to every year in one loop. */
    double[] assuranceYears() {
        return assurance;
    }

    /** Adds {@code amount} to the assurance of every year {@code 0 .. to-1} ({@code to} clamped to the horizon). */
    public void addAssuranceUntil(int to, double amount) {
        assuranceUntil[Math.min(Math.max(to, 0), horizon)] += amount;
    }

    /** Adds {@code amount} to the assurance of every year {@code from .. H-1} (nothing when {@code from >= H}). */
    public void addAssuranceFrom(long from, double amount) {
        if (from < horizon) {
            assuranceFrom[(int) Math.max(from, 0)] += amount;
        }
    }

    /** Adds {@code amount} to the assurance of every year {@code from .. to-1} (clamped to the horizon). */
    public void addAssuranceRange(long from, long to, double amount) {
        if (from >= to || from >= horizon) {
            return;
        }
        if (from <= 0) {
            addAssuranceUntil((int) Math.min(to, horizon), amount);
        } else if (to >= horizon) {
            addAssuranceFrom(from, amount);
        } else {
            addAssuranceFrom(from, amount);
            addAssuranceFrom(to, -amount);
        }
    }

    /** Adds the year-0 face amount {@code face} of a bond written by named provider {@code provider}. */
    public void addBondFace(int provider, double face) {
        bondFaces[provider] += face;
    }

    /**
     * Adds a simple site's walk-away liability for every year {@code t < end}: one flow of
     * {@code flow} base-year money moved {@code delay} years later (to {@code t + delay}) and
     * {@code care} in each year {@code t .. t+delay-1}, each escalated and discounted by its
     * absolute year, valued at {@code t}:
     * {@code L_t = (flow W_(t+D) + care Σ_(s=t)^(t+D-1) W_s) / P_t}.
     */
    void addWalkAway(int end, long delay, double flow, double care, DiscountCurve curve) {
        int until = Math.min(Math.max(end, 0), horizon);
        if (delay < GROUPED_DELAYS) {
            int d = (int) delay;
            if (flowUntil[d] == null) {
                flowUntil[d] = new double[horizon + 1];
                careUntil[d] = new double[horizon + 1];
            }
            if (!used(d)) {
                delaysUsed[delayCount++] = d;
            }
            flowUntil[d][until] += flow;
            careUntil[d][until] += care;
            return;
        }
        for (int t = 0; t < until; t++) {
            liability[t] += (flow * curve.w(t + delay) + care * curve.sum(t, delay)) / curve.p(t);
        }
    }

    private boolean used(int d) {
        for (int k = 0; k < delayCount; k++) {
            if (delaysUsed[k] == d) {
                return true;
            }
        }
        return false;
    }

    /** Sums the runs into the per-year figures; call once every site has added its own. */
    void finish(DiscountCurve curve) {
        if (!wantsYears) {
            return;
        }
        double until = 0.0;
        double from = 0.0;
        for (int t = horizon - 1; t >= 0; t--) {
            until += assuranceUntil[t + 1];
            assurance[t] += until;
        }
        for (int t = 0; t < horizon; t++) {
            from += assuranceFrom[t];
            assurance[t] += from;
        }
        for (int k = 0; k < delayCount; k++) {
            int d = delaysUsed[k];
            double[] flows = flowUntil[d];
            double[] cares = careUntil[d];
            double flow = 0.0;
            double care = 0.0;
            for (int t = horizon - 1; t >= 0; t--) {
                flow += flows[t + 1];
                care += cares[t + 1];
                if (flow != 0.0 || care != 0.0) {
                    double value = flow * (d == 0 ? curve.escalation(t) : curve.w(t + d) / curve.p(t));
                    liability[t] += d == 0 ? value : value + care * curve.sum(t, d) / curve.p(t);
                }
            }
        }
    }

    /** {@code Σ_i L_(i,t)}, once {@link #finish} has run. */
    public double liability(int t) {
        return liability[t];
    }

    /** {@code Σ_i A_(i,t)}, once {@link #finish} has run. */
    public double assurance(int t) {
        return assurance[t];
    }

    /** The year-0 faces of the bonds named provider {@code provider} wrote. */
    double bondFace(int provider) {
        return bondFaces[provider];
    }
}
