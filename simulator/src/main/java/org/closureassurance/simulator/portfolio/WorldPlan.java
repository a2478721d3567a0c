package org.closureassurance.simulator.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.KeyedPermutation;
import org.closureassurance.simulator.random.NamedStreams;
import org.closureassurance.simulator.random.StandardNormal;

/**
 * What a portfolio's sites share, compiled once per run (docs/model.md, "Portfolios"): the
 * economics' sampled inputs, the factors' persistences and the Cholesky factor of their
 * innovations' correlations, the named providers, the pooled fund's return and fee, and the
 * conditional hazard paths that sites register so that every site with the same yearly
 * probability, factor and weight reads one path per iteration. Immutable once the sites are
 * compiled; each worker draws its own {@link SharedWorld} from it.
 */
public final class WorldPlan {
    /** The name that keys the economics' stream (the discount rates and escalation). */
    static final String ECONOMICS_STREAM = "economics";
    /** Stream purposes: one per kind of name, so a site and a provider of one name draw apart. */
    static final int PURPOSE_ECONOMICS = 1;
    static final int PURPOSE_FACTOR = 2;
    static final int PURPOSE_PROVIDER = 3;
    static final int PURPOSE_FUND = 4;
    /**
     * The first purpose of a site's own streams (its inputs); a site may use this and the
     * purposes above it for streams of its own (per-year draws of its instruments).
     */
    public static final int PURPOSE_SITE = 16;
    /** Absolute years tabulated beyond the horizon and the schedule's last step (then closed form). */
    private static final int SPARE_YEARS = 64;

    final long seed;
    final int horizon;
    /** The economics' sampled inputs, in input-path order: the rate or each step's rate, then the escalation. */
    final InverseCdf[] discountInputs;
    final int[] stepYears;
    final int[] rateSlots;
    final int curveLength;
    final String[] factorNames;
    final double[] persistence;
    final double[] innovationScale;
    /** Lower Cholesky factor of the factors' innovation correlations; null without correlations. */
    final double[][] lower;
    final String[] providerNames;
    final InverseCdf[] providerDefault;
    final InverseCdf[] providerRecovery;
    /** Each provider's driver factor (-1: none), loading {@code sqrt(w)} and residual {@code sqrt(1-w)}. */
    final int[] providerFactor;
    final double[] providerLoading;
    final double[] providerResidual;
    /** The fund's name, return and fee; null without a fund. */
    final PooledFund fund;
    final InverseCdf fundReturn;
    final InverseCdf fundFee;
    /** Latin hypercube permutations of the shared per-iteration inputs (null entries under Monte Carlo). */
    final KeyedPermutation[] discountStrata;
    final KeyedPermutation[] providerDefaultStrata;
    final KeyedPermutation[] providerRecoveryStrata;
    final KeyedPermutation fundFeeStrata;
    private final Sampling sampling;
    private final int iterations;
    private final List<HazardKey> hazards = new ArrayList<>();

    /** A conditional yearly probability: {@code p} tied to factor {@code factor} (-1: none) with weight {@code w}. */
    record HazardKey(double p, int factor, double weight) {
    }

    /** Compiles the shared parts of {@code portfolio}. */
    public WorldPlan(Portfolio portfolio) {
        seed = portfolio.simulation().seed();
        horizon = portfolio.simulation().horizonYears();
        sampling = portfolio.simulation().sampling();
        iterations = portfolio.simulation().iterations();
        Economics e = portfolio.economics();
        List<DiscountStep> steps = e.isScheduled() ? e.discountSchedule() : List.of();
        int rates = Math.max(1, steps.size());
        discountInputs = new InverseCdf[rates + 1];
        stepYears = new int[rates];
        rateSlots = new int[rates];
        for (int i = 0; i < rates; i++) {
            discountInputs[i] = InverseCdfs.of(e.isScheduled() ? steps.get(i).rate() : e.discountRate());
            stepYears[i] = e.isScheduled() ? steps.get(i).fromYear() : 0;
            rateSlots[i] = i;
        }
        discountInputs[rates] = InverseCdfs.of(e.realCostEscalation());
        Strata economics = new Strata(sampling, iterations, nameSeed(ECONOMICS_STREAM), PURPOSE_ECONOMICS);
        discountStrata = new KeyedPermutation[discountInputs.length];
        for (int i = 0; i < discountInputs.length; i++) {
            discountStrata[i] = economics.next();
        }
        curveLength = horizon + Math.max(horizon, stepYears[rates - 1]) + SPARE_YEARS;

        Economy economy = portfolio.economy();
        int k = economy.factors().size();
        factorNames = new String[k];
        persistence = new double[k];
        innovationScale = new double[k];
        for (int f = 0; f < k; f++) {
            EconomicFactor factor = economy.factors().get(f);
            factorNames[f] = factor.name();
            persistence[f] = factor.persistence();
            innovationScale[f] = factor.innovationScale();
        }
        lower = economy.correlations().isEmpty() ? null : economy.innovationLower();

        int p = portfolio.providers().size();
        providerNames = new String[p];
        providerDefault = new InverseCdf[p];
        providerRecovery = new InverseCdf[p];
        providerFactor = new int[p];
        providerLoading = new double[p];
        providerResidual = new double[p];
        providerDefaultStrata = new KeyedPermutation[p];
        providerRecoveryStrata = new KeyedPermutation[p];
        for (int j = 0; j < p; j++) {
            Provider v = portfolio.providers().get(j);
            Strata strata = new Strata(sampling, iterations, nameSeed(v.name()), PURPOSE_PROVIDER);
            providerDefaultStrata[j] = strata.next();
            providerRecoveryStrata[j] = strata.next();
            providerNames[j] = v.name();
            providerDefault[j] = InverseCdfs.of(v.annualDefaultProbability());
            providerRecovery[j] = InverseCdfs.of(v.recoveryRate());
            Driver d = v.driver();
            providerFactor[j] = d == null ? -1 : factorIndex(d.factor());
            providerLoading[j] = d == null ? 0.0 : Math.sqrt(d.weight());
            providerResidual[j] = d == null ? 1.0 : Math.sqrt(1.0 - d.weight());
        }
        fund = portfolio.fund();
        fundReturn = fund == null ? null : InverseCdfs.of(fund.annualReturn());
        fundFee = fund == null ? null : InverseCdfs.of(fund.annualFeeRate());
        fundFeeStrata = fund == null ? null
                : new Strata(sampling, iterations, nameSeed(fund.name()), PURPOSE_FUND).next();
    }

    /** The Latin hypercube permutations of site {@code name}'s per-iteration inputs (none under Monte Carlo). */
    Strata strata(String name) {
        return new Strata(sampling, iterations, nameSeed(name), PURPOSE_SITE);
    }

    /**
     * A drawn input's uniform: {@code u} itself, or moved into iteration {@code i}'s stratum of
     * {@code strata} under Latin hypercube sampling.
     */
    static double uniform(KeyedPermutation strata, long i, double u) {
        return strata == null ? u : strata.stratifiedUniform((int) i, u);
    }

    /** The horizon {@code H} in years. */
    public int horizon() {
        return horizon;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** The number of factors, in the portfolio economy's order. */
    public int factorCount() {
        return factorNames.length;
    }

    /** The number of named providers, in the portfolio's order. */
    public int providerCount() {
        return providerNames.length;
    }

    /** The number of the economics' sampled inputs: the rate or each step's rate, then the escalation. */
    public int discountInputCount() {
        return discountInputs.length;
    }

    /** The index of the factor called {@code name}. */
    public int factorIndex(String name) {
        for (int f = 0; f < factorNames.length; f++) {
            if (factorNames[f].equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("driver names " + name + ", which is not a factor of the portfolio");
    }

    /** The index of the named provider called {@code name}. */
    public int providerIndex(String name) {
        for (int j = 0; j < providerNames.length; j++) {
            if (providerNames[j].equals(name)) {
                return j;
            }
        }
        throw new IllegalArgumentException("bond names provider " + name + ", which the portfolio does not name");
    }

    /**
     * The key of the conditional hazard path of a yearly event of probability {@code p} tied to
     * {@code driver} (null: independent), shared by every caller asking for the same three
     * numbers; {@link SharedWorld#hazard} gives its path in an iteration. Called while sites are
     * compiled, before any worker runs.
     */
    int hazardKey(double p, Driver driver) {
        HazardKey key = new HazardKey(p, driver == null ? -1 : factorIndex(driver.factor()),
                driver == null ? 0.0 : driver.weight());
        int at = hazards.indexOf(key);
        if (at >= 0) {
            return at;
        }
        hazards.add(key);
        return hazards.size() - 1;
    }

    List<HazardKey> hazards() {
        return List.copyOf(hazards);
    }

    /** The seed of {@code name}'s stream for {@code purpose} in {@code iteration}. */
    public long seedFor(String name, long iteration, int purpose) {
        return NamedStreams.seedFor(seed, name, iteration, purpose);
    }

    /**
     * The master seed of {@code name}'s streams ({@link NamedStreams#nameSeed}): with it,
     * {@code RandomStream.seedFor(nameSeed, iteration, purpose)} equals {@link #seedFor} without
     * hashing the name again.
     */
    public long nameSeed(String name) {
        return NamedStreams.nameSeed(seed, name);
    }

    /** {@code Phi^-1(p)}: minus infinity for {@code p <= 0} (never), plus infinity for {@code p >= 1} (always). */
    static double threshold(double p) {
        if (!(p > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return p >= 1 ? Double.POSITIVE_INFINITY : StandardNormal.quantile(p);
    }
}
