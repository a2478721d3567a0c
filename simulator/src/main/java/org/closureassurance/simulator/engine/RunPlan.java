package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.random.GaussianCopula;
import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.KeyedPermutation;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.value.Value;

/**
 * A scenario compiled once per run into flat arrays the workers read without allocation:
 * every Value becomes a slot of the per-iteration vector {@code x} (constants filled once,
 * sampled inputs drawn per iteration), units become conversion factors, and correlations
 * become one Cholesky factor.
 */
final class RunPlan {
    /** Draws of the per-iteration inputs. */
    static final int PURPOSE_INPUTS = 0;
    /** Yes/no and once-per-iteration event draws. */
    static final int PURPOSE_EVENTS = 1;
    /** Per-year draws: fund returns, setbacks, yearly risk events, hazards. */
    static final int PURPOSE_YEARLY = 2;

    final Scenario scenario;
    final int iterations;
    final int horizon;
    final long seed;
    final Sampling sampling;

    final double[] constants;
    final int sampledCount;
    final String[] sampledPaths;
    final int[] sampledSlot;
    final InverseCdf[] sampler;
    /** Per sampled input, a discrete input's sorted values (for its order key), else null. */
    final double[][] atoms;
    /** Copula position of sampled input k, or -1 when it is independent. */
    final int[] copulaIndex;
    final GaussianCopula copula;
    final KeyedPermutation[] strata;

    final int discountRateSlot;
    final DiscountPlan discount;
    final int closureYearSlot;
    final ForfeitureMode forfeitureMode;
    final int forfeitureYearSlot;
    final int hazardBeforeSlot;
    final int hazardAfterSlot;

    final CostItemPlan[] costItems;
    final WaterPlan[] water;
    final DomainPlan[] domains;
    final RiskPlan[] risks;
    final InstrumentPlan[] instruments;
    final EconomyPlan economy;
    /** Indices of the cost items that accrue, ascending. */
    final int[] accruingItems;
    final int[] waterIndirectSlots;
    final int[] rehabIndirectSlots;
    /** Per cost item, the slots of the overrun multipliers that apply to it. */
    final int[][] itemOverrunSlots;
    final int[] waterOverrunSlots;
    final int[] rehabOverrunSlots;
    /** The regulatory requirements and the base estimate, worked out last from the plan itself. */
    final RequirementsPlan requirements;

    /** When the operator forfeits: at closure, in a given year, or by annual hazards. */
    enum ForfeitureMode { AT_CLOSURE, YEAR, HAZARD }

    RunPlan(Scenario s) {
        this(s, false);
    }

    /**
     * A plan that values every flow by absolute year even when the scenario alone would not
     * need it ({@code generalValuation}): a sweep that holds an escalation or after-forfeiture
     * input needs the path that reads it.
     */
    RunPlan(Scenario s, boolean generalValuation) {
        this.scenario = s;
        this.iterations = s.simulation().iterations();
        this.horizon = s.simulation().horizonYears();
        this.seed = s.simulation().seed();
        this.sampling = s.simulation().sampling();

        List<SampledInput> all = InputPaths.all(s);
        InputSlots slots = new InputSlots(all);
        constants = constantsOf(all);
        sampledSlot = IntStream.range(0, all.size()).filter(i -> !all.get(i).value().isDegenerate()).toArray();
        sampledCount = sampledSlot.length;
        sampledPaths = Arrays.stream(sampledSlot).mapToObj(slot -> all.get(slot).path()).toArray(String[]::new);
        sampler = Arrays.stream(sampledSlot).mapToObj(slot -> InverseCdfs.of(all.get(slot).value()))
                .toArray(InverseCdf[]::new);
        atoms = Arrays.stream(sampler).map(InverseCdf::atoms).toArray(double[][]::new);
        Map<String, Integer> sampledIndex = new HashMap<>();
        for (int k = 0; k < sampledCount; k++) {
            sampledIndex.put(sampledPaths[k], k);
        }
        copulaIndex = copulaIndexOf(s.correlations(), sampledIndex, sampledCount);
        copula = copulaOf(s.correlations(), sampledIndex, copulaIndex);
        strata = strataOf(sampling, sampledCount, iterations, seed);

        DiscountPlan compiled = DiscountPlan.of(s, slots, horizon);
        discount = generalValuation ? compiled.asGeneral() : compiled;
        discountRateSlot = discount.rateSlots()[0];
        closureYearSlot = slots.of(InputField.CLOSURE_YEAR);
        Forfeiture f = s.forfeiture();
        forfeitureMode = modeOf(f);
        forfeitureYearSlot = forfeitureMode == ForfeitureMode.YEAR ? slots.of(InputField.FORFEITURE_YEAR) : -1;
        hazardBeforeSlot = forfeitureMode == ForfeitureMode.HAZARD ? slots.of(InputField.FORFEITURE_BEFORE_CLOSURE) : -1;
        hazardAfterSlot = forfeitureMode == ForfeitureMode.HAZARD ? slots.of(InputField.FORFEITURE_AFTER_CLOSURE) : -1;

        List<IndirectCost> indirects = s.indirectCosts();
        waterIndirectSlots = indirectSlots(indirects, slots, ic -> ic.appliesToCategory(IndirectCost.WATER_TREATMENT));
        rehabIndirectSlots = indirectSlots(indirects, slots, ic -> ic.appliesToCategory(IndirectCost.REHABILITATION));
        costItems = s.costItems().stream().map(c -> CostItemPlan.of(c, slots,
                indirectSlots(indirects, slots, ic -> ic.appliesToCostItem(c.category())), horizon))
                .toArray(CostItemPlan[]::new);
        OverrunSlots overruns = new OverrunSlots(s.overruns(), slots);
        itemOverrunSlots = s.costItems().stream().map(c -> overruns.forCostItem(c.category())).toArray(int[][]::new);
        waterOverrunSlots = overruns.forCategory(IndirectCost.WATER_TREATMENT);
        rehabOverrunSlots = overruns.forCategory(IndirectCost.REHABILITATION);
        accruingItems = IntStream.range(0, costItems.length)
                .filter(j -> costItems[j].fractionByYear().length > 0).toArray();
        water = s.waterTreatment().stream().map(w -> WaterPlan.of(w, slots)).toArray(WaterPlan[]::new);
        int earliestClosure = floorClamp(s.closureYear().lowerBound(), 0, horizon - 1);
        domains = s.rehabilitation().stream().map(r -> DomainPlan.of(r, slots, earliestClosure, horizon))
                .toArray(DomainPlan[]::new);
        risks = s.riskEvents().stream().map(e -> RiskPlan.of(e, slots)).toArray(RiskPlan[]::new);
        economy = new EconomyPlan(s, slots);
        instruments = s.assurance().stream().map(a -> InstrumentPlan.of(a, slots, economy))
                .toArray(InstrumentPlan[]::new);
        requirements = RequirementsPlan.of(this);
    }

    /** The constant inputs' values by slot; NaN for the sampled ones, which each iteration fills. */
    private static double[] constantsOf(List<SampledInput> all) {
        double[] constants = new double[all.size()];
        for (int i = 0; i < constants.length; i++) {
            Value v = all.get(i).value();
            constants[i] = v.isDegenerate() ? v.lowerBound() : Double.NaN;
        }
        return constants;
    }

    /** Each sampled input's copula dimension, in order of first mention by a correlation; -1 if uncorrelated. */
    private static int[] copulaIndexOf(List<Correlation> correlations, Map<String, Integer> sampledIndex, int count) {
        int[] index = new int[count];
        Arrays.fill(index, -1);
        int next = 0;
        for (Correlation c : correlations) {
            for (String path : new String[] {c.a(), c.b()}) {
                Integer k = sampledIndex.get(path);
                if (k == null) {
                    throw new IllegalArgumentException("correlation names " + path + ", which is not a sampled input");
                }
                if (index[k] < 0) {
                    index[k] = next++;
                }
            }
        }
        return index;
    }

    /** The Gaussian copula of the rank correlations, or null when there are none. */
    private static GaussianCopula copulaOf(List<Correlation> correlations, Map<String, Integer> sampledIndex,
                                           int[] copulaIndex) {
        int dimension = (int) Arrays.stream(copulaIndex).filter(c -> c >= 0).count();
        if (dimension == 0) {
            return null;
        }
        double[][] rho = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            rho[i][i] = 1.0;
        }
        for (Correlation c : correlations) {
            int a = copulaIndex[sampledIndex.get(c.a())];
            int b = copulaIndex[sampledIndex.get(c.b())];
            rho[a][b] = c.rho();
            rho[b][a] = c.rho();
        }
        return new GaussianCopula(rho);
    }

    /** Latin hypercube strata per sampled input, keyed by the seed; all null for plain Monte Carlo. */
    private static KeyedPermutation[] strataOf(Sampling sampling, int count, int iterations, long seed) {
        KeyedPermutation[] strata = new KeyedPermutation[count];
        if (sampling == Sampling.LATIN_HYPERCUBE) {
            for (int k = 0; k < count; k++) {
                strata[k] = new KeyedPermutation(iterations, RandomStream.seedFor(seed, -1L - k, PURPOSE_INPUTS));
            }
        }
        return strata;
    }

    private static ForfeitureMode modeOf(Forfeiture f) {
        if (f instanceof Forfeiture.AtClosure) {
            return ForfeitureMode.AT_CLOSURE;
        }
        if (f instanceof Forfeiture.InYear) {
            return ForfeitureMode.YEAR;
        }
        if (f instanceof Forfeiture.AnnualHazard) {
            return ForfeitureMode.HAZARD;
        }
        throw new IllegalArgumentException("forfeiture: unknown kind " + f);
    }

    private static int[] indirectSlots(List<IndirectCost> indirects, InputSlots slots,
                                       Predicate<IndirectCost> applies) {
        return indirects.stream().filter(applies)
                .mapToInt(ic -> slots.of(InputField.INDIRECT_PERCENT, ic.name())).toArray();
    }

    /** {@code floor(x)} clamped to {@code [lo, hi]}, safe for huge values and NaN (to lo). */
    static int floorClamp(double x, int lo, int hi) {
        if (!(x >= lo)) {
            return lo;
        }
        if (x >= hi) {
            return hi;
        }
        return (int) Math.floor(x);
    }
}
