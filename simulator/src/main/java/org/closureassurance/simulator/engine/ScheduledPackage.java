package org.closureassurance.simulator.engine;

import java.util.Arrays;

/**
 * The closure package's flows when money is valued by absolute year (a discount schedule, real
 * cost escalation, or work after forfeiture: docs/model.md, "Discount schedules"): base-year
 * amounts by closure-relative year, water treatment apart from the other works (only the works
 * move when a contractor is mobilised late), for the first {@code window} relative years; every
 * later flow folded into a tail in units of the ratio {@code q = (1 + g) v} of the years past
 * the schedule's last step. As the window reaches that step from any anchor year, the tail is
 * worth {@code W_(a + window) * tail} for a package whose relative year 0 falls in year
 * {@code a}, so one package serves every walk-away year.
 */
final class ScheduledPackage {
    private final int window;
    private final double[] water;
    private final double[] works;
    private double waterTail;
    private double worksTail;
    private DiscountCurve curve;
    private int closure;
    private int inside;

    ScheduledPackage(int window) {
        this.window = window;
        this.water = new double[window];
        this.works = new double[window];
    }

    /** Empties the package for closure year {@code closure}, {@code inside} relative years inside the horizon. */
    void reset(int closure, int inside, DiscountCurve curve) {
        this.closure = closure;
        this.inside = inside;
        this.curve = curve;
        Arrays.fill(water, 0.0);
        Arrays.fill(works, 0.0);
        waterTail = 0;
        worksTail = 0;
    }

    int window() {
        return window;
    }

    double water(int k) {
        return water[k];
    }

    double works(int k) {
        return works[k];
    }

    /** The water flows past the window, in units of {@code W} at relative year {@code window}. */
    double waterTail() {
        return waterTail;
    }

    /** The other flows past the window, in the same units. */
    double worksTail() {
        return worksTail;
    }

    /** {@code amount} in relative years {@code from, from + every, ...}, {@code count} times (or for ever); its value at closure. */
    double add(FlowKind kind, long from, int every, long count, double amount) {
        double[] flows = kind == FlowKind.WATER ? water : works;
        long m = 0;
        long k = from;
        while (k < window && m < count) {
            flows[(int) k] += amount;
            m++;
            k += every;
        }
        if (m < count) {
            long rest = count == DiscountCurve.FOREVER ? DiscountCurve.FOREVER : count - m;
            double tail = amount * curve.ratioPower(k - window) * curve.geometric(rest, every);
            if (kind == FlowKind.WATER) {
                waterTail += tail;
            } else {
                worksTail += tail;
            }
        }
        return amount * curve.periodic(closure + from, every, count) / curve.p(closure);
    }

    /** The base-year flow of relative year {@code k} (inside the horizon) escalated to its year: a fund's drawdown. */
    double flow(int k) {
        return (water[k] + works[k]) * curve.escalation((long) closure + k);
    }

    /** Sum of the escalated flows inside the horizon. */
    double undiscountedInside() {
        double s = 0;
        for (int k = 0; k < inside; k++) {
            s += flow(k);
        }
        return s;
    }
}
