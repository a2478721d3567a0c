package org.closureassurance.scenarios.reliability;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;

/**
 * What every set of results must satisfy whatever the scenario (docs/model.md,
 * "Statistics"): figures finite where defined and NaN only where undefined,
 * probabilities in [0, 1], percentiles in order (min, p5 ... p99, max, and the 101-point
 * distributions), shortfalls and required amounts never negative, the bond sizing curve
 * rising. {@link #violations} lists every breach; {@link #check} fails on the first list.
 */
public final class ResultsInvariants {
    private static final double WILSON_SLACK = 1e-15;

    private final List<String> problems = new ArrayList<>();

    private ResultsInvariants() {
    }

    /** Throws an {@link AssertionError} naming every invariant {@code r} breaks. */
    public static void check(SimulationResults r) {
        List<String> v = violations(r);
        if (!v.isEmpty()) {
            throw new AssertionError("results break " + v.size() + " invariant(s):\n  " + String.join("\n  ", v));
        }
    }

    /** Every invariant {@code r} breaks, one line each; empty when it keeps them all. */
    public static List<String> violations(SimulationResults r) {
        ResultsInvariants c = new ResultsInvariants();
        c.all(r);
        return c.problems;
    }

    private void all(SimulationResults r) {
        int n = r.run().completedIterations();
        require(n == r.iterations(), "iterations " + r.iterations() + " != completed " + n);
        require(r.run().cancelled() || n == r.run().requestedIterations(), "not cancelled but only " + n + " done");
        boolean forfeits = r.liability().count() > 0;
        probability("forfeitureProbability", r.forfeitureProbability(), n > 0);
        probability("coverageProbability", r.coverageProbability(), forfeits);
        probability("coverageProbabilityCI95.lower", r.coverageProbabilityCI95().lower(), forfeits);
        probability("coverageProbabilityCI95.upper", r.coverageProbabilityCI95().upper(), forfeits);
        if (forfeits) {
            // 1e-15 of slack: the Wilson lower bound at 0 covered comes out near 1e-18 instead of 0
            // (EngineBugRegressionTest.wilsonIntervalContainsAZeroCoverage).
            require(r.coverageProbabilityCI95().lower() <= r.coverageProbability() + WILSON_SLACK
                    && r.coverageProbability() <= r.coverageProbabilityCI95().upper() + WILSON_SLACK,
                    "coverage outside its interval");
            long expectedForfeiting = Math.round(r.forfeitureProbability() * n);
            require(r.liability().count() == expectedForfeiting, "liability count " + r.liability().count()
                    + " does not match forfeiture probability x iterations " + expectedForfeiting);
        }
        stats("publicCost", r.publicCost(), n, true);
        require(r.publicCost().isEmpty() || r.publicCost().min() >= 0, "publicCost.min < 0");
        require(same(r.expectedPublicCost(), r.publicCost().mean()), "expectedPublicCost != publicCost.mean");
        stats("liability", r.liability(), r.liability().count(), true);
        stats("assurance", r.assurance(), r.liability().count(), true);
        stats("shortfall", r.shortfall(), r.liability().count(), true);
        require(r.shortfall().isEmpty() || r.shortfall().min() >= 0, "shortfall.min < 0: " + r.shortfall().min());
        require(r.liability().isEmpty() || r.shortfall().max() <= Math.max(0, r.liability().max() - r.assurance().min()),
                "shortfall.max > max(0, liability.max - assurance.min)");
        required(r.requiredAdditionalAssurance(), forfeits);
        curve(r.bondSizingCurve(), forfeits, r.coverageProbability());
        stats("costPV", r.costPV(), n, true);
        stats("costUndiscounted", r.costUndiscounted(), n, true);
        for (WaterStreamResult w : r.waterTreatment()) {
            String p = "waterTreatment[" + w.name() + "]";
            probability(p + ".probabilityRequired", w.probabilityRequired(), n > 0);
            probability(p + ".perpetualProbability", w.perpetualProbability(), n > 0);
            require(!(w.perpetualProbability() > w.probabilityRequired()), p + ": perpetual more often than needed");
            stats(p + ".durationYears", w.durationYears(), w.durationYears().count(), true);
            stats(p + ".pv", w.pv(), n, true);
            hundredths(p + ".durationPercentiles", w.durationPercentiles(), w.durationYears());
            hundredths(p + ".pvPercentiles", w.pvPercentiles(), w.pv());
        }
        for (DomainResult d : r.rehabilitation()) {
            String p = "rehabilitation[" + d.name() + "]";
            stats(p + ".completionYear", d.completionYear(), d.completionYear().count(), true);
            probability(p + ".probabilityIncomplete", d.probabilityIncomplete(), n > 0);
            stats(p + ".pv", d.pv(), n, true);
            hundredths(p + ".completionYearPercentiles", d.completionYearPercentiles(), d.completionYear());
            double[] p10 = d.conditionIndex().p10();
            double[] p50 = d.conditionIndex().p50();
            double[] p90 = d.conditionIndex().p90();
            for (int k = 0; k < p50.length; k++) {
                require(p10[k] >= -1e-12 && p90[k] <= 1 + 1e-12, p + ".conditionIndex outside [0, 1] at " + k);
                require(p10[k] <= p50[k] && p50[k] <= p90[k], p + ".conditionIndex bands out of order at " + k);
            }
        }
        stats("relinquishmentYear", r.relinquishmentYear(), r.relinquishmentYear().count(), true);
        probability("relinquishmentNeverProbability", r.relinquishmentNeverProbability(), n > 0);
        for (InstrumentResult i : r.instruments()) {
            stats("instruments[" + i.name() + "].face", i.face(), i.face().count(), true);
            stats("instruments[" + i.name() + "].realisable", i.realisable(), i.realisable().count(), true);
            require(i.realisable().isEmpty() || i.realisable().min() >= 0, i.name() + ": realisable < 0");
        }
        for (Sensitivity s : r.sensitivity()) {
            require(s.spearman() >= -1 && s.spearman() <= 1, "sensitivity " + s.input() + " = " + s.spearman());
        }
        stats("closureYear", r.closureYear(), n, true);
        hundredths("distributions.liability", r.distributions().liability(), r.liability());
        hundredths("distributions.assurance", r.distributions().assurance(), r.assurance());
        hundredths("distributions.shortfall", r.distributions().shortfall(), r.shortfall());
        hundredths("distributions.costPV", r.distributions().costPV(), r.costPV());
        timeline(r);
    }

    private void timeline(SimulationResults r) {
        int[] years = r.timeline().years();
        double[] coverage = r.timeline().coverageProbability();
        require(coverage.length == years.length, "timeline lengths differ");
        for (int t = 0; t < years.length; t++) {
            require(years[t] == t, "timeline year " + t + " is " + years[t]);
            probability("timeline.coverageProbability[" + t + "]", coverage[t], true);
        }
        band("timeline.liability", r.timeline().liability(), years.length);
        band("timeline.assurance", r.timeline().assurance(), years.length);
    }

    private void band(String name, Band b, int years) {
        require(b.p10().length == years && b.p50().length == years && b.p90().length == years, name + " length");
        for (int t = 0; t < Math.min(years, b.p50().length); t++) {
            require(Double.isFinite(b.p10()[t]) && Double.isFinite(b.p50()[t]) && Double.isFinite(b.p90()[t]),
                    name + " not finite in year " + t);
            require(b.p10()[t] <= b.p50()[t] && b.p50()[t] <= b.p90()[t], name + " out of order in year " + t
                    + ": " + b.p10()[t] + ", " + b.p50()[t] + ", " + b.p90()[t]);
        }
    }

    private void required(RequiredAssurance q, boolean defined) {
        double previous = 0;
        for (int i = 0; i < RequiredAssurance.LEVELS.length; i++) {
            double x = q.at(i);
            if (!defined) {
                require(Double.isNaN(x), "requiredAdditionalAssurance defined without forfeiture");
                continue;
            }
            require(Double.isFinite(x) && x >= previous, "requiredAdditionalAssurance not rising from 0 at level "
                    + RequiredAssurance.LEVELS[i] + ": " + x);
            previous = x;
        }
    }

    private void curve(List<BondSizingPoint> curve, boolean defined, double coverage) {
        if (!defined) {
            require(curve.isEmpty(), "bond sizing curve without forfeiture");
            return;
        }
        require(curve.size() == 101, "bond sizing curve has " + curve.size() + " points");
        require(curve.get(0).additional() == 0 && same(curve.get(0).coverageProbability(), coverage)
                || curve.get(0).coverageProbability() >= coverage, "bond sizing curve does not start at coverage");
        for (int i = 0; i < curve.size(); i++) {
            BondSizingPoint p = curve.get(i);
            probability("bondSizingCurve[" + i + "]", p.coverageProbability(), true);
            require(Double.isFinite(p.additional()) && p.additional() >= 0, "bondSizingCurve[" + i + "] additional");
            if (i > 0) {
                BondSizingPoint q = curve.get(i - 1);
                require(p.additional() >= q.additional() && p.coverageProbability() >= q.coverageProbability(),
                        "bond sizing curve falls at " + i);
            }
        }
        require(curve.get(100).coverageProbability() == 1.0, "bond sizing curve does not reach 1");
    }

    private void stats(String name, Stats s, long count, boolean finite) {
        require(s.count() == count, name + ".count " + s.count() + " != " + count);
        double[] ordered = {s.min(), s.p5(), s.p10(), s.p50(), s.p80(), s.p90(), s.p95(), s.p99(), s.max()};
        if (s.count() == 0) {
            for (double x : ordered) {
                require(Double.isNaN(x), name + " has a number without data");
            }
            require(Double.isNaN(s.mean()) && Double.isNaN(s.sd()), name + " has a mean without data");
            return;
        }
        for (double x : ordered) {
            require(!finite || Double.isFinite(x), name + " is not finite: " + s);
        }
        require(!finite || Double.isFinite(s.mean()), name + ".mean is not finite: " + s.mean());
        for (int i = 1; i < ordered.length; i++) {
            require(ordered[i - 1] <= ordered[i], name + " percentiles out of order: " + s);
        }
        require(s.count() < 2 || s.sd() >= 0 || Double.isNaN(s.sd()) && !finite, name + ".sd " + s.sd());
        double slack = 1e-9 * Math.max(Math.abs(s.min()), Math.abs(s.max()));
        require(!Double.isFinite(s.mean()) || s.mean() >= s.min() - slack && s.mean() <= s.max() + slack,
                name + ".mean outside [min, max]: " + s);
    }

    private void hundredths(String name, double[] p, Stats s) {
        if (s.count() == 0) {
            require(p.length == 0, name + " has points without data");
            return;
        }
        require(p.length == 101, name + " has " + p.length + " points");
        for (int i = 1; i < p.length; i++) {
            require(p[i - 1] <= p[i], name + " falls at " + i);
        }
        require(p.length == 0 || same(p[0], s.min()) && same(p[100], s.max()), name + " ends differ from min/max");
        require(p.length == 0 || same(p[50], s.p50()), name + "[50] != p50");
    }

    private void probability(String name, double p, boolean defined) {
        if (!defined) {
            require(Double.isNaN(p), name + " defined without data: " + p);
            return;
        }
        require(p >= 0 && p <= 1, name + " outside [0, 1]: " + p);
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0 || a == b;
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            problems.add(message);
        }
    }
}
