package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.ConditionFan;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.results.WaterStreamResult;
import org.closureassurance.simulator.statistics.Percentiles;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.Ranks;
import org.closureassurance.simulator.statistics.Summary;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * Turns the per-iteration records of the first {@code done} iterations into the reported
 * figures (MODEL.md sections 10 and 11). Everything is computed in iteration order from
 * arrays, so it does not depend on threads.
 */
final class ResultsSummary {
    private final RunPlan plan;
    private final IterationRecords rec;
    private final int done;
    /** Indices of forfeiting iterations, ascending. */
    private final int[] forfeiting;

    ResultsSummary(RunPlan plan, IterationRecords rec, int done) {
        this.plan = plan;
        this.rec = rec;
        this.done = done;
        int[] f = new int[done];
        int c = 0;
        for (int i = 0; i < done; i++) {
            if (rec.forfeitureYear[i] >= 0) {
                f[c++] = i;
            }
        }
        this.forfeiting = Arrays.copyOf(f, c);
    }

    SimulationResults summarise(QuantileSketch sketch, long[] coverageByYear, RunInfo run) {
        int nf = forfeiting.length;
        double[] liability = gather(rec.liability, forfeiting);
        double[] assurance = gather(rec.assurance, forfeiting);
        double[] shortfall = new double[nf];
        long covered = 0;
        for (int k = 0; k < nf; k++) {
            shortfall[k] = Math.max(0.0, liability[k] - assurance[k]);
            if (assurance[k] >= liability[k]) {
                covered++;
            }
        }
        double[] liabilitySorted = Ranks.sortedCopy(liability, nf);
        double[] assuranceSorted = Ranks.sortedCopy(assurance, nf);
        double[] shortfallSorted = Ranks.sortedCopy(shortfall, nf);
        double[] costPVSorted = Ranks.sortedCopy(rec.costPV, done);

        double coverage = nf == 0 ? Double.NaN : (double) covered / nf;
        Interval ci = WilsonInterval.of95(covered, nf);
        Stats publicCost = Summary.of(rec.publicCost, done);

        return new SimulationResults(plan.scenario.name(), plan.scenario.currencyOrDefault(), done, plan.seed,
                plan.sampling, done == 0 ? Double.NaN : (double) nf / done, coverage, ci, publicCost.mean(),
                publicCost, Summary.ofSorted(liability, liabilitySorted, nf),
                Summary.ofSorted(assurance, assuranceSorted, nf), Summary.ofSorted(shortfall, shortfallSorted, nf),
                required(shortfallSorted, nf), sizingCurve(shortfallSorted, nf, coverage),
                Summary.ofSorted(rec.costPV, costPVSorted, done), Summary.of(rec.costUndiscounted, done),
                water(), domains(sketch), relinquishment(), neverProbability(), instruments(),
                sensitivity(liability), Summary.of(rec.closureYear, done),
                new Distributions(Percentiles.hundredths(liabilitySorted, nf),
                        Percentiles.hundredths(assuranceSorted, nf), Percentiles.hundredths(shortfallSorted, nf),
                        Percentiles.hundredths(costPVSorted, done)),
                timeline(sketch, coverageByYear), run);
    }

    private static double[] gather(double[] values, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = values[idx[k]];
        }
        return out;
    }

    /** The smallest shortfall {@code x} with {@code #(shortfall <= x) / n >= q}, for each level. */
    static RequiredAssurance required(double[] sortedShortfall, int n) {
        if (n == 0) {
            return RequiredAssurance.UNDEFINED;
        }
        double[] out = new double[RequiredAssurance.LEVELS.length];
        for (int j = 0; j < out.length; j++) {
            double q = RequiredAssurance.LEVELS[j];
            int k = (int) Math.ceil(q * n);
            while (k > 1 && (double) (k - 1) / n >= q) {
                k--;
            }
            while ((double) k / n < q) {
                k++;
            }
            k = Math.max(1, Math.min(n, k));
            out[j] = sortedShortfall[k - 1];
        }
        return new RequiredAssurance(out[0], out[1], out[2], out[3], out[4]);
    }

    private static List<BondSizingPoint> sizingCurve(double[] sortedShortfall, int n, double coverage) {
        List<BondSizingPoint> curve = new ArrayList<>();
        if (n == 0) {
            return curve;
        }
        curve.add(new BondSizingPoint(0.0, (double) countAtMost(sortedShortfall, n, 0.0) / n));
        for (int p = 1; p <= 100; p++) {
            double x = Percentiles.type7(sortedShortfall, n, p / 100.0);
            curve.add(new BondSizingPoint(x, (double) countAtMost(sortedShortfall, n, x) / n));
        }
        return curve;
    }

    /** Number of sorted entries {@code <= x}. */
    private static int countAtMost(double[] sorted, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<WaterStreamResult> water() {
        List<WaterStreamResult> out = new ArrayList<>();
        for (int w = 0; w < plan.water.length; w++) {
            byte[] state = rec.waterState[w];
            int needed = 0;
            int perpetual = 0;
            double[] finite = new double[done];
            int nFinite = 0;
            for (int i = 0; i < done; i++) {
                if (state[i] != IterationRecords.NOT_NEEDED) {
                    needed++;
                }
                if (state[i] == IterationRecords.PERPETUAL) {
                    perpetual++;
                } else if (state[i] == IterationRecords.FINITE) {
                    finite[nFinite++] = rec.waterDuration[w][i];
                }
            }
            double[] durSorted = Ranks.sortedCopy(finite, nFinite);
            double[] pvSorted = Ranks.sortedCopy(rec.waterPV[w], done);
            out.add(new WaterStreamResult(plan.water[w].name(), ratio(needed), ratio(perpetual),
                    Summary.ofSorted(finite, durSorted, nFinite), Summary.ofSorted(rec.waterPV[w], pvSorted, done),
                    Percentiles.hundredths(durSorted, nFinite), Percentiles.hundredths(pvSorted, done)));
        }
        return out;
    }

    private List<DomainResult> domains(QuantileSketch sketch) {
        List<DomainResult> out = new ArrayList<>();
        int series = 2 * plan.horizon;
        for (int d = 0; d < plan.domains.length; d++) {
            RunPlan.DomainPlan p = plan.domains[d];
            double[] completed = new double[done];
            int n = 0;
            for (int i = 0; i < done; i++) {
                double c = rec.domainCompletion[d][i];
                if (!Double.isNaN(c)) {
                    completed[n++] = c;
                }
            }
            double[] sorted = Ranks.sortedCopy(completed, n);
            int years = plan.horizon - p.earliestStart();
            int[] y = new int[years];
            double[] p10 = new double[years];
            double[] p50 = new double[years];
            double[] p90 = new double[years];
            for (int k = 0; k < years; k++) {
                y[k] = p.earliestStart() + k;
                if (sketch != null) {
                    p10[k] = sketch.quantile(series + k, 0.10);
                    p50[k] = sketch.quantile(series + k, 0.50);
                    p90[k] = sketch.quantile(series + k, 0.90);
                }
            }
            series += years;
            out.add(new DomainResult(p.name(), Summary.ofSorted(completed, sorted, n), ratio(done - n),
                    Summary.of(rec.domainPV[d], done), Percentiles.hundredths(sorted, n),
                    new ConditionFan(y, p10, p50, p90, p.medianTarget())));
        }
        return out;
    }

    private Stats relinquishment() {
        double[] years = new double[done];
        int n = 0;
        for (int i = 0; i < done; i++) {
            double r = rec.relinquishment[i];
            if (!Double.isNaN(r)) {
                years[n++] = r;
            }
        }
        return Summary.of(years, n);
    }

    private double neverProbability() {
        int never = 0;
        for (int i = 0; i < done; i++) {
            if (Double.isNaN(rec.relinquishment[i])) {
                never++;
            }
        }
        return ratio(never);
    }

    private List<InstrumentResult> instruments() {
        List<InstrumentResult> out = new ArrayList<>();
        for (int j = 0; j < plan.instruments.length; j++) {
            RunPlan.InstrumentPlan p = plan.instruments[j];
            double[] face = gather(rec.instrumentFace[j], forfeiting);
            double[] real = gather(rec.instrumentRealisable[j], forfeiting);
            out.add(new InstrumentResult(p.name(), p.type(), Summary.of(face, face.length),
                    Summary.of(real, real.length)));
        }
        return out;
    }

    private List<Sensitivity> sensitivity(double[] liability) {
        int nf = forfeiting.length;
        List<Sensitivity> out = new ArrayList<>();
        if (nf < 2) {
            return out;
        }
        double[] liabilityRanks = Ranks.of(liability, nf);
        for (int k = 0; k < plan.sampledCount; k++) {
            double[] input = gather(rec.inputs[k], forfeiting);
            double rho = Ranks.pearson(Ranks.of(input, nf), liabilityRanks, nf);
            out.add(new Sensitivity(plan.sampledPaths[k], rho));
        }
        out.sort(Comparator.comparingDouble((Sensitivity s) -> -Math.abs(s.spearman())));
        return out;
    }

    private Timeline timeline(QuantileSketch sketch, long[] coverageByYear) {
        int h = plan.horizon;
        int[] years = new int[h];
        double[][] l = new double[3][h];
        double[][] a = new double[3][h];
        double[] cov = new double[h];
        double[] ps = {0.10, 0.50, 0.90};
        for (int t = 0; t < h; t++) {
            years[t] = t;
            for (int q = 0; q < 3; q++) {
                l[q][t] = sketch == null ? Double.NaN : sketch.quantile(t, ps[q]);
                a[q][t] = sketch == null ? Double.NaN : sketch.quantile(h + t, ps[q]);
            }
            cov[t] = ratio(coverageByYear[t]);
        }
        return new Timeline(years, new Band(l[0], l[1], l[2]), new Band(a[0], a[1], a[2]), cov);
    }

    private double ratio(long count) {
        return done == 0 ? Double.NaN : (double) count / done;
    }
}
