package org.closureassurance.simulator.engine;

import java.util.Arrays;
import org.closureassurance.simulator.random.OrderKey;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;

/**
 * The sampling kernel: draws the sampled inputs of a batch of iterations at once, input by
 * input, into structure-of-arrays {@code value[k][b]}, so each inverse CDF runs over the whole
 * batch from one call site. Iteration {@code i} still reads its own stream {@code (seed, i)}
 * in the order of its inputs, so its draws do not depend on the batch it falls in; order
 * keys go straight to the records.
 */
final class InputDraws {
    private final RunPlan plan;
    private final IterationRecords rec;
    private final int capacity;
    private final RandomStream[] streams;
    /** Drawn value of sampled input k in batch position b (correlated ones after the copula). */
    private final double[][] value;
    /** Normal score of copula dimension c in batch position b. */
    private final double[][] score;
    private final double[] scratch;
    private final int[] correlatedInputs;
    private int from;
    /** The records' row of the batch's first iteration. */
    private int row;

    InputDraws(RunPlan plan, IterationRecords rec, int capacity) {
        this.plan = plan;
        this.rec = rec;
        this.capacity = capacity;
        this.streams = new RandomStream[capacity];
        for (int b = 0; b < capacity; b++) {
            streams[b] = new RandomStream();
        }
        this.value = new double[plan.sampledCount][capacity];
        int dimension = plan.copula == null ? 0 : plan.copula.dimension();
        this.score = new double[dimension][capacity];
        this.scratch = new double[capacity];
        int c = 0;
        int[] corr = new int[plan.sampledCount];
        for (int k = 0; k < plan.sampledCount; k++) {
            if (plan.copulaIndex[k] >= 0) {
                corr[c++] = k;
            }
        }
        this.correlatedInputs = Arrays.copyOf(corr, c);
    }

    /** Iterations a batch holds at most. */
    int capacity() {
        return capacity;
    }

    /** Draws iterations {@code from .. from + count - 1} ({@code count <= capacity}). */
    void draw(int first, int count) {
        draw(first, count, first);
    }

    /**
     * Draws iterations {@code first .. first + count - 1}, their order keys into the records'
     * rows from {@code firstRow} on (a {@link ScenarioSiteRun} keeps one row).
     */
    void draw(int first, int count, int firstRow) {
        this.from = first;
        this.row = firstRow;
        if (plan.sampledCount == 0) {
            return;
        }
        for (int b = 0; b < count; b++) {
            streams[b].reset(RandomStream.seedFor(plan.seed, first + b, RunPlan.PURPOSE_INPUTS));
        }
        for (int k = 0; k < plan.sampledCount; k++) {
            drawInput(k, count);
        }
        if (plan.copula != null) {
            correlate(count);
        }
    }

    /** Input {@code k} of every iteration of the batch: its uniform, stratified under LHS, then its value. */
    private void drawInput(int k, int count) {
        double[] out = value[k];
        int c = plan.copulaIndex[k];
        double[] atoms = plan.atoms[k];
        int[] keys = rec.inputKeys[k];
        for (int b = 0; b < count; b++) {
            double u = streams[b].nextUniform();
            if (plan.strata[k] != null) {
                u = plan.strata[k].stratifiedUniform(from + b, u);
            }
            if (c >= 0) {
                score[c][b] = StandardNormal.quantile(u);
            } else {
                double v = plan.sampler[k].quantile(u);
                out[b] = v;
                keys[row + b] = atoms == null ? OrderKey.ofUniform(u) : OrderKey.ofAtom(atoms, v);
            }
        }
    }

    /** Applies the copula to the batch's normal scores, then maps them to the correlated inputs. */
    private void correlate(int count) {
        plan.copula.correlate(score, count, scratch);
        for (int k : correlatedInputs) {
            double[] s = score[plan.copulaIndex[k]];
            double[] out = value[k];
            double[] atoms = plan.atoms[k];
            int[] keys = rec.inputKeys[k];
            for (int b = 0; b < count; b++) {
                double v = plan.sampler[k].fromNormalScore(s[b]);
                out[b] = v;
                keys[row + b] = atoms == null ? OrderKey.ofNormalScore(s[b]) : OrderKey.ofAtom(atoms, v);
            }
        }
    }

    /** Puts batch position {@code b}'s draws into the iteration's input vector {@code x}. */
    void load(int b, double[] x) {
        for (int k = 0; k < value.length; k++) {
            x[plan.sampledSlot[k]] = value[k][b];
        }
    }
}
