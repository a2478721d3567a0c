package org.closureassurance.simulator.portfolio;

import java.util.List;
import org.closureassurance.simulator.engine.DiscountCurve;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;

/**
 * One iteration's draws that every site of a portfolio shares (docs/model.md, "Portfolios"):
 * the discount rates and escalation with the year-0 discount factors by absolute year, every
 * factor's path {@code M_0 .. M_(H-1)}, every named provider's failure year and recovery
 * rate, the pooled fund's yearly growth, and the conditional hazard paths sites registered.
 * Each comes from a stream keyed by the seed, the iteration and its own name (the economics,
 * the factor, the provider, the fund), so adding a site, a provider or a factor leaves the
 * others' draws as they were (correlated factors excepted: their innovations are mixed by the
 * Cholesky factor, which a new factor changes).
 *
 * <p>One per worker thread, refilled by {@link #fill} for every iteration without allocating.
 * Arrays returned by the accessors are the world's own (read them, do not write them) and are
 * overwritten by the next {@link #fill}.
 */
public final class SharedWorld {
    private final WorldPlan plan;
    private final int horizon;
    private final RandomStream stream = new RandomStream();
    private final double[] discountInputs;
    private final DiscountCurve curve;
    private final double[][] factors;
    private final double[] innovations;
    private final long[] providerFailYear;
    private final double[] providerRecovery;
    private final double[] fundGrowth;
    private final List<WorldPlan.HazardKey> hazardKeys;
    private final HazardPath[] hazards;
    private final double[] hazardThreshold;
    /** The iteration each driven hazard path was last filled for (-1: never); independent paths are filled once. */
    private final long[] hazardFilled;
    private final double[] probabilities;
    private long iteration = -1;

    /** A world for the sites compiled on {@code plan}. */
    public SharedWorld(WorldPlan plan) {
        this.plan = plan;
        this.horizon = plan.horizon;
        this.discountInputs = new double[plan.discountInputs.length];
        this.curve = new DiscountCurve(plan.stepYears, plan.curveLength);
        this.factors = new double[plan.factorCount()][horizon];
        this.innovations = new double[plan.factorCount()];
        this.providerFailYear = new long[plan.providerCount()];
        this.providerRecovery = new double[plan.providerCount()];
        this.fundGrowth = new double[horizon];
        this.hazardKeys = plan.hazards();
        this.hazards = new HazardPath[hazardKeys.size()];
        this.hazardThreshold = new double[hazards.length];
        this.hazardFilled = new long[hazards.length];
        for (int h = 0; h < hazards.length; h++) {
            hazards[h] = new HazardPath(horizon);
            hazardThreshold[h] = WorldPlan.threshold(hazardKeys.get(h).p());
            hazardFilled[h] = -1;
        }
        this.probabilities = new double[horizon];
    }

    /** The plan this world draws for. */
    public WorldPlan plan() {
        return plan;
    }

    /** Draws everything shared for {@code iteration}. */
    public void fill(long iteration) {
        this.iteration = iteration;
        drawEconomics();
        if (factors.length > 0) {
            drawFactors();
        }
        for (int j = 0; j < providerFailYear.length; j++) {
            drawProvider(j);
        }
        if (plan.fund != null) {
            drawFund();
        }
    }

    /** The iteration drawn. */
    public long iteration() {
        return iteration;
    }

    /** The horizon {@code H}. */
    public int horizon() {
        return horizon;
    }

    /** The economics' rate(s) and escalation: every rate in order, then the escalation, in input-path order. */
    private void drawEconomics() {
        stream.reset(plan.seedFor(WorldPlan.ECONOMICS_STREAM, iteration, WorldPlan.PURPOSE_ECONOMICS));
        for (int i = 0; i < discountInputs.length; i++) {
            discountInputs[i] = plan.discountInputs[i].quantile(WorldPlan.uniform(plan.discountStrata[i], iteration,
                    stream.nextUniform()));
        }
        curve.reset(discountInputs, plan.rateSlots, discountInputs[discountInputs.length - 1]);
    }

    /**
     * {@code M_0 = e_0}, {@code M_t = phi M_(t-1) + sqrt(1-phi^2) e_t}: each factor's
     * independent normals {@code z_t} come from its own stream, and the innovations are
     * {@code e_t = L z_t} with {@code L} the Cholesky factor of their correlations.
     */
    private void drawFactors() {
        int k = factors.length;
        for (int f = 0; f < k; f++) {
            stream.reset(plan.seedFor(plan.factorNames[f], iteration, WorldPlan.PURPOSE_FACTOR));
            double[] m = factors[f];
            for (int t = 0; t < horizon; t++) {
                m[t] = stream.nextStandardNormal();
            }
        }
        double[][] lower = plan.lower;
        for (int t = 0; t < horizon; t++) {
            if (lower != null) {
                for (int f = 0; f < k; f++) {
                    innovations[f] = factors[f][t];
                }
                for (int f = k - 1; f >= 0; f--) {
                    double e = 0;
                    for (int g = 0; g <= f; g++) {
                        e += lower[f][g] * innovations[g];
                    }
                    factors[f][t] = e;
                }
            }
            if (t > 0) {
                for (int f = 0; f < k; f++) {
                    factors[f][t] = plan.persistence[f] * factors[f][t - 1] + plan.innovationScale[f] * factors[f][t];
                }
            }
        }
    }

    /**
     * Provider {@code j}'s yearly default probability and recovery rate (one uniform each), then
     * its failure year: the first year its yearly event happens, from one uniform (geometric)
     * when independent, else year by year against its factor with its own normals.
     */
    private void drawProvider(int j) {
        stream.reset(plan.seedFor(plan.providerNames[j], iteration, WorldPlan.PURPOSE_PROVIDER));
        double p = plan.providerDefault[j].quantile(WorldPlan.uniform(plan.providerDefaultStrata[j], iteration,
                stream.nextUniform()));
        providerRecovery[j] = plan.providerRecovery[j].quantile(WorldPlan.uniform(plan.providerRecoveryStrata[j],
                iteration, stream.nextUniform()));
        int factor = plan.providerFactor[j];
        long fails = Long.MAX_VALUE;
        if (factor < 0) {
            long g = geometric(stream.nextUniform(), p);
            fails = g < horizon ? g : Long.MAX_VALUE;
        } else {
            double threshold = WorldPlan.threshold(p);
            double[] m = factors[factor];
            for (int t = 0; t < horizon; t++) {
                double score = plan.providerLoading[j] * m[t] + plan.providerResidual[j] * stream.nextStandardNormal();
                if (score < threshold) {
                    fails = t;
                    break;
                }
            }
        }
        providerFailYear[j] = fails;
    }

    /** The fund's fee (one uniform), then each year's return: {@code growth_t = 1 + R_t - fee}. */
    private void drawFund() {
        stream.reset(plan.seedFor(plan.fund.name(), iteration, WorldPlan.PURPOSE_FUND));
        double fee = plan.fundFee.quantile(WorldPlan.uniform(plan.fundFeeStrata, iteration, stream.nextUniform()));
        for (int t = 0; t < horizon; t++) {
            fundGrowth[t] = 1.0 + plan.fundReturn.quantile(stream.nextUniform()) - fee;
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

    /**
     * The economics' drawn inputs, in input-path order: the discount rate (or each schedule
     * step's rate, in step order), then the real cost escalation {@code g}.
     */
    public double[] discountInputs() {
        return discountInputs;
    }

    /** The iteration's discount and escalation factors by absolute year. */
    public DiscountCurve curve() {
        return curve;
    }

    /** {@code P_s}: the value at year 0 of one base-year unit falling in absolute year {@code s}, not escalated. */
    public double discount(long s) {
        return curve.p(s);
    }

    /** Every factor's path: {@code factorPaths()[f][t] = M_t} of factor {@code f} in the portfolio's order. */
    public double[][] factorPaths() {
        return factors;
    }

    /** Each named provider's failure year, {@link Long#MAX_VALUE} when it does not fail within the horizon. */
    public long[] providerFailYears() {
        return providerFailYear;
    }

    /** Each named provider's recovery rate. */
    public double[] providerRecoveryRates() {
        return providerRecovery;
    }

    /** The fund's growth {@code 1 + R_t - annualFeeRate} by year; not filled without a fund. */
    double[] fundGrowth() {
        return fundGrowth;
    }

    /** The conditional hazard path of {@code key} ({@link WorldPlan#hazardKey}) in this iteration. */
    HazardPath hazard(int key) {
        WorldPlan.HazardKey k = hazardKeys.get(key);
        HazardPath path = hazards[key];
        if (k.factor() < 0) {
            if (hazardFilled[key] < 0) {
                java.util.Arrays.fill(probabilities, k.p());
                path.fill(probabilities, horizon);
                hazardFilled[key] = 0;
            }
            return path;
        }
        if (hazardFilled[key] != iteration) {
            conditional(hazardThreshold[key], k.factor(), k.weight(), probabilities);
            path.fill(probabilities, horizon);
            hazardFilled[key] = iteration;
        }
        return path;
    }

    /**
     * Fills {@code out} with a driven event's yearly probability given factor {@code factor}'s path
     * ({@code threshold = Phi^-1(p)}, weight {@code w}):
     * {@code Phi((Phi^-1(p) - sqrt(w) M_t) / sqrt(1-w))} (0 for {@code p <= 0}, 1 for {@code p >= 1}).
     */
    void conditional(double threshold, int factor, double weight, double[] out) {
        double[] m = factors[factor];
        double loading = Math.sqrt(weight);
        double residual = Math.sqrt(1.0 - weight);
        for (int t = 0; t < horizon; t++) {
            out[t] = threshold == Double.NEGATIVE_INFINITY ? 0.0 : threshold == Double.POSITIVE_INFINITY ? 1.0
                    : StandardNormal.cdf((threshold - loading * m[t]) / residual);
        }
    }
}
