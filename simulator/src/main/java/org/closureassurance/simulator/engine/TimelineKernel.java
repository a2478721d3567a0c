package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * The timeline kernel (docs/model.md, "One iteration"): counts the years each iteration is covered
 * ({@code A_t >= L_t}) and collects {@code L_t}, {@code A_t} and each domain's condition by
 * year, either into the pilot's buffers or, batch by batch, into the worker's per-year
 * percentile sketch. The batch is buffered iteration-major and handed to the sketch one series
 * at a time, so each series' bins stay in cache; the sketch counts, so its result does not
 * depend on how iterations are batched.
 */
final class TimelineKernel {
    private final IterationContext ctx;
    private final int series;
    private final int capacity;
    private final long[] coverage;
    /** Timeline values of the current batch, iteration-major: {@code batch[b * series + s]}. */
    private final double[] batch;
    private int batched;
    private QuantileSketch sketch;
    private double[][] pilot;

    TimelineKernel(IterationContext ctx, int capacity) {
        this.ctx = ctx;
        this.series = ctx.timelineSeries;
        this.capacity = capacity;
        this.coverage = new long[ctx.horizon];
        this.batch = new double[series * capacity];
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

    /** Adds the current iteration, the {@code pilotIndex}-th of its run when collecting the pilot. */
    void apply(int pilotIndex) {
        countCoverage();
        if (pilot != null) {
            toPilot(pilotIndex);
            return;
        }
        int row = batched * series;
        int h = ctx.horizon;
        System.arraycopy(ctx.liability, 0, batch, row, h);
        System.arraycopy(ctx.assurance, 0, batch, row + h, h);
        double[][] condition = ctx.condition;
        for (int d = 0; d < condition.length; d++) {
            System.arraycopy(condition[d], 0, batch, row + ctx.conditionOffset[d], condition[d].length);
        }
        batched++;
        if (batched == capacity) {
            flush();
        }
    }

    private void countCoverage() {
        double[] assurance = ctx.assurance;
        double[] liability = ctx.liability;
        for (int t = 0; t < coverage.length; t++) {
            coverage[t] += assurance[t] >= liability[t] ? 1 : 0;
        }
    }

    private void toPilot(int pilotIndex) {
        int h = ctx.horizon;
        for (int t = 0; t < h; t++) {
            pilot[t][pilotIndex] = ctx.liability[t];
            pilot[h + t][pilotIndex] = ctx.assurance[t];
        }
        double[][] condition = ctx.condition;
        for (int d = 0; d < condition.length; d++) {
            double[] fan = condition[d];
            for (int y = 0; y < fan.length; y++) {
                pilot[ctx.conditionOffset[d] + y][pilotIndex] = fan[y];
            }
        }
    }

    /** Hands the buffered timeline values to the sketch, one series at a time (cache-local). */
    void flush() {
        if (batched == 0) {
            return;
        }
        for (int s = 0; s < series; s++) {
            sketch.addAll(s, batch, s, series, batched);
        }
        batched = 0;
    }
}
