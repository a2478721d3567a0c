package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
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
    /** Indices of the cost items that accrue, ascending. */
    final int[] accruingItems;

    enum ForfeitureMode { AT_CLOSURE, YEAR, HAZARD }

    /**
     * A compiled cost item. {@code fractionByYear[t]} is the accrual fraction in absolute year
     * {@code t} (empty when the item does not accrue), tabulated once per run because it depends
     * only on the year.
     */
    record CostItemPlan(int amountSlot, int quantitySlot, int unitCostSlot, double conversion,
                        int startYear, int durationYears, int[] indirectSlots,
                        int[] accrualYears, double[] accrualFractions, double[] fractionByYear) {

        CostItemPlan(int amountSlot, int quantitySlot, int unitCostSlot, double conversion, int startYear,
                     int durationYears, int[] indirectSlots, int[] accrualYears, double[] accrualFractions,
                     int horizon) {
            this(amountSlot, quantitySlot, unitCostSlot, conversion, startYear, durationYears, indirectSlots,
                    accrualYears, accrualFractions, new double[accrualYears.length == 0 ? 0 : horizon]);
            for (int t = 0; t < fractionByYear.length; t++) {
                fractionByYear[t] = fraction(t);
            }
        }

        /** The accrual fraction in absolute year {@code t}: linear between points, flat outside. */
        double fraction(int t) {
            int n = accrualYears.length;
            if (n == 0) {
                return 1.0;
            }
            if (t <= accrualYears[0]) {
                return accrualFractions[0];
            }
            if (t >= accrualYears[n - 1]) {
                return accrualFractions[n - 1];
            }
            int j = 1;
            while (accrualYears[j] < t) {
                j++;
            }
            int y0 = accrualYears[j - 1];
            int y1 = accrualYears[j];
            if (y1 == y0) {
                return accrualFractions[j];
            }
            double w = (double) (t - y0) / (y1 - y0);
            return accrualFractions[j - 1] + w * (accrualFractions[j] - accrualFractions[j - 1]);
        }
    }

    enum DurationType { YEARS, DECAY, PERPETUAL }

    record WaterPlan(String name, int probabilitySlot, int startSlot, int flowSlot, int unitCostSlot,
                     double volumePerYearConversion, int fixedSlot, int capitalSlot, int replacementEvery,
                     DurationType durationType, int yearsSlot, int initialSlot, int limitSlot,
                     double concentrationConversion, int halfLifeSlot) {
    }

    record DomainPlan(String name, int areaSlot, int startSlot, int establishmentSlot, double establishmentConversion,
                      int maintenanceSlot, double maintenanceConversion, int monitoringYears, int monitoringSlot,
                      boolean logistic, int rateSlot, int initialSlot, int targetSlot,
                      int setbackProbabilitySlot, int setbackLossSlot, int reworkSlot, double reworkConversion,
                      int earliestStart, double medianTarget) {
    }

    record RiskPlan(int costSlot, boolean perYear, int probabilitySlot, int year, int fromYear, int toYear,
                    int maxOccurrences) {
    }

    enum InstrumentType { BOND, SELF_BOND, PARENT_GUARANTEE, TRUST_FUND }

    /**
     * How a trust fund's yearly returns are drawn: {@code CONSTANT} (a plain number),
     * {@code NORMAL} (mean + sd times a standard normal from the ziggurat sampler, redrawn while
     * outside a truncation that keeps at least half the mass: exact, and several times faster
     * than an inverse CDF, which per-year draws do not need) or {@code QUANTILE} (inverse CDF of
     * one uniform, for every other distribution).
     */
    enum ReturnDraw { CONSTANT, NORMAL, QUANTILE }

    record InstrumentPlan(String name, String type, InstrumentType kind, int amountSlot,
                          int[] scheduleYears, int[] scheduleSlots, int defaultSlot, int recoverySlot,
                          int failSlot, int initialSlot, int contributionSlot, ReturnDraw returnDraw,
                          InverseCdf annualReturn, double returnMean, double returnSd, double returnMin,
                          double returnMax, int feeSlot, boolean drawdown) {
    }

    RunPlan(Scenario s) {
        this.scenario = s;
        this.iterations = s.simulation().iterations();
        this.horizon = s.simulation().horizonYears();
        this.seed = s.simulation().seed();
        this.sampling = s.simulation().sampling();

        List<SampledInput> all = InputPaths.all(s);
        Map<String, Integer> slots = new HashMap<>();
        constants = new double[all.size()];
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SampledInput in = all.get(i);
            slots.put(in.path(), i);
            Value v = in.value();
            if (v.isDegenerate()) {
                constants[i] = v.lowerBound();
            } else {
                constants[i] = Double.NaN;
                sampled.add(i);
            }
        }
        sampledCount = sampled.size();
        sampledPaths = new String[sampledCount];
        sampledSlot = new int[sampledCount];
        sampler = new InverseCdf[sampledCount];
        atoms = new double[sampledCount][];
        Map<String, Integer> sampledIndex = new HashMap<>();
        for (int k = 0; k < sampledCount; k++) {
            int slot = sampled.get(k);
            sampledSlot[k] = slot;
            sampledPaths[k] = all.get(slot).path();
            sampler[k] = InverseCdfs.of(all.get(slot).value());
            atoms[k] = sampler[k].atoms();
            sampledIndex.put(sampledPaths[k], k);
        }

        copulaIndex = new int[sampledCount];
        Arrays.fill(copulaIndex, -1);
        List<Integer> correlated = new ArrayList<>();
        for (Correlation c : s.correlations()) {
            for (String path : new String[] {c.a(), c.b()}) {
                Integer k = sampledIndex.get(path);
                if (k == null) {
                    throw new IllegalArgumentException("correlation names " + path + ", which is not a sampled input");
                }
                if (copulaIndex[k] < 0) {
                    copulaIndex[k] = correlated.size();
                    correlated.add(k);
                }
            }
        }
        if (correlated.isEmpty()) {
            copula = null;
        } else {
            double[][] rho = new double[correlated.size()][correlated.size()];
            for (int i = 0; i < rho.length; i++) {
                rho[i][i] = 1.0;
            }
            for (Correlation c : s.correlations()) {
                int a = copulaIndex[sampledIndex.get(c.a())];
                int b = copulaIndex[sampledIndex.get(c.b())];
                rho[a][b] = c.rho();
                rho[b][a] = c.rho();
            }
            copula = new GaussianCopula(rho);
        }
        strata = new KeyedPermutation[sampledCount];
        if (sampling == Sampling.LATIN_HYPERCUBE) {
            for (int k = 0; k < sampledCount; k++) {
                strata[k] = new KeyedPermutation(iterations, RandomStream.seedFor(seed, -1L - k, PURPOSE_INPUTS));
            }
        }

        discountRateSlot = slots.get("economics/discountRate");
        closureYearSlot = slots.get("closureYear");
        Forfeiture f = s.forfeiture();
        if (f instanceof Forfeiture.InYear) {
            forfeitureMode = ForfeitureMode.YEAR;
            forfeitureYearSlot = slots.get("forfeiture/year");
            hazardBeforeSlot = -1;
            hazardAfterSlot = -1;
        } else if (f instanceof Forfeiture.AnnualHazard) {
            forfeitureMode = ForfeitureMode.HAZARD;
            forfeitureYearSlot = -1;
            hazardBeforeSlot = slots.get("forfeiture/beforeClosure");
            hazardAfterSlot = slots.get("forfeiture/afterClosure");
        } else {
            forfeitureMode = ForfeitureMode.AT_CLOSURE;
            forfeitureYearSlot = -1;
            hazardBeforeSlot = -1;
            hazardAfterSlot = -1;
        }

        List<IndirectCost> indirects = s.indirectCosts();
        int[] waterIndirects = indirectSlots(indirects, slots, ic -> ic.appliesToCategory(IndirectCost.WATER_TREATMENT));
        int[] rehabIndirects = indirectSlots(indirects, slots, ic -> ic.appliesToCategory(IndirectCost.REHABILITATION));
        this.waterIndirectSlots = waterIndirects;
        this.rehabIndirectSlots = rehabIndirects;

        costItems = new CostItemPlan[s.costItems().size()];
        for (int i = 0; i < costItems.length; i++) {
            CostItem c = s.costItems().get(i);
            String p = "costItems/" + c.name() + "/";
            List<AccrualPoint> pts = new ArrayList<>(c.accrual());
            pts.sort((a, b) -> Integer.compare(a.year(), b.year()));
            int[] ay = new int[pts.size()];
            double[] af = new double[pts.size()];
            for (int j = 0; j < ay.length; j++) {
                ay[j] = pts.get(j).year();
                af[j] = pts.get(j).fraction();
            }
            int[] ind = indirectSlots(indirects, slots, ic -> ic.appliesToCostItem(c.category()));
            if (c.isPriced()) {
                costItems[i] = new CostItemPlan(-1, slots.get(p + "quantity"), slots.get(p + "unitCost"),
                        c.unitCost().conversionFrom(c.quantity()), c.startYear(), c.durationYears(), ind, ay, af,
                        horizon);
            } else {
                costItems[i] = new CostItemPlan(slots.get(p + "amount"), -1, -1, 1.0, c.startYear(),
                        c.durationYears(), ind, ay, af, horizon);
            }
        }
        accruingItems = java.util.stream.IntStream.range(0, costItems.length)
                .filter(j -> costItems[j].fractionByYear().length > 0).toArray();

        water = new WaterPlan[s.waterTreatment().size()];
        for (int i = 0; i < water.length; i++) {
            WaterStream w = s.waterTreatment().get(i);
            String p = "waterTreatment/" + w.name() + "/";
            int flowSlot = -1;
            int unitSlot = -1;
            double conv = 0;
            if (w.flow() != null) {
                flowSlot = slots.get(p + "flow");
                unitSlot = slots.get(p + "unitCost");
                conv = w.volumePerYearConversion();
            }
            int every = w.replacementEveryYears() == null ? 0 : w.replacementEveryYears();
            WaterDuration d = w.duration();
            if (d instanceof WaterDuration.Years y) {
                water[i] = new WaterPlan(w.name(), slots.get(p + "probability"), slots.get(p + "startYear"), flowSlot,
                        unitSlot, conv, slots.get(p + "fixedAnnualCost"), slots.get(p + "capitalCost"), every,
                        DurationType.YEARS, slots.get(p + "duration.years"), -1, -1, 0, -1);
            } else if (d instanceof WaterDuration.Decay dec) {
                water[i] = new WaterPlan(w.name(), slots.get(p + "probability"), slots.get(p + "startYear"), flowSlot,
                        unitSlot, conv, slots.get(p + "fixedAnnualCost"), slots.get(p + "capitalCost"), every,
                        DurationType.DECAY, -1, slots.get(p + "duration.initialConcentration"),
                        slots.get(p + "duration.limit"),
                        dec.initialConcentration().toCanonical() / dec.limit().toCanonical(),
                        slots.get(p + "duration.halfLifeYears"));
            } else {
                water[i] = new WaterPlan(w.name(), slots.get(p + "probability"), slots.get(p + "startYear"), flowSlot,
                        unitSlot, conv, slots.get(p + "fixedAnnualCost"), slots.get(p + "capitalCost"), every,
                        DurationType.PERPETUAL, -1, -1, -1, 0, -1);
            }
        }

        domains = new DomainPlan[s.rehabilitation().size()];
        int earliestClosure = floorClamp(s.closureYear().lowerBound(), 0, horizon - 1);
        for (int i = 0; i < domains.length; i++) {
            RehabilitationDomain r = s.rehabilitation().get(i);
            String p = "rehabilitation/" + r.name() + "/";
            int est = r.establishmentCost() == null ? -1 : slots.get(p + "establishmentCost");
            double estConv = r.establishmentCost() == null ? 0 : r.establishmentCost().conversionFrom(r.area());
            int maint = r.maintenanceCostPerAreaYear() == null ? -1 : slots.get(p + "maintenanceCostPerAreaYear");
            double maintConv = r.maintenanceCostPerAreaYear() == null ? 0
                    : r.maintenanceCostPerAreaYear().conversionFrom(r.area());
            int sbp = -1;
            int sbl = -1;
            int rw = -1;
            double rwConv = 0;
            if (r.setback() != null) {
                sbp = slots.get(p + "setback.annualProbability");
                sbl = slots.get(p + "setback.conditionLoss");
                if (r.setback().reworkCostPerArea() != null) {
                    rw = slots.get(p + "setback.reworkCostPerArea");
                    rwConv = r.setback().reworkCostPerArea().conversionFrom(r.area());
                }
            }
            double startLow = r.startYear().lowerBound();
            int earliestRelative = floorClamp(startLow, 0, horizon);
            int earliest = Math.min(horizon - 1, earliestClosure + earliestRelative);
            domains[i] = new DomainPlan(r.name(), slots.get(p + "area"), slots.get(p + "startYear"), est, estConv,
                    maint, maintConv, r.monitoringYears(), slots.get(p + "monitoringCostPerYear"),
                    r.recovery().model() == org.closureassurance.simulator.model.RecoveryModel.LOGISTIC,
                    slots.get(p + "recovery.rate"), slots.get(p + "recovery.initialCondition"),
                    slots.get(p + "recovery.target"), sbp, sbl, rw, rwConv, earliest,
                    r.recovery().target().expectedValue());
        }

        risks = new RiskPlan[s.riskEvents().size()];
        for (int i = 0; i < risks.length; i++) {
            RiskEvent e = s.riskEvents().get(i);
            String p = "riskEvents/" + e.name() + "/";
            if (e.occurrence() instanceof RiskOccurrence.Once o) {
                risks[i] = new RiskPlan(slots.get(p + "cost"), false, slots.get(p + "probability"), o.year(), 0, 0, 1);
            } else {
                RiskOccurrence.PerYear y = (RiskOccurrence.PerYear) e.occurrence();
                if (y.simulatedOccurrences() > RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES) {
                    throw new IllegalArgumentException(p + "maxOccurrences: up to " + y.simulatedOccurrences()
                            + " occurrences an iteration, more than the "
                            + RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES + " a run simulates one by one");
                }
                risks[i] = new RiskPlan(slots.get(p + "cost"), true, slots.get(p + "annualProbability"), 0,
                        y.fromYear(), y.toYear() == null ? -1 : y.toYear(), y.maxOccurrences());
            }
        }

        instruments = new InstrumentPlan[s.assurance().size()];
        for (int i = 0; i < instruments.length; i++) {
            AssuranceInstrument a = s.assurance().get(i);
            String p = "assurance/" + a.name() + "/";
            if (a instanceof AssuranceInstrument.Bond b) {
                int[] years = new int[0];
                int[] amountSlots = new int[0];
                int amount = -1;
                if (b.amount() != null) {
                    amount = slots.get(p + "amount");
                } else {
                    Integer[] order = new Integer[b.schedule().size()];
                    for (int j = 0; j < order.length; j++) {
                        order[j] = j;
                    }
                    List<ScheduleStep> steps = b.schedule();
                    Arrays.sort(order, (x, y) -> Integer.compare(steps.get(x).fromYear(), steps.get(y).fromYear()));
                    years = new int[order.length];
                    amountSlots = new int[order.length];
                    for (int j = 0; j < order.length; j++) {
                        years[j] = steps.get(order[j]).fromYear();
                        amountSlots[j] = slots.get(p + "schedule[" + order[j] + "].amount");
                    }
                }
                instruments[i] = new InstrumentPlan(a.name(), a.type(), InstrumentType.BOND, amount, years, amountSlots,
                        slots.get(p + "providerAnnualDefaultProbability"), slots.get(p + "recoveryRate"),
                        -1, -1, -1, ReturnDraw.CONSTANT, null, 0, 0, 0, 0, -1, false);
            } else if (a instanceof AssuranceInstrument.SelfBond) {
                instruments[i] = new InstrumentPlan(a.name(), a.type(), InstrumentType.SELF_BOND, slots.get(p + "amount"),
                        null, null, -1, -1, -1, -1, -1, ReturnDraw.CONSTANT, null, 0, 0, 0, 0, -1, false);
            } else if (a instanceof AssuranceInstrument.ParentGuarantee) {
                instruments[i] = new InstrumentPlan(a.name(), a.type(), InstrumentType.PARENT_GUARANTEE,
                        slots.get(p + "amount"), null, null, -1, -1,
                        slots.get(p + "guarantorFailsWithOperatorProbability"), -1, -1, ReturnDraw.CONSTANT, null, 0, 0,
                        0, 0, -1, false);
            } else {
                AssuranceInstrument.TrustFund t = (AssuranceInstrument.TrustFund) a;
                Value ret = t.annualReturn();
                ReturnDraw draw = ret.isDegenerate() ? ReturnDraw.CONSTANT
                        : (ret instanceof org.closureassurance.simulator.value.Normal nr && mostlyInside(nr)
                                ? ReturnDraw.NORMAL : ReturnDraw.QUANTILE);
                double mean = draw == ReturnDraw.CONSTANT ? ret.lowerBound()
                        : (draw == ReturnDraw.NORMAL ? ((org.closureassurance.simulator.value.Normal) ret).mean() : 0);
                double sd = draw == ReturnDraw.NORMAL ? ((org.closureassurance.simulator.value.Normal) ret).sd() : 0;
                double lo = draw == ReturnDraw.NORMAL ? ((org.closureassurance.simulator.value.Normal) ret).min() : 0;
                double hi = draw == ReturnDraw.NORMAL ? ((org.closureassurance.simulator.value.Normal) ret).max() : 0;
                instruments[i] = new InstrumentPlan(a.name(), a.type(), InstrumentType.TRUST_FUND, -1, null, null,
                        -1, -1, -1, slots.get(p + "initialBalance"), slots.get(p + "annualContribution"), draw,
                        draw == ReturnDraw.QUANTILE ? InverseCdfs.of(ret) : null, mean, sd, lo, hi,
                        slots.get(p + "annualFeeRate"), t.drawdown());
            }
        }
    }

    /** Whether a normal's truncation keeps at least half its mass, so redrawing is cheap. */
    private static boolean mostlyInside(org.closureassurance.simulator.value.Normal n) {
        double a = (n.min() - n.mean()) / n.sd();
        double b = (n.max() - n.mean()) / n.sd();
        double mass = org.closureassurance.simulator.random.StandardNormal.cdf(b)
                - org.closureassurance.simulator.random.StandardNormal.cdf(a);
        return mass >= 0.5;
    }

    final int[] waterIndirectSlots;
    final int[] rehabIndirectSlots;

    private static int[] indirectSlots(List<IndirectCost> indirects, Map<String, Integer> slots,
                                       java.util.function.Predicate<IndirectCost> applies) {
        List<Integer> out = new ArrayList<>();
        for (IndirectCost ic : indirects) {
            if (applies.test(ic)) {
                out.add(slots.get("indirectCosts/" + ic.name() + "/percent"));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : (v > hi ? hi : v);
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
