package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
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
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Realistic results to chart until the engine lands: the copper mine of docs/scenario-format.md,
 * played out by a deliberately simplified model of docs/model.md (closure works spread over three
 * years, a perpetual pit-lake stream needed 60 % of the time, a decaying seepage stream, one
 * rehabilitation domain with setbacks, a scheduled surety with provider default, a worthless
 * self-bond and a trust fund that draws down after closure; 28 % of operators never fail, the
 * others walk away with a yearly hazard of 2 % before closure and 25 % after).
 *
 * <p>The model is rough; the summaries are not. Every figure is reduced from the same
 * per-iteration numbers the way docs/model.md defines it
 * (type-7 percentiles, Wilson interval, required assurance as the smallest sufficient
 * {@code x}, the bond sizing curve at {@code x = 0} and the shortfall's percentiles 1..100,
 * Spearman with average ranks), so that tests can check a chart against the figure it draws
 * and the figures agree with one another.
 */
final class Fixtures {

    static final String SCENARIO_NAME = "Copper mine, regulator base case";
    static final String HOSTILE = "<script>alert(1)</script>";
    static final int HORIZON = 100;
    static final int BASE_YEAR = 2026;

    private static final double SECONDS_PER_YEAR = 365.2425 * 86400;
    private static final String DUMP = "Waste rock dump reshaping";
    private static final String PLANT = "Plant demolition";
    private static final String PIT = "Pit lake ARD";
    private static final String SEEPAGE = "Seepage collection";
    private static final String DOMAIN = "Waste dump cover and revegetation";

    private Fixtures() {
    }

    // ---------------------------------------------------------------- scenario

    /** The copper mine of docs/scenario-format.md. */
    static Scenario copperMine() {
        return copperMine(SCENARIO_NAME, "Worked example for the charts tests; figures from the field reference example.",
                DUMP, PIT);
    }

    /** The copper mine with hostile text wherever a user can type it. */
    static Scenario hostileCopperMine() {
        return copperMine(HOSTILE, "A \"quoted\" & <b>bold</b> description " + HOSTILE, HOSTILE, HOSTILE);
    }

    private static Scenario copperMine(String name, String description, String dumpName, String pitName) {
        Quantity dumpQuantity = new Quantity(new Triangular(1.8e6, 2.0e6, 2.6e6), "m3", 1.0);
        UnitRate dumpRate = new UnitRate(new Pert(2.1, 2.6, 4.0), "m3", 1.0);
        CostItem dump = new CostItem(dumpName, HOSTILE.equals(dumpName) ? HOSTILE : null, "earthworks",
                dumpQuantity, dumpRate, null, 0, 3,
                List.of(new AccrualPoint(0, 0.4), new AccrualPoint(12, 1.0)));
        CostItem plant = CostItem.lump(PLANT, "demolition", new LogNormal(6.5e6, 1.5e6), 0, 2);
        List<IndirectCost> indirects = List.of(
                new IndirectCost("Engineering and design", null, Value.of(4), null),
                new IndirectCost("Contractor overhead and profit", null, Value.of(15), null),
                new IndirectCost("Contingency", null, new Triangular(10, 15, 30), null),
                new IndirectCost("Agency administration", null, Value.of(5),
                        List.of("earthworks", "demolition", "water-treatment", "rehabilitation")));
        WaterStream pit = new WaterStream(pitName, null, Value.of(0.6), new Uniform(2, 10),
                new Quantity(new LogNormal(12, 5), "L/s", 0.001),
                new UnitRate(new Triangular(0.6, 0.9, 1.8), "m3", 1.0),
                Value.of(350_000), Value.of(9.0e6), 25, new WaterDuration.Perpetual());
        WaterStream seepage = new WaterStream(SEEPAGE, null, Value.of(1), Value.of(0),
                new Quantity(Value.of(2), "L/s", 0.001), new UnitRate(Value.of(1.2), "m3", 1.0),
                Value.of(0), Value.of(0), null,
                new WaterDuration.Decay(new Quantity(new Uniform(20, 60), "mg/L", 0.001),
                        new Quantity(Value.of(1), "mg/L", 0.001), new LogNormal(8, 3)));
        RehabilitationDomain domain = new RehabilitationDomain(DOMAIN, null,
                new Quantity(Value.of(85), "ha", 1e4), Value.of(2),
                new UnitRate(Value.of(18_000), "ha", 1e4), new UnitRate(Value.of(600), "ha", 1e4),
                5, Value.of(40_000),
                new Recovery(RecoveryModel.EXPONENTIAL, new LogNormal(0.08, 0.03), Value.of(0.05), Value.of(0.7)),
                new Setback(Value.of(0.04), Value.of(0.5), new UnitRate(Value.of(6000), "ha", 1e4)));
        List<RiskEvent> risks = List.of(
                new RiskEvent("Tailings spillway upgrade", null, new Triangular(2e6, 4e6, 12e6),
                        new RiskOccurrence.Once(Value.of(0.15), 1)),
                new RiskEvent("Cover erosion repair", null, Value.of(250_000),
                        new RiskOccurrence.PerYear(Value.of(0.05), 3, 40, 3)));
        List<AssuranceInstrument> assurance = List.of(
                new AssuranceInstrument.Bond("Reclamation surety", null, BondKind.SURETY, null,
                        List.of(new ScheduleStep(0, Value.of(1.5e7)), new ScheduleStep(10, Value.of(3.0e7))),
                        Value.of(0.002), Value.of(0.4)),
                new AssuranceInstrument.SelfBond("Corporate self-bond", null, Value.of(1.0e7)),
                new AssuranceInstrument.TrustFund("Water treatment trust", null, Value.of(0), Value.of(1.2e6),
                        new Normal(0.03, 0.07), Value.of(0.004), true));
        return new Scenario(name, description, "USD", BASE_YEAR,
                new SimulationSettings(4000, 42, HORIZON, Sampling.MONTE_CARLO),
                new Economics(new Uniform(0.01, 0.05)), new Triangular(8, 12, 14),
                new Forfeiture.AnnualHazard(Value.of(0.01), Value.of(0.03)),
                List.of(dump, plant), indirects,
                List.of(new Correlation("costItems/" + dumpName + "/unitCost", "costItems/" + PLANT + "/amount", 0.6)),
                List.of(pit, seepage), List.of(domain), risks, assurance);
    }

    // ---------------------------------------------------------------- results

    /** Results of the copper mine: 4,000 iterations, seed 42 (made once, shared: records are not changed). */
    static SimulationResults copperMineResults() {
        return CopperMine.RESULTS;
    }

    private static final class CopperMine {
        static final SimulationResults RESULTS = simulate(SCENARIO_NAME, PIT, 4000, 42, 1.0);
    }

    /** Results with hostile text as scenario and stream name. */
    static SimulationResults hostileResults() {
        return simulate(HOSTILE, HOSTILE, 800, 7, 1.0);
    }

    /** Another run of the copper mine, with costs scaled by {@code costFactor}, named {@code name}. */
    static SimulationResults variant(String name, double costFactor, long seed) {
        return simulate(name, PIT, 2000, seed, costFactor);
    }

    /**
     * A run in which no iteration forfeits: every figure over forfeiting iterations is
     * undefined (NaN, empty Stats and arrays, no bond sizing curve, no sensitivity), while the
     * timeline, cost, water and rehabilitation figures over all iterations remain.
     */
    static SimulationResults noForfeitureResults() {
        ResultsEdit e = new ResultsEdit(copperMineResults());
        e.forfeitureProbability = 0.0;
        e.coverageProbability = Double.NaN;
        e.coverageProbabilityCI95 = Interval.UNDEFINED;
        e.expectedPublicCost = 0.0;
        e.publicCost = new Stats(e.iterations, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        e.liability = Stats.EMPTY;
        e.assurance = Stats.EMPTY;
        e.shortfall = Stats.EMPTY;
        e.requiredAdditionalAssurance = RequiredAssurance.UNDEFINED;
        e.bondSizingCurve = List.of();
        e.sensitivity = List.of();
        List<InstrumentResult> instruments = new ArrayList<>();
        for (InstrumentResult i : e.instruments) {
            instruments.add(new InstrumentResult(i.name(), i.type(), Stats.EMPTY, Stats.EMPTY));
        }
        e.instruments = instruments;
        e.distributions = new Distributions(new double[0], new double[0], new double[0], e.distributions.costPV());
        return e.build();
    }

    private static SimulationResults simulate(String name, String pitName, int n, long seed, double costFactor) {
        Random rnd = new Random(seed);
        Map<String, double[]> inputs = new LinkedHashMap<>();
        for (String path : List.of("economics/discountRate", "closureYear",
                "costItems/" + DUMP + "/quantity", "costItems/" + DUMP + "/unitCost", "costItems/" + PLANT + "/amount",
                "indirectCosts/Contingency/percent", "waterTreatment/" + pitName + "/startYear",
                "waterTreatment/" + pitName + "/flow", "waterTreatment/" + pitName + "/unitCost",
                "waterTreatment/" + SEEPAGE + "/duration.initialConcentration",
                "waterTreatment/" + SEEPAGE + "/duration.halfLifeYears",
                "rehabilitation/" + DOMAIN + "/recovery.rate", "riskEvents/Tailings spillway upgrade/cost")) {
            inputs.put(path, new double[n]);
        }
        double[][] lt = new double[HORIZON][n];
        double[][] at = new double[HORIZON][n];
        int rehabStart = Integer.MAX_VALUE;
        double[][] condition = new double[n][HORIZON];
        boolean[] forfeits = new boolean[n];
        double[] liabilityAtT = new double[n];
        double[] assuranceAtT = new double[n];
        double[] publicCost = new double[n];
        double[] costPV = new double[n];
        double[] costUndiscounted = new double[n];
        double[] closureYear = new double[n];
        boolean[] pitNeeded = new boolean[n];
        double[] pitPV = new double[n];
        double[] seepageYears = new double[n];
        double[] seepagePV = new double[n];
        double[] completion = new double[n];
        double[] domainPV = new double[n];
        double[] relinquish = new double[n];
        double[] suretyFace = new double[n];
        double[] suretyReal = new double[n];
        double[] trustReal = new double[n];
        List<double[]> byInput = new ArrayList<>(inputs.values());

        for (int i = 0; i < n; i++) {
            double r = uniform(rnd, 0.01, 0.05);
            double c = triangular(rnd, 8, 12, 14);
            int cy = (int) Math.floor(c);
            closureYear[i] = c;
            double qty = triangular(rnd, 1.8e6, 2.0e6, 2.6e6);
            double unit = triangular(rnd, 2.1, 2.6, 4.0);
            double demolition = lognormal(rnd, 6.5e6, 1.5e6);
            double contingency = triangular(rnd, 10, 15, 30);
            double works = costFactor * (qty * unit + demolition) * (1 + (4 + 15 + contingency + 5) / 100);
            double v = 1 / (1 + r);

            pitNeeded[i] = rnd.nextDouble() < 0.6;
            double pitStart = Math.floor(uniform(rnd, 2, 10));
            double flow = lognormal(rnd, 12, 5);
            double pitUnit = triangular(rnd, 0.6, 0.9, 1.8);
            double annual = costFactor * (flow * 1e-3 * SECONDS_PER_YEAR * pitUnit + 350_000) * 1.05;
            double pitAtClosure = pitNeeded[i]
                    ? Math.pow(v, pitStart) * (annual * (1 + r) / r + costFactor * 9.0e6 * 1.05 / (1 - Math.pow(v, 25)))
                    : 0;

            double c0 = uniform(rnd, 20, 60);
            double halfLife = lognormal(rnd, 8, 3);
            double d = halfLife * Math.log(c0) / Math.log(2);
            double seepAnnual = costFactor * 2e-3 * SECONDS_PER_YEAR * 1.2;
            double seepAtClosure = seepAnnual * annuity(v, d);

            double rate = lognormal(rnd, 0.08, 0.03);
            int start = cy + 2;
            rehabStart = Math.min(rehabStart, start);
            double index = 0.05;
            int done = -1;
            double rehabAtClosure = 85 * 18_000 * Math.pow(v, 2);
            for (int t = 0; t < HORIZON; t++) {
                if (t > start) {
                    index = 1 - (1 - index) * Math.exp(-rate);
                    if (rnd.nextDouble() < 0.04) {
                        index *= 0.5;
                        rehabAtClosure += 85 * 6000 * Math.pow(v, t - cy);
                    }
                    if (done < 0) {
                        rehabAtClosure += 85 * 600 * Math.pow(v, t - cy);
                    }
                }
                if (done < 0 && t >= start && index >= 0.7) {
                    done = t;
                }
                condition[i][t] = index;
            }
            completion[i] = done;
            domainPV[i] = rehabAtClosure * Math.pow(v, cy);

            double spill = rnd.nextDouble() < 0.15 ? triangular(rnd, 2e6, 4e6, 12e6) : 0;
            double packageAtClosure = works + pitAtClosure + seepAtClosure + rehabAtClosure + spill * v;
            costPV[i] = packageAtClosure * Math.pow(v, cy);
            pitPV[i] = pitAtClosure * Math.pow(v, cy);
            seepageYears[i] = d;
            seepagePV[i] = seepAtClosure * Math.pow(v, cy);
            costUndiscounted[i] = works + spill + Math.min(d, HORIZON - cy) * seepAnnual
                    + (pitNeeded[i] ? (HORIZON - cy - pitStart) * annual + 9.0e6 * Math.ceil((HORIZON - cy - pitStart) / 25) : 0)
                    + 85 * 18_000;
            relinquish[i] = pitNeeded[i] || done < 0 ? Double.NaN : Math.max(cy + Math.ceil(d), done + 6);

            double[] in = {r, c, qty, unit, demolition, contingency, pitStart, flow, pitUnit, c0, halfLife, rate, spill};
            for (int k = 0; k < in.length; k++) {
                byInput.get(k)[i] = in[k];
            }

            int suretyDefault = geometricYear(rnd, 0.002);
            boolean operatorMayFail = rnd.nextDouble() < 0.72;
            double trust = 0;
            int forfeitYear = -1;
            for (int t = 0; t < HORIZON; t++) {
                double accrual = Math.min(1, 0.4 + 0.6 * t / 12.0);
                double l;
                if (t < cy) {
                    l = accrual * works + pitAtClosure + seepAtClosure + rehabAtClosure + spill * v;
                } else {
                    int k = t - cy;
                    l = works * Math.max(0, 1 - k / 3.0) + pitAtClosure
                            + seepAtClosure * Math.max(0, 1 - k / Math.max(d, 1)) + rehabAtClosure * Math.max(0, 1 - k / 30.0)
                            + (k < 1 ? spill : 0);
                }
                double face = t < 10 ? 1.5e7 : 3.0e7;
                double surety = t >= suretyDefault ? 0.4 * face : face;
                double a = surety + trust;
                lt[t][i] = l;
                at[t][i] = a;
                if (forfeitYear < 0 && operatorMayFail && rnd.nextDouble() < (t < cy ? 0.02 : 0.25)) {
                    forfeitYear = t;
                    suretyFace[i] = face;
                    suretyReal[i] = surety;
                    trustReal[i] = trust;
                }
                double ret = 0.03 + 0.07 * rnd.nextGaussian();
                double draw = t >= cy ? Math.min(trust, t - cy < 3 ? works / 3 : annual) : 0;
                trust = Math.max(0, (trust - draw) * (1 + ret - 0.004) + (t < cy ? 1.2e6 : 0));
            }
            forfeits[i] = forfeitYear >= 0;
            if (forfeits[i]) {
                liabilityAtT[i] = lt[forfeitYear][i];
                assuranceAtT[i] = at[forfeitYear][i];
                publicCost[i] = Math.max(0, liabilityAtT[i] - assuranceAtT[i]) * Math.pow(v, forfeitYear);
            }
        }

        double[] l = select(liabilityAtT, forfeits);
        double[] a = select(assuranceAtT, forfeits);
        double[] shortfall = new double[l.length];
        int covered = 0;
        for (int k = 0; k < l.length; k++) {
            shortfall[k] = Math.max(0, l[k] - a[k]);
            covered += a[k] >= l[k] ? 1 : 0;
        }
        double coverage = l.length == 0 ? Double.NaN : covered / (double) l.length;

        int years = HORIZON;
        int[] yearIndex = new int[years];
        double[][] lBand = new double[3][years];
        double[][] aBand = new double[3][years];
        double[] yearCoverage = new double[years];
        for (int t = 0; t < years; t++) {
            yearIndex[t] = t;
            double[] ls = lt[t].clone();
            double[] as = at[t].clone();
            int cov = 0;
            for (int i = 0; i < n; i++) {
                cov += as[i] >= ls[i] ? 1 : 0;
            }
            yearCoverage[t] = cov / (double) n;
            Arrays.sort(ls);
            Arrays.sort(as);
            double[] qs = {0.1, 0.5, 0.9};
            for (int q = 0; q < 3; q++) {
                lBand[q][t] = percentile(ls, qs[q]);
                aBand[q][t] = percentile(as, qs[q]);
            }
        }

        int fanYears = HORIZON - rehabStart;
        int[] fanYearIndex = new int[fanYears];
        double[][] fan = new double[3][fanYears];
        for (int k = 0; k < fanYears; k++) {
            fanYearIndex[k] = rehabStart + k;
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = condition[i][rehabStart + k];
            }
            Arrays.sort(column);
            fan[0][k] = percentile(column, 0.1);
            fan[1][k] = percentile(column, 0.5);
            fan[2][k] = percentile(column, 0.9);
        }
        double[] completed = finite(completion, x -> x >= 0);
        double[] relinquished = finite(relinquish, x -> true);

        double pitShare = count(pitNeeded) / (double) n;
        List<WaterStreamResult> water = List.of(
                new WaterStreamResult(pitName, pitShare, pitShare, Stats.EMPTY, stats(pitPV), new double[0],
                        percentiles101(pitPV)),
                new WaterStreamResult(SEEPAGE, 1.0, 0.0, stats(seepageYears), stats(seepagePV),
                        percentiles101(seepageYears), percentiles101(seepagePV)));
        List<DomainResult> land = List.of(new DomainResult(DOMAIN, stats(completed),
                1 - completed.length / (double) n, stats(domainPV), percentiles101(completed),
                new ConditionFan(fanYearIndex, fan[0], fan[1], fan[2], 0.7)));
        List<InstrumentResult> instruments = List.of(
                new InstrumentResult("Reclamation surety", "bond", stats(select(suretyFace, forfeits)),
                        stats(select(suretyReal, forfeits))),
                new InstrumentResult("Corporate self-bond", "self-bond", stats(constant(l.length, 1.0e7)),
                        stats(constant(l.length, 0))),
                new InstrumentResult("Water treatment trust", "trust-fund", stats(select(trustReal, forfeits)),
                        stats(select(trustReal, forfeits))));

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (Map.Entry<String, double[]> e : inputs.entrySet()) {
            sensitivity.add(new Sensitivity(e.getKey(), spearman(select(e.getValue(), forfeits), l)));
        }
        sensitivity.sort(Comparator.comparingDouble((Sensitivity s) -> -Math.abs(s.spearman())));

        return new SimulationResults(name, "USD", n, seed, Sampling.MONTE_CARLO,
                l.length / (double) n, coverage, wilson(covered, l.length), mean(publicCost), stats(publicCost),
                stats(l), stats(a), stats(shortfall), required(shortfall), curve(shortfall), stats(costPV),
                stats(costUndiscounted), water, land, stats(relinquished), 1 - relinquished.length / (double) n,
                instruments, sensitivity, stats(closureYear),
                new Distributions(percentiles101(l), percentiles101(a), percentiles101(shortfall),
                        percentiles101(costPV)),
                new Timeline(yearIndex, new Band(lBand[0], lBand[1], lBand[2]), new Band(aBand[0], aBand[1], aBand[2]),
                        yearCoverage),
                new RunInfo(n, n, false, 2, 1.5, n / 1.5, "SplitMix64 per (seed, iteration)", "0.1.0-SNAPSHOT"));
    }

    // ---------------------------------------------------------------- summaries

    /** Percentile {@code p} (0..1) of sorted {@code xs}, Hyndman–Fan type 7. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Percentiles 0..100 of {@code xs}; empty for no data. */
    static double[] percentiles101(double[] xs) {
        if (xs.length == 0) {
            return new double[0];
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        double[] out = new double[101];
        for (int k = 0; k <= 100; k++) {
            out[k] = percentile(sorted, k / 100.0);
        }
        return out;
    }

    static Stats stats(double[] xs) {
        int n = xs.length;
        if (n == 0) {
            return Stats.EMPTY;
        }
        double[] s = xs.clone();
        Arrays.sort(s);
        double mean = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        return new Stats(n, mean, sd, sd / Math.sqrt(n), s[0], percentile(s, 0.05), percentile(s, 0.10),
                percentile(s, 0.50), percentile(s, 0.80), percentile(s, 0.90), percentile(s, 0.95),
                percentile(s, 0.99), s[n - 1]);
    }

    /** The smallest {@code x >= 0} with {@code P(shortfall <= x) >= q}, at each reported level. */
    static RequiredAssurance required(double[] shortfall) {
        if (shortfall.length == 0) {
            return RequiredAssurance.UNDEFINED;
        }
        double[] s = shortfall.clone();
        Arrays.sort(s);
        double[] x = new double[RequiredAssurance.LEVELS.length];
        for (int i = 0; i < x.length; i++) {
            int k = (int) Math.ceil(RequiredAssurance.LEVELS[i] * s.length - 1e-9);
            x[i] = k == 0 ? 0 : s[k - 1];
        }
        return new RequiredAssurance(x[0], x[1], x[2], x[3], x[4]);
    }

    /** {@code x = 0} and the percentiles 1..100 of the shortfall, each with {@code P(shortfall <= x)}. */
    static List<BondSizingPoint> curve(double[] shortfall) {
        if (shortfall.length == 0) {
            return List.of();
        }
        double[] s = shortfall.clone();
        Arrays.sort(s);
        List<BondSizingPoint> out = new ArrayList<>();
        out.add(new BondSizingPoint(0, share(s, 0)));
        for (int k = 1; k <= 100; k++) {
            double x = percentile(s, k / 100.0);
            out.add(new BondSizingPoint(x, share(s, x)));
        }
        return out;
    }

    private static double share(double[] sorted, double x) {
        int k = Arrays.binarySearch(sorted, Math.nextUp(x));
        int atMost = k >= 0 ? k : -k - 1;
        return atMost / (double) sorted.length;
    }

    static Interval wilson(int successes, int n) {
        if (n == 0) {
            return Interval.UNDEFINED;
        }
        double z = 1.959963984540054;
        double p = successes / (double) n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new Interval(centre - half, centre + half);
    }

    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = mean(rx);
        double my = mean(ry);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[x.length];
        for (int i = 0; i < x.length; ) {
            int j = i;
            while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    // ---------------------------------------------------------------- small pieces

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return xs.length == 0 ? Double.NaN : s / xs.length;
    }

    private static double[] select(double[] xs, boolean[] keep) {
        double[] out = new double[count(keep)];
        for (int i = 0, k = 0; i < xs.length; i++) {
            if (keep[i]) {
                out[k++] = xs[i];
            }
        }
        return out;
    }

    private static double[] finite(double[] xs, java.util.function.DoublePredicate keep) {
        return Arrays.stream(xs).filter(x -> Double.isFinite(x) && keep.test(x)).toArray();
    }

    private static double[] constant(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }

    private static double annuity(double v, double years) {
        double whole = Math.floor(years);
        double sum = (1 - Math.pow(v, whole)) / (1 - v);
        return sum + (years - whole) * Math.pow(v, whole);
    }

    private static int geometricYear(Random rnd, double p) {
        return (int) Math.floor(Math.log(1 - rnd.nextDouble()) / Math.log(1 - p));
    }

    private static double uniform(Random rnd, double min, double max) {
        return min + (max - min) * rnd.nextDouble();
    }

    private static double triangular(Random rnd, double min, double mode, double max) {
        double u = rnd.nextDouble();
        double f = (mode - min) / (max - min);
        return u < f ? min + Math.sqrt(u * (max - min) * (mode - min))
                : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    }

    private static double lognormal(Random rnd, double mean, double sd) {
        double s2 = Math.log1p(sd * sd / (mean * mean));
        return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * rnd.nextGaussian());
    }
}
