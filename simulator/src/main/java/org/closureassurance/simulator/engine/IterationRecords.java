package org.closureassurance.simulator.engine;

import java.util.Arrays;

/**
 * Per-iteration outcomes as structure-of-arrays, indexed by iteration: each worker writes
 * only the indices of its own chunks, and the summary reads them in index order, so the
 * results never depend on which thread ran what.
 */
final class IterationRecords {
    /** Water stream not needed in the iteration. */
    static final byte NOT_NEEDED = 0;
    /** Water stream needed for a finite time. */
    static final byte FINITE = 1;
    /** Water stream needed forever. */
    static final byte PERPETUAL = 2;

    final int n;
    final int[] forfeitureYear;
    final double[] liability;
    final double[] assurance;
    final double[] publicCost;
    final double[] costPV;
    final double[] costUndiscounted;
    final double[] relinquishment;
    final double[] closureYear;
    final byte[][] waterState;
    final double[][] waterDuration;
    final double[][] waterPV;
    final double[][] domainCompletion;
    final double[][] domainPV;
    final double[][] instrumentFace;
    final double[][] instrumentRealisable;
    /** Per economic factor, its state {@code M_T} in the forfeiture year (NaN without forfeiture). */
    final double[][] factorAtForfeiture;
    /** Per sampled input, its draw's {@link org.closureassurance.simulator.random.OrderKey} (compare unsigned). */
    final int[][] inputKeys;
    /**
     * The year-0 value of one unit of public shortfall at the forfeiture year (0 without
     * forfeiture), from which each regulatory rule's public cost follows; empty without rules.
     */
    final double[] forfeitValue;
    /** Each pooled scheme's contributions valued at year 0, one row per pooled rule. */
    final double[][] contributionPV;

    IterationRecords(RunPlan plan) {
        this(plan, plan.iterations);
    }

    /** Records of {@code n} iterations (the median world keeps one). */
    IterationRecords(RunPlan plan, int n) {
        this.n = n;
        forfeitureYear = new int[n];
        liability = new double[n];
        assurance = new double[n];
        publicCost = new double[n];
        costPV = new double[n];
        costUndiscounted = new double[n];
        relinquishment = new double[n];
        closureYear = new double[n];
        waterState = new byte[plan.water.length][n];
        waterDuration = matrix(plan.water.length, n);
        waterPV = matrix(plan.water.length, n);
        domainCompletion = matrix(plan.domains.length, n);
        domainPV = matrix(plan.domains.length, n);
        instrumentFace = matrix(plan.instruments.length, n);
        instrumentRealisable = matrix(plan.instruments.length, n);
        factorAtForfeiture = matrix(plan.economy.factorCount(), n);
        inputKeys = new int[plan.sampledCount][n];
        forfeitValue = new double[plan.scenario.requirements().isEmpty() ? 0 : n];
        contributionPV = matrix(RequirementsPlan.pooledCount(plan.scenario.requirements()), n);
        Arrays.fill(forfeitureYear, -1);
    }

    private static double[][] matrix(int rows, int n) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = new double[n];
        }
        return m;
    }
}
