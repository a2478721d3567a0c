package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.ConditionFan;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.results.WaterStreamResult;
import org.closureassurance.simulator.statistics.Percentiles;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.RankWorkspace;
import org.closureassurance.simulator.statistics.RankedSample;
import org.closureassurance.simulator.statistics.Ranks;
import org.closureassurance.simulator.statistics.SampleSummary;
import org.closureassurance.simulator.statistics.Summary;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * Turns the per-iteration records of the first {@code done} iterations into the reported
 * figures (docs/model.md). Everything is computed in iteration order from
 * arrays, so it does not depend on threads.
 */
final class ResultsSummary {
    private final RunPlan plan;
    private final IterationRecords rec;
    private final int done;
    /** Indices of forfeiting iterations, ascending. */
    private final int[] forfeiting;
    /** Sorting arrays, one per thread at a time, so the sorts allocate them a few times rather than once each. */
    private final Queue<RankWorkspace> workspaces = new ConcurrentLinkedQueue<>();

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

    /**
     * The results, computed as independent tasks on {@code pool} (inline when it is null) and
     * assembled in a fixed order, so the figures never depend on the pool.
     */
    SimulationResults summarise(QuantileSketch sketch, long[] coverageByYear, RunInfo run, ExecutorService pool) {
        Tasks tasks = new Tasks(pool);
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
        Supplier<SampleSummary> assuranceSummary = tasks.fork(() -> Summary.withHundredths(assurance, nf));
        Supplier<double[]> shortfallSorted = tasks.fork(() -> sorted(shortfall, nf));
        Supplier<SampleSummary> costPVSummary = tasks.fork(() -> Summary.withHundredths(rec.costPV, done));
        Supplier<Stats> publicCost = tasks.fork(() -> Summary.of(rec.publicCost, done));
        Supplier<Stats> undiscounted = tasks.fork(() -> Summary.of(rec.costUndiscounted, done));
        Supplier<Stats> closureYears = tasks.fork(() -> Summary.of(rec.closureYear, done));
        Supplier<Stats> relinquishment = tasks.fork(this::relinquishment);
        Supplier<List<WaterStreamResult>> water = water(tasks);
        Supplier<List<DomainResult>> domains = domains(sketch, tasks);
        Supplier<List<InstrumentResult>> instruments = instruments(tasks);
        Supplier<Timeline> timeline = tasks.fork(() -> timeline(sketch, coverageByYear));
        Supplier<List<RequirementResult>> requirements = tasks.fork(
                () -> new RequirementsSummary(plan.requirements, rec, done, forfeiting).results());
        // This thread sorts and ranks the liability while the pool works on the tasks above; last,
        // many small equal tasks that fill the pool's threads behind the larger ones.
        RankWorkspace own = borrow();
        RankedSample liabilityRanked = Ranks.ranked(liability, nf, own);
        workspaces.add(own);
        Supplier<List<Sensitivity>> sensitivity = sensitivity(liabilityRanked.twiceRanks(), tasks);

        double coverage = nf == 0 ? Double.NaN : (double) covered / nf;
        Interval ci = WilsonInterval.of95(covered, nf);
        double[] ls = liabilityRanked.sorted();
        double[] ss = shortfallSorted.get();
        SampleSummary as = assuranceSummary.get();
        SampleSummary cs = costPVSummary.get();
        return new SimulationResults(plan.scenario.name(), plan.scenario.currencyOrDefault(), done, plan.seed,
                plan.sampling, done == 0 ? Double.NaN : (double) nf / done, coverage, ci, publicCost.get().mean(),
                publicCost.get(), Summary.ofSorted(liability, ls, nf), as.stats(),
                Summary.ofSorted(shortfall, ss, nf), required(ss, nf), sizingCurve(ss, nf, coverage),
                cs.stats(), undiscounted.get(), water.get(), domains.get(),
                relinquishment.get(), neverProbability(), instruments.get(), sensitivity.get(), closureYears.get(),
                new Distributions(Percentiles.hundredths(ls, nf), as.hundredths(),
                        Percentiles.hundredths(ss, nf), cs.hundredths()),
                timeline.get(), run, plan.requirements.baseEstimate, requirements.get(),
                FactorSummary.of(plan, rec, forfeiting));
    }

    /** Forks work onto a pool (or runs it at once without one) and joins it in the caller's order. */
    private static final class Tasks {
        private final ExecutorService pool;

        Tasks(ExecutorService pool) {
            this.pool = pool;
        }

        <T> Supplier<T> fork(Callable<T> work) {
            if (pool == null) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return () -> value;
            }
            Future<T> f = pool.submit(work);
            return () -> {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("summary interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            };
        }

        /** Forks one task per index and joins them into a list in index order. */
        <T> Supplier<List<T>> forkEach(int count, java.util.function.IntFunction<T> work) {
            List<Supplier<T>> parts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                parts.add(fork(() -> work.apply(index)));
            }
            return () -> {
                List<T> out = new ArrayList<>(count);
                for (Supplier<T> part : parts) {
                    out.add(part.get());
                }
                return out;
            };
        }
    }

    /** The first {@code n} values sorted, in a borrowed workspace. */
    private double[] sorted(double[] values, int n) {
        RankWorkspace w = borrow();
        double[] out = Ranks.sortedCopy(values, n, w);
        workspaces.add(w);
        return out;
    }

    private RankWorkspace borrow() {
        RankWorkspace w = workspaces.poll();
        return w == null ? new RankWorkspace() : w;
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
        int[] at = requiredPositions(n);
        return new RequiredAssurance(sortedShortfall[at[0]], sortedShortfall[at[1]], sortedShortfall[at[2]],
                sortedShortfall[at[3]], sortedShortfall[at[4]]);
    }

    /**
     * The 0-based positions in the ascending shortfall ({@code n > 0}) that {@link #required}
     * reads, one per level of {@link RequiredAssurance#LEVELS}: the smallest {@code k} with
     * {@code k / n >= q}, less one. They depend on {@code n} only, so a caller that needs no
     * other order statistic can select these instead of sorting.
     */
    static int[] requiredPositions(int n) {
        int[] out = new int[RequiredAssurance.LEVELS.length];
        for (int j = 0; j < out.length; j++) {
            double q = RequiredAssurance.LEVELS[j];
            int k = (int) Math.ceil(q * n);
            while (k > 1 && (double) (k - 1) / n >= q) {
                k--;
            }
            while ((double) k / n < q) {
                k++;
            }
            out[j] = Math.max(1, Math.min(n, k)) - 1;
        }
        return out;
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

    private Supplier<List<WaterStreamResult>> water(Tasks tasks) {
        return tasks.forkEach(plan.water.length, this::water);
    }

    private WaterStreamResult water(int w) {
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
        SampleSummary duration = Summary.withHundredths(finite, nFinite);
        SampleSummary pv = Summary.withHundredths(rec.waterPV[w], done);
        return new WaterStreamResult(plan.water[w].name(), ratio(needed), ratio(perpetual), duration.stats(),
                pv.stats(), duration.hundredths(), pv.hundredths());
    }

    private Supplier<List<DomainResult>> domains(QuantileSketch sketch, Tasks tasks) {
        return tasks.forkEach(plan.domains.length, d -> domain(sketch, d));
    }

    private DomainResult domain(QuantileSketch sketch, int d) {
        int series = 2 * plan.horizon;
        for (int e = 0; e < d; e++) {
            series += plan.horizon - plan.domains[e].earliestStart();
        }
        DomainPlan p = plan.domains[d];
        double[] completed = new double[done];
        int n = notNaN(rec.domainCompletion[d], done, completed);
        SampleSummary completion = Summary.withHundredths(completed, n);
        return new DomainResult(p.name(), completion.stats(), ratio(done - n),
                Summary.of(rec.domainPV[d], done), completion.hundredths(), fan(sketch, series, p));
    }

    /** A domain's condition fan: the 10th, 50th and 90th percentiles by year from the sketch. */
    private ConditionFan fan(QuantileSketch sketch, int series, DomainPlan p) {
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
        return new ConditionFan(y, p10, p50, p90, p.medianTarget());
    }

    private Stats relinquishment() {
        double[] years = new double[done];
        return Summary.of(years, notNaN(rec.relinquishment, done, years));
    }

    /**
     * Copies the values of {@code values[0..n-1]} that are not NaN, in order, to the front of
     * {@code out}; returns how many. One small method for every such pass, so the JIT compiles
     * it once for all of them.
     */
    private static int notNaN(double[] values, int n, double[] out) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                out[m++] = v;
            }
        }
        return m;
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

    private Supplier<List<InstrumentResult>> instruments(Tasks tasks) {
        return tasks.forkEach(plan.instruments.length, j -> {
            InstrumentPlan p = plan.instruments[j];
            double[] face = gather(rec.instrumentFace[j], forfeiting);
            double[] real = gather(rec.instrumentRealisable[j], forfeiting);
            return new InstrumentResult(p.name(), p.type(), Summary.of(face, face.length),
                    Summary.of(real, real.length));
        });
    }

    private Supplier<List<Sensitivity>> sensitivity(int[] liabilityRanks, Tasks tasks) {
        if (forfeiting.length < 2) {
            return List::of;
        }
        Supplier<List<Sensitivity>> each = tasks.forkEach(plan.sampledCount, k -> {
            RankWorkspace w = borrow();
            double rho = Ranks.spearmanOfKeys(rec.inputKeys[k], forfeiting, liabilityRanks, w);
            workspaces.add(w);
            return new Sensitivity(plan.sampledPaths[k], rho);
        });
        return () -> {
            List<Sensitivity> out = new ArrayList<>(each.get());
            out.sort(Comparator.comparingDouble((Sensitivity s) -> -Math.abs(s.spearman())));
            return out;
        };
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
