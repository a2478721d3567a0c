package org.closureassurance.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.random.NamedStreams;

/**
 * One scenario site of a portfolio carried through the single-site model one iteration at a
 * time: the portfolio engine's entry to the engine (docs/model.md, "Portfolios"). The
 * portfolio's simulation settings, economics, factors and named providers replace the
 * scenario's own. The site's inputs, events and yearly draws come from streams keyed by the
 * site's name as well as by seed and iteration: the scenario runs with the master seed
 * {@link #streamSeed}, drawn from the site's named streams ({@link NamedStreams}), so adding a
 * site never changes another's draws; what all sites share (the discount rates and
 * escalation, every factor's path, every named provider's failure year and recovery rate) is
 * drawn once per iteration by the portfolio and handed in, never drawn here.
 *
 * <p>The sections run through the same kernels as a single-site run, in the same order
 * (closure and forfeiture, cost items, water, rehabilitation, risk events, liability,
 * assurance, outcome). An iteration allocates nothing; one runner serves one thread
 * ({@link #forAnotherThread()} gives another that shares the compiled plan), and its results
 * depend only on the iteration and the shared draws, never on the thread.
 */
public final class ScenarioSiteRun {
    private final String siteName;
    private final RunPlan plan;
    private final IterationContext ctx;
    private final InputDraws inputs;
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
    /** The bonds a named provider wrote: their year-0 faces add up to what it has written. */
    private final InstrumentPlan.Bond[] namedBonds;
    private final double[] faceByProvider;
    /** The yearly payment of the scenario's pooled-contribution rules, summed. */
    private final double yearlyContribution;
    private final boolean paysByRule;

    private double estate;
    private double shortfall;

    private ScenarioSiteRun(String siteName, RunPlan plan) {
        this.siteName = siteName;
        this.plan = plan;
        this.ctx = new IterationContext(plan, new IterationRecords(plan, 1));
        this.inputs = new InputDraws(plan, ctx.rec, 1);
        this.closure = new ClosureAndForfeiture(ctx);
        this.costItems = new CostItemsKernel(ctx);
        this.water = new WaterKernel(ctx);
        this.rehabilitation = new RehabilitationKernel(ctx);
        this.risks = new RiskEventsKernel(ctx);
        this.liabilities = new LiabilityRecursion(ctx);
        this.walkAway = plan.discount.general() ? new WalkAwayValuation(ctx) : null;
        this.assurance = new AssuranceKernel(ctx);
        this.outcome = new IterationOutcome(ctx);
        this.namedBonds = namedBonds(plan.instruments);
        this.faceByProvider = new double[plan.economy.providers.length];
        RequirementsPlan rules = plan.requirements;
        double c = 0;
        boolean pooled = false;
        for (int r = 0; r < rules.rules.length; r++) {
            if (rules.rules[r] instanceof Requirement.PooledContribution) {
                c += rules.contribution[r];
                pooled = true;
            }
        }
        this.yearlyContribution = c;
        this.paysByRule = pooled;
    }

    /**
     * The runner of {@code scenario} as site {@code siteName} of a portfolio with these
     * settings, economics, factors and named providers (which replace the scenario's own); its
     * streams are keyed by the seed of {@code simulation} and the site's name.
     *
     * @throws IllegalArgumentException naming the site, when the scenario's correlations name an
     *     input the portfolio replaces, or a driver or bond names a factor or provider the
     *     portfolio does not have
     */
    public static ScenarioSiteRun of(String siteName, Scenario scenario, SimulationSettings simulation,
                                     Economics economics, Economy economy, List<Provider> providers) {
        refuseReplacedCorrelations(siteName, scenario);
        SimulationSettings keyed = simulation.withSeed(streamSeed(simulation.seed(), siteName));
        Scenario inPortfolio = new Scenario(scenario.name(), scenario.description(), scenario.currency(),
                scenario.baseYear(), keyed, economics, scenario.closureYear(), scenario.forfeiture(),
                scenario.costItems(), scenario.indirectCosts(), scenario.correlations(), scenario.waterTreatment(),
                scenario.rehabilitation(), scenario.riskEvents(), scenario.assurance(), scenario.overruns(), economy,
                providers, scenario.afterForfeiture(), scenario.requirements());
        try {
            return new ScenarioSiteRun(siteName, new RunPlan(inPortfolio));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("site " + siteName + ": " + e.getMessage(), e);
        }
    }

    /**
     * The master seed the site's scenario runs with under the portfolio's {@code seed}: the seed
     * of the site's named stream of purpose 0 in iteration -1, which no iteration reads. The
     * site's stream of purpose {@code p} in iteration {@code i} is then
     * {@code RandomStream.seedFor(streamSeed, i, p)}: keyed by the seed and the site's name
     * alone, and apart from every stream the portfolio keys by a name (a factor's, a
     * provider's, the fund's) even when a site shares that name.
     */
    public static long streamSeed(long seed, String siteName) {
        return NamedStreams.seedFor(seed, siteName, -1, 0);
    }

    /** A runner of the same site on the same compiled plan, for another worker thread. */
    public ScenarioSiteRun forAnotherThread() {
        return new ScenarioSiteRun(siteName, plan);
    }

    /**
     * A correlation on the discount rate, escalation or a provider's input would tie the site's
     * inputs to a draw the portfolio makes for every site at once, so it is refused.
     */
    private static void refuseReplacedCorrelations(String siteName, Scenario scenario) {
        for (Correlation c : scenario.correlations()) {
            for (String path : new String[] {c.a(), c.b()}) {
                String section = path.substring(0, Math.max(0, path.indexOf('/')));
                if (section.equals(InputField.Section.ECONOMICS.key())
                        || section.equals(InputField.Section.PROVIDERS.key())) {
                    throw new IllegalArgumentException("site " + siteName + ": its scenario's correlations name "
                            + path + ", which the portfolio's " + section + " replace");
                }
            }
        }
    }

    private static InstrumentPlan.Bond[] namedBonds(InstrumentPlan[] instruments) {
        return Arrays.stream(instruments)
                .filter(p -> p instanceof InstrumentPlan.Bond b && b.provider() >= 0)
                .map(InstrumentPlan.Bond.class::cast).toArray(InstrumentPlan.Bond[]::new);
    }

    /**
     * The base estimate (docs/model.md, "Regulatory requirements") with the portfolio's
     * simulation settings and economics: the site's estimate for contributions to a pooled fund.
     */
    public double baseEstimate() {
        return plan.requirements.baseEstimate;
    }

    /** Years {@code H} simulated: the length of {@link #liabilityByYear()} and of each factor path read. */
    public int horizon() {
        return plan.horizon;
    }

    /**
     * Carries {@code iteration} through the model with the portfolio's shared draws of that
     * iteration. Allocates nothing; the arrays are read, not kept.
     *
     * @param economicsInputs the single discount rate, or each schedule step's rate in the
     *     economics' order, then the real cost escalation {@code g}
     * @param factorPaths each factor's state {@code M_t} by year, in the economy's order, at
     *     least {@link #horizon()} years each
     * @param providerFailYears each named provider's failure year in the portfolio's order
     *     ({@link Long#MAX_VALUE}: none within the horizon)
     * @param providerRecoveryRates each named provider's recovery rate, in the same order
     * @throws ModelOverflowException when a value overflows, naming the site and the iteration
     */
    public void simulate(int iteration, double[] economicsInputs, double[][] factorPaths, long[] providerFailYears,
                         double[] providerRecoveryRates) {
        inputs.draw(iteration, 1, 0);
        inputs.load(0, ctx.x);
        inject(economicsInputs, factorPaths, providerFailYears, providerRecoveryRates);
        try {
            iterate(iteration);
        } catch (ModelOverflowException e) {
            throw ModelOverflowException.atSite(siteName, e);
        }
        bondFaces();
    }

    /** The section kernels in a single-site run's order, then the site's shortfall. */
    private void iterate(int iteration) {
        ctx.begin(iteration, 0);
        closure.apply();
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
        estate = ctx.x[plan.discount.estateSlot()];
        int forfeit = ctx.forfeit;
        shortfall = forfeit < 0 ? 0.0
                : Math.max(0.0, ctx.liability[forfeit] - ctx.assurance[forfeit]) * (1.0 - estate);
    }

    /** Puts the shared draws where the kernels read them, in place of the draws a single-site run makes. */
    private void inject(double[] economicsInputs, double[][] factorPaths, long[] providerFailYears,
                        double[] providerRecoveryRates) {
        double[] x = ctx.x;
        int[] rateSlots = plan.discount.rateSlots();
        ProviderPlan[] providers = plan.economy.providers;
        double[][] factors = ctx.factors;
        if (economicsInputs.length != rateSlots.length + 1 || factorPaths.length != factors.length
                || providerFailYears.length != providers.length || providerRecoveryRates.length != providers.length) {
            throw new IllegalArgumentException("the shared draws do not match the portfolio the site was built for");
        }
        for (int k = 0; k < rateSlots.length; k++) {
            x[rateSlots[k]] = economicsInputs[k];
        }
        x[plan.discount.escalationSlot()] = economicsInputs[rateSlots.length];
        for (int f = 0; f < factors.length; f++) {
            System.arraycopy(factorPaths[f], 0, factors[f], 0, plan.horizon);
        }
        System.arraycopy(providerFailYears, 0, ctx.providerFailYear, 0, providers.length);
        for (int p = 0; p < providers.length; p++) {
            x[providers[p].recoverySlot()] = providerRecoveryRates[p];
        }
    }

    /** Each named provider's year-0 faces: a bond's amount, or its schedule's step in force in year 0. */
    private void bondFaces() {
        Arrays.fill(faceByProvider, 0.0);
        double[] x = ctx.x;
        for (InstrumentPlan.Bond b : namedBonds) {
            double face = 0.0;
            if (b.amountSlot() >= 0) {
                face = x[b.amountSlot()];
            } else {
                int[] years = b.scheduleYears();
                for (int s = 0; s < years.length && years[s] <= 0; s++) {
                    face = x[b.scheduleSlots()[s]];
                }
            }
            faceByProvider[b.provider()] += face;
        }
    }

    /** The iteration's forfeiture year {@code T}, or -1 when the operator does not forfeit within the horizon. */
    public int forfeitureYear() {
        return ctx.forfeit;
    }

    /** The iteration's closure year {@code C}, in {@code [0, H-1]}. */
    public int closureYear() {
        return ctx.closure;
    }

    /** {@code L_T}, the walk-away liability in the forfeiture year; NaN without forfeiture. */
    public double liabilityAtForfeiture() {
        return ctx.forfeit < 0 ? Double.NaN : ctx.liability[ctx.forfeit];
    }

    /** {@code A_T}, the realisable assurance in the forfeiture year; NaN without forfeiture. */
    public double assuranceAtForfeiture() {
        return ctx.forfeit < 0 ? Double.NaN : ctx.assurance[ctx.forfeit];
    }

    /**
     * {@code L_t} for every year {@code t < H}, each valued in its own year: the runner's own
     * array, read-only, overwritten by the next iteration.
     */
    public double[] liabilityByYear() {
        return ctx.liability;
    }

    /** {@code A_t} for every year {@code t < H}: the runner's own array, read-only, overwritten by the next iteration. */
    public double[] assuranceByYear() {
        return ctx.assurance;
    }

    /** The share of the shortfall the operator's estate returns, in {@code [0, 1]} (0 when the scenario gives none). */
    public double estateRecoveryRate() {
        return estate;
    }

    /** {@code S = max(0, L_T - A_T)(1 - estateRecoveryRate)}, valued in the forfeiture year; 0 without forfeiture. */
    public double shortfall() {
        return shortfall;
    }

    /**
     * The year-0 value of one unit of public shortfall in the forfeiture year: {@code (1 -
     * estateRecoveryRate)} times its discount factor, so {@code max(0, L_T - A_T)} times this is
     * the public cost at year 0; 0 without forfeiture.
     */
    public double publicValue() {
        return ctx.forfeit < 0 ? 0.0 : ctx.publicValue;
    }

    /** The year-0 value of one base-year unit falling in {@code year} (no escalation), on this iteration's rates. */
    public double discountFactor(int year) {
        return ctx.discountFactor(year);
    }

    /**
     * Years in which the site still operates and pays contributions, each at the end of the
     * year: {@code min(C, T)}, or {@code C} without forfeiture (years {@code 0 .. operatingYears - 1}).
     */
    public int operatingYears() {
        return ctx.forfeit >= 0 ? Math.min(ctx.closure, ctx.forfeit) : ctx.closure;
    }

    /** Whether the scenario has a pooled-contribution rule, whose payments replace the fund's own percentage. */
    public boolean paysByRule() {
        return paysByRule;
    }

    /**
     * What the scenario's pooled-contribution rules ask each operating year, summed: {@code
     * ratePercent/100 E} for each rule whose estimate reaches its threshold, 0 for the others.
     */
    public double yearlyContribution() {
        return yearlyContribution;
    }

    /**
     * The year-0 face of the site's bonds by named provider, in the portfolio's order: the
     * runner's own array, read-only, overwritten by the next iteration.
     */
    public double[] bondFaceByProvider() {
        return faceByProvider;
    }
}
