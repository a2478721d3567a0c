package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * Runs iterations of one plan in batches: the inputs of a batch are drawn together, then each
 * iteration of it passes through the section kernels in model order (economic factors, closure and forfeiture,
 * cost items, water, rehabilitation, risk events, liability, assurance, outcome, timeline).
 * Each worker has its own kernels and context, so workers on different threads share nothing
 * but the records they write at their own indices; nothing is allocated per iteration, and
 * no result depends on the batch size or on where a batch starts.
 */
final class IterationWorker {
    /**
     * Iterations a batch carries by default: any size gives the same results, and 64 measured
     * fastest of 32-512 (the 40-item scenario 6.9-7.0 us an iteration at 32 and 64, 7.4-7.7 at
     * 256, 8.9-9.2 at 512): the batch's timeline values then stay in the core's cache.
     */
    static final int BATCH = 64;

    private final IterationContext ctx;
    private final InputDraws inputs;
    private final EconomyKernel economy;
    private final ClosureAndForfeiture closure;
    private final CostItemsKernel costItems;
    private final WaterKernel water;
    private final RehabilitationKernel rehabilitation;
    private final RiskEventsKernel risks;
    private final LiabilityRecursion liabilities;
    /** The liability kernel by absolute year, or null when the single-rate recursion applies. */
    private final WalkAwayValuation walkAway;
    private final AssuranceKernel assurance;
    private final IterationOutcome outcome;
    private final TimelineKernel timeline;
    private final RequirementsKernel requirements;
    private final InputOverride held;
    /** Series in the timeline sketch: L by year, A by year, then each domain's index by year. */
    final int timelineSeries;

    IterationWorker(RunPlan plan, IterationRecords rec) {
        this(plan, rec, BATCH);
    }

    IterationWorker(RunPlan plan, IterationRecords rec, int batch) {
        this(plan, rec, batch, InputOverride.NONE);
    }

    /** A worker that holds the inputs of {@code held} at their values in every iteration. */
    IterationWorker(RunPlan plan, IterationRecords rec, int batch, InputOverride held) {
        this.held = held;
        this.ctx = new IterationContext(plan, rec);
        this.inputs = new InputDraws(plan, rec, batch);
        this.economy = new EconomyKernel(ctx);
        this.closure = new ClosureAndForfeiture(ctx);
        this.costItems = new CostItemsKernel(ctx);
        this.water = new WaterKernel(ctx);
        this.rehabilitation = new RehabilitationKernel(ctx);
        this.risks = new RiskEventsKernel(ctx);
        this.liabilities = new LiabilityRecursion(ctx);
        this.walkAway = plan.discount.general() ? new WalkAwayValuation(ctx) : null;
        this.assurance = new AssuranceKernel(ctx);
        this.outcome = new IterationOutcome(ctx);
        this.timeline = new TimelineKernel(ctx, batch);
        this.requirements = new RequirementsKernel(ctx);
        this.timelineSeries = ctx.timelineSeries;
    }

    /** Collects timeline values into {@code buffers[series][i - from]} instead of a sketch. */
    void collectPilot(double[][] buffers) {
        timeline.collectPilot(buffers);
    }

    /** Sends timeline values to a fresh sketch on {@code layout} from now on. */
    void useSketch(SketchLayout layout) {
        timeline.useSketch(layout);
    }

    QuantileSketch sketch() {
        return timeline.sketch();
    }

    long[] coverage() {
        return timeline.coverage();
    }

    /** Runs iterations {@code from} (inclusive) to {@code to} (exclusive). */
    void run(int from, int to) {
        int capacity = inputs.capacity();
        for (int first = from; first < to; first += capacity) {
            int count = Math.min(capacity, to - first);
            inputs.draw(first, count);
            for (int b = 0; b < count; b++) {
                inputs.load(b, ctx.x);
                held.apply(ctx.x);
                iterate(first + b, first + b - from);
            }
        }
        timeline.flush();
    }

    private void iterate(int i, int pilotIndex) {
        ctx.begin(i);
        economy.apply();
        closure.apply();
        economy.recordAtForfeiture();
        costItems.apply();
        water.apply();
        rehabilitation.apply();
        risks.apply();
        if (walkAway != null) {
            walkAway.apply();
        } else {
            liabilities.apply();
        }
        assurance.apply();
        outcome.apply();
        requirements.apply();
        timeline.apply(pilotIndex);
    }
}
