package org.closureassurance.simulator.engine;

import java.util.Arrays;

/**
 * The cash flows of one iteration's closure package by closure-relative year
 * (docs/model.md): flows inside the horizon year by year, every later flow folded in closed
 * form into {@code tail}, its value at the first year past the horizon. Each {@code add}
 * returns the value of what it added at relative year 0, so callers can total the present
 * value of one item, stream or domain without a second pass.
 *
 * <p>With a discount schedule, real cost escalation or work after forfeiture, the flows go to a
 * {@link ScheduledPackage} instead, valued by absolute year; without them the arithmetic below
 * is the single-rate one, unchanged, so such scenarios keep their numbers bit for bit.
 */
final class ClosurePackage {
    /** Annuities this short are summed from the table of powers, cheaper than {@code expm1}. */
    private static final int SHORT_ANNUITY = 8;
    private final double[] flow;
    private final double[] vpow;
    private final int horizon;
    /** Relative years inside the horizon: {@code H - C}. */
    private int inside;
    private double tail;
    private double v;
    private double lnV;
    /** {@code expm1(lnV)}, the annuity's denominator, once per iteration. */
    private double expm1LnV;
    private double rate;
    private long lastYear;
    private boolean never;
    /** The flows valued by absolute year, or null for a single rate without escalation. */
    private final ScheduledPackage scheduled;
    private DiscountCurve curve;
    /** Which part of the package the next flows belong to (water keeps its year after forfeiture). */
    private FlowKind kind = FlowKind.WORKS;

    ClosurePackage(int horizon) {
        this(horizon, null);
    }

    /** A package whose flows go to {@code scheduled} (null: the single-rate arithmetic). */
    ClosurePackage(int horizon, ScheduledPackage scheduled) {
        this.horizon = horizon;
        this.flow = new double[horizon];
        this.vpow = new double[horizon + 1];
        this.scheduled = scheduled;
    }

    /** Empties the package for closure year {@code closure}, valued on this iteration's {@code curve}. */
    void reset(int closure, DiscountCurve discountCurve) {
        inside = horizon - closure;
        this.curve = discountCurve;
        scheduled.reset(closure, inside, discountCurve);
        lastYear = Long.MIN_VALUE;
        never = false;
        kind = FlowKind.WORKS;
    }

    /** The flows valued by absolute year, or null for a single rate without escalation. */
    ScheduledPackage scheduled() {
        return scheduled;
    }

    /** Files the flows added from now on under {@code flowKind}. */
    void kind(FlowKind flowKind) {
        this.kind = flowKind;
    }

    /** Empties the package for closure year {@code closure} and discount rate {@code r}. */
    void reset(int closure, double r) {
        inside = horizon - closure;
        Arrays.fill(flow, 0, inside, 0.0);
        tail = 0;
        rate = r;
        v = 1.0 / (1.0 + r);
        lnV = -Math.log1p(r);
        expm1LnV = Math.expm1(lnV);
        vpow[0] = 1.0;
        for (int k = 1; k <= horizon; k++) {
            vpow[k] = vpow[k - 1] * v;
        }
        lastYear = Long.MIN_VALUE;
        never = false;
    }

    /** Discount factor {@code 1 / (1 + r)}. */
    double v() {
        return v;
    }

    /** Relative years inside the horizon. */
    int inside() {
        return inside;
    }

    /**
     * {@code v^k} for any k >= 0: the value at year 0 of one unit in absolute year {@code k}
     * (with a schedule, {@code P_k}, the product of the one-year factors before it).
     */
    double pow(long k) {
        if (scheduled != null) {
            return curve.p(k);
        }
        return k <= horizon ? vpow[(int) k] : Math.exp(k * lnV);
    }

    /** {@code sum_{j=0}^{m-1} v^j}, accurate for rates near 0. */
    double annuity(long m) {
        if (m <= 0) {
            return 0.0;
        }
        if (lnV == 0.0) {
            return m;
        }
        if (m <= SHORT_ANNUITY && m <= horizon) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += vpow[j];
            }
            return s;
        }
        return Math.expm1(m * lnV) / expm1LnV;
    }

    /** Value at year 0 of 1 a year forever from year 0: {@code (1 + r) / r}. */
    double perpetuity() {
        return (1.0 + rate) / rate;
    }

    /** {@code amount} in each relative year {@code from .. from+count-1}. */
    double addLevel(long from, long count, double amount, boolean relinquishment) {
        if (count <= 0) {
            return 0.0;
        }
        if (relinquishment) {
            mark(from + count - 1);
        }
        if (amount == 0.0) {
            return 0.0;
        }
        if (scheduled != null) {
            return scheduled.add(kind, from, 1, count, amount);
        }
        long end = Math.min(from + count, inside);
        for (long k = from; k < end; k++) {
            flow[(int) k] += amount;
        }
        long beyond = Math.max(from, inside);
        long beyondCount = from + count - beyond;
        if (beyondCount > 0) {
            tail += amount * pow(beyond - inside) * annuity(beyondCount);
        }
        return amount * pow(from) * annuity(count);
    }

    /** {@code amount} once, in relative year {@code k}. */
    double addAt(long k, double amount, boolean relinquishment) {
        if (relinquishment) {
            mark(k);
        }
        if (amount == 0.0) {
            return 0.0;
        }
        if (scheduled != null) {
            return scheduled.add(kind, k, 1, 1, amount);
        }
        if (k < inside) {
            flow[(int) k] += amount;
        } else {
            tail += amount * pow(k - inside);
        }
        return amount * pow(k);
    }

    /**
     * {@code amount} at relative years {@code from, from+every, ...}, {@code count} times
     * ({@code Long.MAX_VALUE}: forever, valued {@code K / (1 - v^N)}).
     */
    double addPeriodic(long from, int every, long count, double amount, boolean relinquishment) {
        if (count <= 0) {
            return 0.0;
        }
        boolean forever = count == Long.MAX_VALUE;
        if (relinquishment) {
            if (forever) {
                never = true;
            } else {
                mark(from + (count - 1) * every);
            }
        }
        if (amount == 0.0) {
            return 0.0;
        }
        if (scheduled != null) {
            return scheduled.add(kind, from, every, count, amount);
        }
        long m = 0;
        long k = from;
        while (k < inside && m < count) {
            flow[(int) k] += amount;
            m++;
            k += every;
        }
        if (m < count) {
            tail += periodicValue(amount * pow(k - inside), every, count - m, forever);
        }
        return periodicValue(amount * pow(from), every, count, forever);
    }

    /**
     * The value at the first payment of {@code first} paid every {@code every} years,
     * {@code count} times or {@code forever}: {@code first (1 - v^(N count)) / (1 - v^N)}, or
     * {@code first / (1 - v^N)}. At {@code r = 0} the ratio is 0/0 and its limit is the count
     * itself; perpetual flows need {@code r > 0}, which validation enforces.
     */
    private double periodicValue(double first, int every, long count, boolean forever) {
        if (lnV == 0.0) {
            return forever ? Double.POSITIVE_INFINITY : first * count;
        }
        double oneMinusVn = -Math.expm1(every * lnV);
        return forever ? first / oneMinusVn : first * -Math.expm1(count * every * lnV) / oneMinusVn;
    }

    /** {@code amount} in every relative year from {@code from} on, forever. */
    double addPerpetual(long from, double amount) {
        never = true;
        if (amount == 0.0) {
            return 0.0;
        }
        if (scheduled != null) {
            return scheduled.add(kind, from, 1, DiscountCurve.FOREVER, amount);
        }
        for (long k = from; k < inside; k++) {
            flow[(int) k] += amount;
        }
        long beyond = Math.max(from, inside);
        tail += amount * pow(beyond - inside) * perpetuity();
        return amount * pow(from) * perpetuity();
    }

    /** Marks that relinquishment can only follow the package forever (a perpetual flow). */
    void markNever() {
        never = true;
    }

    private void mark(long k) {
        if (k > lastYear) {
            lastYear = k;
        }
    }

    /** The flow in relative year {@code k} (inside the horizon), escalated to its year. */
    double flow(int k) {
        if (scheduled != null) {
            return scheduled.flow(k);
        }
        return flow[k];
    }

    /** The value at relative year {@code inside} of all flows from then on. */
    double tail() {
        return tail;
    }

    /** Plain sum of the flows inside the horizon. */
    double undiscountedInside() {
        if (scheduled != null) {
            return scheduled.undiscountedInside();
        }
        double s = 0;
        for (int k = 0; k < inside; k++) {
            s += flow[k];
        }
        return s;
    }

    /** Whether some flow never ends. */
    boolean never() {
        return never;
    }

    /** The last relative year with a flow that delays relinquishment, or {@code Long.MIN_VALUE}. */
    long lastYear() {
        return lastYear;
    }
}
