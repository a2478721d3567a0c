package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.StartYears;
import org.closureassurance.simulator.random.OrderKey;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * Runs iterations of one plan with its own scratch arrays and random streams, so workers on
 * different threads share nothing but the records they write at their own indices. Nothing
 * is allocated per iteration.
 */
final class IterationWorker {
    private static final double COMPLETION_TOLERANCE = 1e-12;
    private static final double WHOLE_YEAR_TOLERANCE = 1e-9;

    private final RunPlan plan;
    private final IterationRecords rec;
    private final int horizon;
    private final double[] x;
    private final double[] z;
    /** This iteration's order key of each sampled input. */
    private final int[] keys;
    private final int[] correlatedInputs;
    private final RandomStream inputs = new RandomStream();
    private final RandomStream events = new RandomStream();
    private final RandomStream yearly = new RandomStream();
    private final org.apache.commons.rng.sampling.distribution.ContinuousSampler yearlyNormal =
            org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(yearly);
    private final ClosurePackage pkg;
    private final double[] liability;
    private final double[] assurance;
    private final double[] itemPV;
    private final double[][] condition;
    private final int[] conditionOffset;
    /** Series in the timeline sketch: L by year, A by year, then each domain's index by year. */
    final int timelineSeries;
    private final long[] coverage;
    private QuantileSketch sketch;
    private double[][] pilot;
    /** Timeline values of the current batch, iteration-major: {@code batch[j * timelineSeries + s]}. */
    private final double[] batch;
    private int batched;
    /** Iterations whose timeline values are buffered before they go to the sketch series by series. */
    static final int BATCH = 256;

    IterationWorker(RunPlan plan, IterationRecords rec) {
        this.plan = plan;
        this.rec = rec;
        this.horizon = plan.horizon;
        this.x = plan.constants.clone();
        this.z = new double[plan.copula == null ? 0 : plan.copula.dimension()];
        this.keys = new int[plan.sampledCount];
        int c = 0;
        int[] corr = new int[plan.sampledCount];
        for (int k = 0; k < plan.sampledCount; k++) {
            if (plan.copulaIndex[k] >= 0) {
                corr[c++] = k;
            }
        }
        this.correlatedInputs = java.util.Arrays.copyOf(corr, c);
        this.pkg = new ClosurePackage(horizon);
        this.liability = new double[horizon];
        this.assurance = new double[horizon];
        this.itemPV = new double[plan.costItems.length];
        this.condition = new double[plan.domains.length][];
        this.conditionOffset = new int[plan.domains.length];
        int series = 2 * horizon;
        for (int d = 0; d < plan.domains.length; d++) {
            condition[d] = new double[horizon - plan.domains[d].earliestStart()];
            conditionOffset[d] = series;
            series += condition[d].length;
        }
        this.timelineSeries = series;
        this.coverage = new long[horizon];
        this.batch = new double[series * BATCH];
    }

    /** Collects timeline values into {@code buffers[series][i - from]} instead of a sketch. */
    void collectPilot(double[][] buffers) {
        this.pilot = buffers;
        this.sketch = null;
    }

    /** Sends timeline values to a fresh sketch on {@code layout} from now on. */
    void useSketch(SketchLayout layout) {
        this.sketch = new QuantileSketch(layout);
        this.pilot = null;
    }

    QuantileSketch sketch() {
        return sketch;
    }

    long[] coverage() {
        return coverage;
    }

    /** Runs iterations {@code from} (inclusive) to {@code to} (exclusive). */
    void run(int from, int to) {
        for (int i = from; i < to; i++) {
            iterate(i, i - from);
        }
        flush();
    }

    /** Hands the buffered timeline values to the sketch, one series at a time (cache-local). */
    private void flush() {
        if (batched == 0) {
            return;
        }
        for (int s = 0; s < timelineSeries; s++) {
            sketch.addAll(s, batch, s, timelineSeries, batched);
        }
        batched = 0;
    }

    private void iterate(int i, int pilotIndex) {
        drawInputs(i);
        events.reset(RandomStream.seedFor(plan.seed, i, RunPlan.PURPOSE_EVENTS));
        yearly.reset(RandomStream.seedFor(plan.seed, i, RunPlan.PURPOSE_YEARLY));
        double r = x[plan.discountRateSlot];
        int closure = RunPlan.floorClamp(x[plan.closureYearSlot], 0, horizon - 1);
        int forfeit = forfeitureYear(closure);
        pkg.reset(closure, r);

        costItems();
        water(i, closure);
        rehabilitation(i, closure);
        riskEvents();
        liabilities(closure);
        assurances(i, closure, forfeit);

        double v0 = pkg.pow(closure);
        if (!Double.isFinite(liability[closure]) || !Double.isFinite(assurance[closure])
                || (forfeit >= 0 && !(Double.isFinite(liability[forfeit]) && Double.isFinite(assurance[forfeit])))) {
            throw ModelOverflowException.inIteration(i, overflowing(i, closure));
        }
        rec.closureYear[i] = closure;
        rec.forfeitureYear[i] = forfeit;
        rec.costPV[i] = v0 * liability[closure];
        rec.costUndiscounted[i] = pkg.undiscountedInside();
        long last = pkg.lastYear();
        rec.relinquishment[i] = pkg.never() ? Double.NaN
                : (last == Long.MIN_VALUE ? closure : (double) closure + last + 1);
        if (forfeit >= 0) {
            double l = liability[forfeit];
            double a = assurance[forfeit];
            rec.liability[i] = l;
            rec.assurance[i] = a;
            rec.publicCost[i] = Math.max(0.0, l - a) * pkg.pow(forfeit);
        } else {
            rec.liability[i] = Double.NaN;
            rec.assurance[i] = Double.NaN;
            rec.publicCost[i] = 0.0;
        }
        for (int k = 0; k < plan.sampledCount; k++) {
            rec.inputKeys[k][i] = keys[k];
        }
        timeline(pilotIndex);
    }

    private void drawInputs(int i) {
        int k = plan.sampledCount;
        if (k == 0) {
            return;
        }
        inputs.reset(RandomStream.seedFor(plan.seed, i, RunPlan.PURPOSE_INPUTS));
        boolean lhs = plan.strata[0] != null;
        for (int j = 0; j < k; j++) {
            double u = inputs.nextUniform();
            if (lhs) {
                u = plan.strata[j].stratifiedUniform(i, u);
            }
            int c = plan.copulaIndex[j];
            if (c >= 0) {
                z[c] = StandardNormal.quantile(u);
            } else {
                double v = plan.sampler[j].quantile(u);
                x[plan.sampledSlot[j]] = v;
                double[] atoms = plan.atoms[j];
                keys[j] = atoms == null ? OrderKey.ofUniform(u) : OrderKey.ofAtom(atoms, v);
            }
        }
        if (plan.copula != null) {
            plan.copula.correlate(z);
            for (int j : correlatedInputs) {
                double score = z[plan.copulaIndex[j]];
                double v = plan.sampler[j].fromNormalScore(score);
                x[plan.sampledSlot[j]] = v;
                double[] atoms = plan.atoms[j];
                keys[j] = atoms == null ? OrderKey.ofNormalScore(score) : OrderKey.ofAtom(atoms, v);
            }
        }
    }

    /** Failures before the first success of a yearly chance {@code p}, from one uniform. */
    static long geometric(double u, double p) {
        if (!(p > 0)) {
            return Long.MAX_VALUE;
        }
        if (p >= 1) {
            return 0;
        }
        double g = Math.floor(Math.log(u) / Math.log1p(-p));
        return g >= 9.0e18 ? Long.MAX_VALUE : (long) g;
    }

    /** The step after {@code step} plus {@code gap} failures, without overflow. */
    static long after(long step, long gap) {
        return gap >= Long.MAX_VALUE - step - 1 ? Long.MAX_VALUE : step + 1 + gap;
    }

    private int forfeitureYear(int closure) {
        switch (plan.forfeitureMode) {
            case AT_CLOSURE:
                return closure;
            case YEAR:
                return RunPlan.floorClamp(x[plan.forfeitureYearSlot], 0, horizon - 1);
            default:
                double u1 = events.nextUniform();
                double u2 = events.nextUniform();
                long before = geometric(u1, x[plan.hazardBeforeSlot]);
                if (before < closure) {
                    return (int) before;
                }
                long after = geometric(u2, x[plan.hazardAfterSlot]);
                return after < horizon - closure ? (int) (closure + after) : -1;
        }
    }

    private double multiplier(int[] percentSlots) {
        double s = 0;
        for (int slot : percentSlots) {
            s += x[slot];
        }
        return 1.0 + s / 100.0;
    }

    private void costItems() {
        RunPlan.CostItemPlan[] items = plan.costItems;
        for (int j = 0; j < items.length; j++) {
            RunPlan.CostItemPlan c = items[j];
            double amount = c.amountSlot() >= 0 ? x[c.amountSlot()]
                    : x[c.quantitySlot()] * x[c.unitCostSlot()] * c.conversion();
            double perYear = amount * multiplier(c.indirectSlots()) / c.durationYears();
            itemPV[j] = pkg.addLevel(c.startYear(), c.durationYears(), perYear, true);
        }
    }

    /**
     * The whole start year of a draw: floored, 0 below 0; a draw beyond {@link StartYears#MAX}
     * (only an unbounded distribution can give one: validation refuses bounded ones) is refused.
     */
    private static long startYear(double drawn, String section, String name, int i) {
        if (drawn > StartYears.MAX) {
            throw ModelOverflowException.startYear(section + "/" + name + "/startYear", drawn, StartYears.MAX, i);
        }
        return drawn >= 0 ? (long) Math.floor(drawn) : 0;
    }

    /** What overflowed in iteration {@code i}: the first element whose own value did, else the whole. */
    private String overflowing(int i, int closure) {
        Scenario s = plan.scenario;
        for (int j = 0; j < itemPV.length; j++) {
            if (!Double.isFinite(itemPV[j])) {
                return "the value of costItems/" + s.costItems().get(j).name();
            }
        }
        for (int w = 0; w < plan.water.length; w++) {
            if (!Double.isFinite(rec.waterPV[w][i])) {
                return "the value of waterTreatment/" + plan.water[w].name();
            }
        }
        for (int d = 0; d < plan.domains.length; d++) {
            if (!Double.isFinite(rec.domainPV[d][i])) {
                return "the value of rehabilitation/" + plan.domains[d].name();
            }
        }
        return Double.isFinite(liability[closure]) ? "the realisable assurance (a trust fund's balance or the sum of "
                + "the instruments)" : "the walk-away liability (the sum of finite parts, or risk events)";
    }

    private void water(int i, int closure) {
        RunPlan.WaterPlan[] streams = plan.water;
        if (streams.length == 0) {
            return;
        }
        double mult = multiplier(plan.waterIndirectSlots);
        double v0 = pkg.pow(closure);
        for (int w = 0; w < streams.length; w++) {
            RunPlan.WaterPlan s = streams[w];
            boolean needed = events.nextUniform() < x[s.probabilitySlot()];
            if (!needed) {
                rec.waterState[w][i] = IterationRecords.NOT_NEEDED;
                rec.waterDuration[w][i] = Double.NaN;
                rec.waterPV[w][i] = 0.0;
                continue;
            }
            long start = startYear(x[s.startSlot()], "waterTreatment", s.name(), i);
            double annual = x[s.fixedSlot()];
            if (s.flowSlot() >= 0) {
                annual += x[s.flowSlot()] * x[s.unitCostSlot()] * s.volumePerYearConversion();
            }
            annual *= mult;
            double capital = x[s.capitalSlot()] * mult;
            int every = s.replacementEvery();
            double pv;
            if (s.durationType() == RunPlan.DurationType.PERPETUAL) {
                pv = pkg.addPerpetual(start, annual);
                pv += every > 0 ? pkg.addPeriodic(start, every, Long.MAX_VALUE, capital, false)
                        : pkg.addAt(start, capital, false);
                rec.waterState[w][i] = IterationRecords.PERPETUAL;
                rec.waterDuration[w][i] = Double.POSITIVE_INFINITY;
            } else {
                double d = duration(s);
                long full = (long) Math.floor(d);
                double frac = d - full;
                pv = pkg.addLevel(start, full, annual, true);
                if (frac > 0) {
                    pv += pkg.addAt(start + full, frac * annual, true);
                }
                if (d > 0) {
                    long count = every > 0 ? (long) Math.ceil(d / every) : 1;
                    pv += pkg.addPeriodic(start, every > 0 ? every : 1, count, capital, true);
                }
                rec.waterState[w][i] = IterationRecords.FINITE;
                rec.waterDuration[w][i] = d;
            }
            rec.waterPV[w][i] = v0 * pv;
        }
    }

    /** A finite stream's duration in years: never negative, snapped to whole years within 1e-9. */
    private double duration(RunPlan.WaterPlan s) {
        double d;
        if (s.durationType() == RunPlan.DurationType.YEARS) {
            d = x[s.yearsSlot()];
        } else {
            double ratio = x[s.initialSlot()] * s.concentrationConversion() / x[s.limitSlot()];
            d = ratio <= 1 ? 0.0 : x[s.halfLifeSlot()] * (Math.log(ratio) / Math.log(2.0));
        }
        if (!(d > 0)) {
            return 0.0;
        }
        double whole = Math.rint(d);
        if (Math.abs(d - whole) <= WHOLE_YEAR_TOLERANCE) {
            d = whole;
        }
        return Math.min(d, 1.0e12);
    }

    private void rehabilitation(int i, int closure) {
        RunPlan.DomainPlan[] domains = plan.domains;
        if (domains.length == 0) {
            return;
        }
        double mult = multiplier(plan.rehabIndirectSlots);
        double v0 = pkg.pow(closure);
        int inside = pkg.inside();
        for (int d = 0; d < domains.length; d++) {
            RunPlan.DomainPlan p = domains[d];
            long start = startYear(x[p.startSlot()], "rehabilitation", p.name(), i);
            double area = x[p.areaSlot()];
            double pv = 0;
            if (p.establishmentSlot() >= 0) {
                pv += pkg.addAt(start, area * p.establishmentConversion() * x[p.establishmentSlot()] * mult, true);
            } else {
                pkg.addAt(start, 0.0, true);
            }
            double index = x[p.initialSlot()];
            double target = x[p.targetSlot()] - COMPLETION_TOLERANCE;
            double rate = x[p.rateSlot()];
            boolean logistic = p.logistic();
            double growth = logistic ? Math.exp(rate) : Math.exp(-rate);
            double rework = p.reworkSlot() >= 0 ? area * p.reworkConversion() * x[p.reworkSlot()] * mult : 0.0;
            double setbackP = p.setbackProbabilitySlot() >= 0 ? x[p.setbackProbabilitySlot()] : 0.0;
            double keep = p.setbackLossSlot() >= 0 ? 1.0 - x[p.setbackLossSlot()] : 1.0;
            long nextSetback = after(0, geometric(yearly.nextUniform(), setbackP));

            double[] fan = condition[d];
            int earliest = p.earliestStart();
            long startAbs = closure + start;
            int fanUntil = (int) Math.min(startAbs, horizon);
            for (int y = earliest; y < fanUntil; y++) {
                fan[y - earliest] = index;
            }
            long complete = index >= target ? start : -1;
            if (startAbs < horizon && startAbs >= earliest) {
                fan[(int) (startAbs - earliest)] = index;
            }
            double state = geometricState(index, logistic);
            for (long step = 1; startAbs + step < horizon; step++) {
                state = grow(state, growth);
                index = logistic ? fromOdds(state) : 1.0 - state;
                if (complete < 0) {
                    if (step == nextSetback) {
                        index *= keep;
                        state = geometricState(index, logistic);
                        pv += pkg.addAt(start + step, rework, true);
                        nextSetback = after(step, geometric(yearly.nextUniform(), setbackP));
                    }
                    if (index >= target) {
                        complete = start + step;
                    }
                }
                int y = (int) (startAbs + step);
                if (y >= earliest) {
                    fan[y - earliest] = index;
                }
            }
            long maintenanceEnd = complete >= 0 ? complete : inside - 1;
            double maintenance = p.maintenanceSlot() >= 0
                    ? area * p.maintenanceConversion() * x[p.maintenanceSlot()] * mult : 0.0;
            pv += pkg.addLevel(start + 1, maintenanceEnd - start, maintenance, true);
            if (complete >= 0) {
                pv += pkg.addLevel(complete + 1, p.monitoringYears(), x[p.monitoringSlot()] * mult, true);
                rec.domainCompletion[d][i] = (double) closure + complete;
            } else {
                pkg.markNever();
                rec.domainCompletion[d][i] = Double.NaN;
            }
            rec.domainPV[d][i] = v0 * pv;
        }
    }

    /**
     * The quantity that one year of recovery multiplies by the domain's growth factor: the gap
     * {@code 1 - I} (exponential, factor {@code e^-rate}) or the odds {@code I / (1 - I)}
     * (logistic, factor {@code e^rate}). Stepping it keeps the yearly recurrence a single
     * multiplication, so years do not wait on a division; {@code I} follows from it.
     */
    static double geometricState(double index, boolean logistic) {
        return logistic ? index / (1.0 - index) : 1.0 - index;
    }

    /** One year's growth of the state; zero odds stay zero even under an infinite factor. */
    static double grow(double state, double growth) {
        double g = state * growth;
        return g != g ? 0.0 : g;
    }

    /** The index {@code o / (1 + o)} for odds {@code o}; infinite odds are the reference condition 1. */
    static double fromOdds(double odds) {
        return odds < Double.POSITIVE_INFINITY ? odds / (1.0 + odds) : 1.0;
    }

    private void riskEvents() {
        int inside = pkg.inside();
        for (RunPlan.RiskPlan e : plan.risks) {
            double cost = x[e.costSlot()];
            if (!e.perYear()) {
                if (events.nextUniform() < x[e.probabilitySlot()]) {
                    pkg.addAt(e.year(), cost, false);
                }
                continue;
            }
            long to = e.toYear() < 0 ? inside - 1L : e.toYear();
            double p = x[e.probabilitySlot()];
            if (p >= 1) {
                long count = Math.min(to - e.fromYear() + 1, e.maxOccurrences());
                pkg.addLevel(e.fromYear(), count, cost, false);
                continue;
            }
            long year = after(e.fromYear() - 1L, geometric(yearly.nextUniform(), p));
            int count = 0;
            while (year <= to && count < e.maxOccurrences()) {
                pkg.addAt(year, cost, false);
                count++;
                if (count < e.maxOccurrences()) {
                    year = after(year, geometric(yearly.nextUniform(), p));
                }
            }
        }
    }

    /** {@code L_t} for every year: backward from the horizon tail, then accrual before closure. */
    private void liabilities(int closure) {
        double v = pkg.v();
        double next = pkg.tail();
        for (int t = horizon - 1; t >= closure; t--) {
            next = pkg.flow(t - closure) + v * next;
            liability[t] = next;
        }
        double atClosure = liability[closure];
        RunPlan.CostItemPlan[] items = plan.costItems;
        int[] accruing = plan.accruingItems;
        for (int t = 0; t < closure; t++) {
            double l = atClosure;
            for (int j : accruing) {
                l += (items[j].fractionByYear()[t] - 1.0) * itemPV[j];
            }
            liability[t] = l;
        }
    }

    private void assurances(int i, int closure, int forfeit) {
        java.util.Arrays.fill(assurance, 0.0);
        RunPlan.InstrumentPlan[] list = plan.instruments;
        for (int j = 0; j < list.length; j++) {
            RunPlan.InstrumentPlan p = list[j];
            double face = Double.NaN;
            double real = Double.NaN;
            switch (p.kind()) {
                case BOND: {
                    long failYear = geometric(events.nextUniform(), x[p.defaultSlot()]);
                    double recovery = x[p.recoverySlot()];
                    int step = -1;
                    for (int t = 0; t < horizon; t++) {
                        double f;
                        if (p.amountSlot() >= 0) {
                            f = x[p.amountSlot()];
                        } else {
                            while (step + 1 < p.scheduleYears().length && p.scheduleYears()[step + 1] <= t) {
                                step++;
                            }
                            f = step < 0 ? 0.0 : x[p.scheduleSlots()[step]];
                        }
                        double r = t < failYear ? f : recovery * f;
                        assurance[t] += r;
                        if (t == forfeit) {
                            face = f;
                            real = r;
                        }
                    }
                    break;
                }
                case SELF_BOND:
                    if (forfeit >= 0) {
                        face = x[p.amountSlot()];
                        real = 0.0;
                    }
                    break;
                case PARENT_GUARANTEE: {
                    boolean fails = events.nextUniform() < x[p.failSlot()];
                    double amount = x[p.amountSlot()];
                    double r = fails ? 0.0 : amount;
                    for (int t = 0; t < horizon; t++) {
                        assurance[t] += r;
                    }
                    if (forfeit >= 0) {
                        face = amount;
                        real = r;
                    }
                    break;
                }
                default:
                    trustFund(p, closure, forfeit, j, i);
                    continue;
            }
            rec.instrumentFace[j][i] = face;
            rec.instrumentRealisable[j][i] = real;
        }
    }

    private void trustFund(RunPlan.InstrumentPlan p, int closure, int forfeit, int j, int i) {
        double balance = x[p.initialSlot()];
        double fee = x[p.feeSlot()];
        double contribution = x[p.contributionSlot()];
        double atForfeit = Double.NaN;
        for (int t = 0; t < horizon; t++) {
            assurance[t] += balance;
            if (t == forfeit) {
                atForfeit = balance;
            }
            double draw = p.drawdown() && t >= closure ? Math.min(pkg.flow(t - closure), balance) : 0.0;
            double ret;
            switch (p.returnDraw()) {
                case NORMAL:
                    do {
                        ret = p.returnMean() + p.returnSd() * yearlyNormal.sample();
                    } while (ret < p.returnMin() || ret > p.returnMax());
                    break;
                case QUANTILE:
                    ret = p.annualReturn().quantile(yearly.nextUniform());
                    break;
                default:
                    ret = p.returnMean();
            }
            balance = Math.max(0.0, (balance - draw) * (1.0 + ret - fee) + (t < closure ? contribution : 0.0));
            if (balance == 0.0 && t + 1 >= closure) {
                // Empty after closure: no contributions come and nothing grows from zero, so every
                // later balance is 0 (A_t gains nothing) and the remaining returns need not be drawn.
                if (forfeit > t) {
                    atForfeit = 0.0;
                }
                break;
            }
        }
        rec.instrumentFace[j][i] = atForfeit;
        rec.instrumentRealisable[j][i] = atForfeit;
    }

    private void timeline(int pilotIndex) {
        int h = horizon;
        for (int t = 0; t < h; t++) {
            if (assurance[t] >= liability[t]) {
                coverage[t]++;
            }
        }
        if (pilot != null) {
            for (int t = 0; t < h; t++) {
                pilot[t][pilotIndex] = liability[t];
                pilot[h + t][pilotIndex] = assurance[t];
            }
            for (int d = 0; d < condition.length; d++) {
                double[] fan = condition[d];
                for (int y = 0; y < fan.length; y++) {
                    pilot[conditionOffset[d] + y][pilotIndex] = fan[y];
                }
            }
            return;
        }
        int row = batched * timelineSeries;
        System.arraycopy(liability, 0, batch, row, h);
        System.arraycopy(assurance, 0, batch, row + h, h);
        for (int d = 0; d < condition.length; d++) {
            double[] fan = condition[d];
            System.arraycopy(fan, 0, batch, row + conditionOffset[d], fan.length);
        }
        batched++;
        if (batched == BATCH) {
            flush();
        }
    }
}
