package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.StartYears;
import org.closureassurance.simulator.random.RandomStream;

/**
 * The state one worker's section kernels share while they carry an iteration through the
 * model: its inputs {@code x}, closure year, forfeiture year, closure package, the walk-away
 * liability and realisable assurance by year, and its two random streams. One per worker,
 * filled afresh for every iteration, so kernels allocate nothing and share nothing across
 * threads.
 */
final class IterationContext {
    final RunPlan plan;
    final IterationRecords rec;
    final int horizon;
    /** The current iteration's value of every input slot (constants filled once). */
    final double[] x;
    final ClosurePackage pkg;
    /** The iteration's discount and escalation factors by absolute year; null for a single rate without escalation. */
    final DiscountCurve curve;
    /** {@code L_t} by absolute year. */
    final double[] liability;
    /** {@code A_t} by absolute year. */
    final double[] assurance;
    /** Each cost item's value at closure, for accrual before closure. */
    final double[] itemPV;
    /** Each cost item's yearly amount (base-year money, indirects included), for accrual by absolute year. */
    final double[] itemPerYear;
    /** Yes/no and once-per-iteration event draws, in section order. */
    final RandomStream events = new RandomStream();
    /** Per-year draws (setbacks, yearly risks, fund returns), in section order. */
    final RandomStream yearly = new RandomStream();
    /** Streams of their own (a factor's innovations, a provider's or a driven event's normals), reseeded per use. */
    private final RandomStream own = new RandomStream();
    /** Each economic factor's state {@code M_t} by absolute year. */
    final double[][] factors;
    /** Each named provider's failure year ({@link Long#MAX_VALUE}: never within the horizon). */
    final long[] providerFailYear;
    /** Each domain's condition index by absolute year from its earliest possible start. */
    final double[][] condition;
    /** Where each domain's condition series start among the timeline series. */
    final int[] conditionOffset;
    /** Series in the timeline: L by year, A by year, then each domain's index by year. */
    final int timelineSeries;

    /** The iteration being simulated: it keys the iteration's streams and names it in errors. */
    int iteration;
    /**
     * The row of the records the iteration's outcomes go to: the iteration itself, except in a
     * {@link ScenarioSiteRun}, which keeps one row for whichever iteration it carries.
     */
    int i;
    int closure;
    /** The forfeiture year, or -1 when the operator does not forfeit inside the horizon. */
    int forfeit;
    /** The planned package's value at year 0 when it is valued by absolute year ({@link WalkAwayValuation}). */
    double plannedPV;
    /**
     * The year-0 value of one unit of public shortfall in the forfeiture year: the public cost
     * is the shortfall times this (set with the iteration's outcome).
     */
    double publicValue;

    IterationContext(RunPlan plan, IterationRecords rec) {
        this.plan = plan;
        this.rec = rec;
        this.horizon = plan.horizon;
        this.x = plan.constants.clone();
        DiscountPlan discount = plan.discount;
        this.curve = discount.general() ? new DiscountCurve(discount.stepYears(), discount.curveLength()) : null;
        this.pkg = discount.general() ? new ClosurePackage(horizon, new ScheduledPackage(discount.window()))
                : new ClosurePackage(horizon);
        this.liability = new double[horizon];
        this.assurance = new double[horizon];
        this.itemPV = new double[plan.costItems.length];
        this.itemPerYear = new double[plan.costItems.length];
        this.factors = new double[plan.economy.factorCount()][horizon];
        this.providerFailYear = new long[plan.economy.providers.length];
        this.condition = new double[plan.domains.length][];
        this.conditionOffset = new int[plan.domains.length];
        int series = 2 * horizon;
        for (int d = 0; d < plan.domains.length; d++) {
            condition[d] = new double[horizon - plan.domains[d].earliestStart()];
            conditionOffset[d] = series;
            series += condition[d].length;
        }
        this.timelineSeries = series;
    }

    /** Starts iteration {@code i}, recorded in row {@code i}: its event and yearly streams from the beginning. */
    void begin(int iteration) {
        begin(iteration, iteration);
    }

    /** Starts {@code iteration}, recorded in row {@code row}: its event and yearly streams from the beginning. */
    void begin(int iteration, int row) {
        this.iteration = iteration;
        this.i = row;
        events.reset(RandomStream.seedFor(plan.seed, iteration, RunPlan.PURPOSE_EVENTS));
        yearly.reset(RandomStream.seedFor(plan.seed, iteration, RunPlan.PURPOSE_YEARLY));
    }

    /** The stream of {@code purpose} for the current iteration, from its beginning. */
    RandomStream own(int purpose) {
        own.reset(RandomStream.seedFor(plan.seed, iteration, purpose));
        return own;
    }

    /**
     * The value at year 0 of one base-year unit falling in absolute year {@code year}, without
     * escalation: {@code v^year} for one rate, the product of the schedule's one-year factors
     * before {@code year} otherwise. Valid once the iteration's closure kernel has run.
     */
    double discountFactor(int year) {
        return pkg.pow(year);
    }

    /** One plus the sum of the indirect-cost percentages in {@code percentSlots}, as a factor. */
    double multiplier(int[] percentSlots) {
        double s = 0;
        for (int slot : percentSlots) {
            s += x[slot];
        }
        return 1.0 + s / 100.0;
    }

    /**
     * The factor of a flow after indirect costs and overruns:
     * {@code (1 + sum(percent) / 100) * prod(multiplier)}. Without overruns the product is 1 and
     * the factor is the indirect costs' alone, bit for bit.
     */
    double factor(int[] percentSlots, int[] multiplierSlots) {
        double m = multiplier(percentSlots);
        for (int slot : multiplierSlots) {
            m *= x[slot];
        }
        return m;
    }

    /**
     * The whole start year of a draw: floored, 0 below 0; a draw beyond {@link StartYears#MAX}
     * (only an unbounded distribution can give one: validation refuses bounded ones) is refused.
     */
    long startYear(double drawn, InputField field, String name) {
        if (drawn > StartYears.MAX) {
            throw ModelOverflowException.startYear(InputKey.of(field, name).path(), drawn, StartYears.MAX, iteration);
        }
        return drawn >= 0 ? (long) Math.floor(drawn) : 0;
    }

    /** Failures before the first success of a yearly chance {@code p}, from one uniform. */
    static long geometric(double u, double p) {
        if (!(p > 0)) {
            return Long.MAX_VALUE;
        }
        if (p >= 1) {
            return 0;
        }
        return failures(u, Math.log1p(-p));
    }

    /** Failures before the first success, from one uniform and {@code Math.log1p(-p)} of the chance {@code p}. */
    static long failures(double u, double log1pOfMinusChance) {
        double g = Math.floor(Math.log(u) / log1pOfMinusChance);
        return g >= 9.0e18 ? Long.MAX_VALUE : (long) g;
    }

    /** The step after {@code step} plus {@code gap} failures, without overflow. */
    static long after(long step, long gap) {
        return gap >= Long.MAX_VALUE - step - 1 ? Long.MAX_VALUE : step + 1 + gap;
    }
}
