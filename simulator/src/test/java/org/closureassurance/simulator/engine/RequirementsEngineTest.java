package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Estimate;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** The base estimate and each rule's figures, against values worked out by hand or in closed form. */
class RequirementsEngineTest {
    private static SimulationResults run(Scenario s, int threads) {
        return new MonteCarloEngine(threads).run(s, ProgressListener.NONE);
    }

    @Test
    void theBaseEstimateOfTriangularPertAndDiscreteInputsIsWorkedOutByHand() {
        // Closure: discrete {2: 0.3, 5: 0.1, 9: 0.2}; the cumulative weight of 2 is 0.3/0.6, which is
        // 0.4999999999999999 in doubles, and reaches 0.5 within the 1e-12 tolerance: C = 2.
        Value closure = new Discrete(new double[] {5, 2, 9}, new double[] {0.1, 0.3, 0.2});
        // Discount rate triangular(0.02, 0.03, 0.06): mode at 1/4 of the range, below the middle, so
        // the median is max - sqrt((max - min)(max - mode)/2) = 0.06 - sqrt(0.0006) = 0.035505102572.
        double r = 0.06 - Math.sqrt(0.04 * 0.03 / 2);
        double v = 1 / (1 + r);
        // Backfill: quantity triangular(100, 200, 400) m3, median 400 - sqrt(300 x 200 / 2) =
        // 400 - sqrt(30000) = 226.79491924; unit cost PERT(10, 15, 20), symmetric (a = b = 3):
        // median 15. One year at relative year 0: 3,401.92378864.
        double backfill = (400 - Math.sqrt(30_000)) * 15;
        CostItem priced = new CostItem("Backfill", null, "earthworks",
                new Quantity(new Triangular(100, 200, 400), "m3", 1), new UnitRate(new Pert(10, 15, 20), "m3", 1),
                null, 0, 1, List.of());
        // Demolition: triangular(1e6, 2e6, 2e6), mode at the top: median min + sqrt((max - min)(mode - min)/2)
        // = 1e6 + sqrt(5e11) = 1,707,106.78; spread over relative years 2 and 3.
        double demolition = 1e6 + Math.sqrt(5e11);
        // Water: needed with probability 0.5 (>= 0.5: needed), 100,000 a year for 3 years from
        // relative year 1. A once-only event of probability 0.4 does not happen; a yearly event of
        // annual probability 0.6 happens in every year of its window, which runs to the last year
        // before the horizon, H - 1 - C = 47 (fewer than its 100 occurrences): 50,000 in relative
        // years 0..47, worth 50,000 (1 - v^48)/(1 - v). With C = 5 it would be 45 years: the
        // closure year's median decides the figure.
        WaterStream water = new WaterStream("Seepage", null, Value.of(0.5), Value.of(1), null, null,
                Value.of(100_000), Value.of(0), null, new WaterDuration.Years(Value.of(3)));
        RiskEvent once = new RiskEvent("Spillway", null, Value.of(4e6), new RiskOccurrence.Once(Value.of(0.4), 1));
        RiskEvent yearly = new RiskEvent("Erosion", null, Value.of(50_000),
                new RiskOccurrence.PerYear(Value.of(0.6), 0, null, 100));
        // Rehabilitation: 10 ha, 1,000 a ha at relative 0, gap halved each year (rate ln 2) to a
        // target of 0.75: complete after 2 years; maintenance 100 a ha in relative years 1 and 2.
        // Its setbacks (probability 1 a year, half the condition lost) never happen in the median world.
        RehabilitationDomain dump = new RehabilitationDomain("Dump", null, new Quantity(Value.of(10), "ha", 10_000),
                Value.of(0), new UnitRate(Value.of(1000), "ha", 10_000), new UnitRate(Value.of(100), "ha", 10_000), 0,
                Value.of(0), new Recovery(RecoveryModel.EXPONENTIAL, Value.of(Math.log(2)), Value.of(0),
                Value.of(0.75)), new Setback(Value.of(1), Value.of(0.5), new UnitRate(Value.of(5000), "ha", 10_000)));
        Scenario s = scenario().iterations(200).horizon(50).closure(closure)
                .rate(new Triangular(0.02, 0.03, 0.06)).item(priced)
                .item(CostItem.lump("Demolition", "demolition", new Triangular(1e6, 2e6, 2e6), 2, 2))
                .water(water).risk(once).risk(yearly).domain(dump).build();
        // L_C at closure, by relative year k (discounted by v^k):
        // k0: backfill + 10,000 (establishment);  k1: 100,000 (water) + 1,000 (maintenance);
        // k2: demolition/2 + 100,000 + 1,000;  k3: demolition/2 + 100,000;  erosion in k0..k47.
        double expected = (backfill + 10_000) + v * (100_000 + 1_000)
                + v * v * (demolition / 2 + 100_000 + 1_000) + v * v * v * (demolition / 2 + 100_000)
                + 50_000 * (1 - Math.pow(v, 48)) / (1 - v);
        SimulationResults res = run(s, 1);
        assertEquals(expected, res.baseEstimate(), expected * 1e-12);
    }

    @Test
    void aLogNormalLiabilityIsCoveredByAPercentOfTheBaseEstimateWithProbabilityPhiOfLnPercentOverSigma() {
        // L is one lump at closure (year 0, forfeiture at closure): L = X, X log-normal with
        // mean 10 M and sd 4 M: sigma^2 = ln(1.16), median e^mu. The base estimate is that
        // median, so R = 1.3 e^mu and P(R >= L) = Phi(ln 1.3 / sigma) = Phi(0.68091) = 0.75203.
        LogNormal x = new LogNormal(1e7, 4e6);
        int n = 20_000;
        Scenario s = scenario().iterations(n).closure(0)
                .item(CostItem.lump("Works", "earthworks", x, 0, 1)).build()
                .withRequirements(List.of(new Requirement.PercentOfEstimate("Full cost", null, new Estimate.Base(), 130,
                        0)));
        SimulationResults res = run(s, 2);
        assertEquals(Math.exp(x.mu()), res.baseEstimate(), Math.exp(x.mu()) * 1e-12);
        double p = new NormalDistribution(null, 0, 1).cumulativeProbability(Math.log(1.3) / x.sigma());
        RequirementResult rule = res.requirements().get(0);
        double se = Math.sqrt(p * (1 - p) / n);
        // 4 standard errors: a chance failure 6 times in 100,000 runs (fixed seed: never).
        assertEquals(p, rule.coverageProbability(), 4 * se);
        assertTrue(rule.coverageProbabilityCI95().lower() < p && p < rule.coverageProbabilityCI95().upper());
        assertEquals(1.3 * Math.exp(x.mu()), rule.required().mean(), 1e-6);
        assertEquals(0, rule.required().sd());
        // 90 % cover needs the 90th percentile of L less R: e^mu (e^(1.28155 sigma) - 1.3) = 0.3330 e^mu,
        // within the sampling error of a 90th percentile (about 1 % of e^mu here).
        double p90 = Math.exp(x.mu()) * (Math.exp(1.2815515655446004 * x.sigma()) - 1.3);
        assertEquals(p90, rule.requiredAdditional().p90(), 0.02 * Math.exp(x.mu()));
        assertNull(rule.contributionPV());
        assertTrue(Double.isNaN(rule.fairness()));
    }

    @Test
    void pooledContributionsAreWorthCTimesVTimesOneMinusVToTheNOverOneMinusV() {
        // Closure in year 10, r = 5 %, estimate 1e7 at 2 % a year: c = 200,000 paid at the end of
        // years 0..n-1, worth c v (1 - v^n)/(1 - v). Walking away in year 4 stops them at n = 4;
        // at closure (year 10) n = 10.
        double v = 1 / 1.05;
        double c = 200_000;
        Requirement pooled = new Requirement.PooledContribution("Pool", null, new Estimate.Amount(1e7), 2, 0);
        Scenario early = scenario().iterations(50).closure(10).forfeitIn(4)
                .lump("Works", 1e7, 0, 1).build().withRequirements(List.of(pooled));
        RequirementResult e = run(early, 1).requirements().get(0);
        double pv4 = c * v * (1 - Math.pow(v, 4)) / (1 - v);
        assertEquals(pv4, e.contributionPV().mean(), pv4 * 1e-12);
        assertEquals(0, e.contributionPV().sd(), 1e-9);
        // Nothing is held (R = 0): walking away in year 4 leaves the whole package, 1e7 at its own
        // relative year 0, to the public: 1e7 v^4 at year 0. Fairness is the ratio of the two.
        assertEquals(1e7 * Math.pow(v, 4), e.expectedPublicCost(), 1e-3);
        assertEquals(pv4 / (1e7 * Math.pow(v, 4)), e.fairness(), 1e-12);
        assertEquals(0, e.coverageProbability());
        Scenario atClosure = scenario().iterations(50).closure(10).lump("Works", 1e7, 0, 1).build()
                .withRequirements(List.of(pooled));
        double pv10 = c * v * (1 - Math.pow(v, 10)) / (1 - v);
        assertEquals(pv10, run(atClosure, 1).requirements().get(0).contributionPV().mean(), pv10 * 1e-12);
    }

    @Test
    void belowTheThresholdAPooledSchemeTakesSuretyAndHasNoFairness() {
        Requirement pooled = new Requirement.PooledContribution("Pool", null, new Estimate.Amount(5e6), 2, 1e7);
        Scenario s = scenario().iterations(50).closure(10).lump("Works", 1e7, 0, 1).build()
                .withRequirements(List.of(pooled));
        RequirementResult r = run(s, 1).requirements().get(0);
        assertEquals(5e6, r.required().mean());
        assertEquals(0, r.contributionPV().mean());
        assertTrue(Double.isNaN(r.fairness()));
        // The surety of 5 M against a liability of 1e7 at closure: 5 M short, valued at year 0.
        assertEquals(5e6 * Math.pow(1 / 1.05, 10), r.expectedPublicCost(), 1e-3);
    }

    @Test
    void phasedSecurityFollowsTheForfeitureYear() {
        // Closure 20, walk-away in year 10: y = 10, between S = 15 and F = 6:
        // 7 M + (1e7 - 7 M)(15 - 10)/9 = 8,666,666.67.
        Requirement phased = new Requirement.Phased("Phased", null, new Estimate.Base(), 7e6, 100, 15, 6);
        Scenario s = scenario().iterations(20).closure(20).forfeitIn(10).lump("Works", 1e7, 0, 1).build()
                .withRequirements(List.of(phased));
        SimulationResults res = run(s, 1);
        assertEquals(1e7, res.baseEstimate(), 1e-6);
        assertEquals(7e6 + 3e6 * 5 / 9, res.requirements().get(0).required().mean(), 1e-6);
    }

    @Test
    void ruleFiguresDoNotDependOnTheThreads() {
        Scenario s = scenario().iterations(3000).closure(new Triangular(5, 10, 20))
                .forfeiture(new org.closureassurance.simulator.model.Forfeiture.AnnualHazard(Value.of(0.03),
                        Value.of(0.05)))
                .item(CostItem.lump("Works", "earthworks", new LogNormal(1e7, 3e6), 0, 3)).build()
                .withRequirements(List.of(
                        new Requirement.Phased("Phased", null, new Estimate.Base(), 1e6, 100, 8, 2),
                        new Requirement.PooledContribution("Pool", null, new Estimate.Base(), 1.5, 0)));
        SimulationResults one = run(s, 1);
        SimulationResults three = run(s, 3);
        assertEquals(one.requirements(), three.requirements());
        assertEquals(one.baseEstimate(), three.baseEstimate());
    }

    @Test
    void theMedianWorldAppliesOverrunMultipliersAtTheirMedians() {
        // A log-normal multiplier with P10 1 and P90 1.44 has median sqrt(1 x 1.44) = 1.2; an
        // AACE class 3 estimate (P10 0.8, P90 1.3) has median sqrt(0.8 x 1.3) = 1.0198039. A lump
        // of 1 M at closure is estimated at 1 M x 1.2 x 1.0198039 = 1,223,764.68.
        Scenario s = scenario().iterations(20).closure(3).lump("Works", 1e6, 0, 1).build();
        s = s.withOverruns(List.of(new org.closureassurance.simulator.model.Overrun("Scope", null,
                        new org.closureassurance.simulator.value.LogNormalRange(1, 1.44), null),
                new org.closureassurance.simulator.model.Overrun("Class", null,
                        new org.closureassurance.simulator.value.EstimateClass(3), null)));
        double expected = 1e6 * 1.2 * Math.sqrt(0.8 * 1.3);
        assertEquals(expected, run(s, 1).baseEstimate(), expected * 1e-12);
    }

    @Test
    void aRulesPublicCostIsLoweredByEstateRecoveryAndTheBaseEstimateCarriesTheThirdPartysPremium() {
        // One lump of 10 M at closure (year 4, r = 5 %), walk-away at closure. After forfeiture a
        // third party charges 20 % more and the estate recovers 25 %: the base estimate is
        // L_C = 12 M; a rule of 50 % of it holds 6 M, so 6 M is short, less a quarter, valued at
        // year 0: 6 M x 0.75 / 1.05^4 = 3,702,113.07. Nothing held: 12 M x 0.75 / 1.05^4.
        Scenario s = scenario().iterations(20).closure(4).lump("Works", 1e7, 0, 1).build();
        s = new Scenario(s.name(), null, s.currency(), s.baseYear(), s.simulation(), s.economics(), s.closureYear(),
                s.forfeiture(), s.costItems(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), new org.closureassurance.simulator.model.AfterForfeiture(Value.of(0), Value.of(0),
                Value.of(20), Value.of(0.25)), List.of(
                new Requirement.PercentOfEstimate("Half", null, new Estimate.Base(), 50, 0),
                new Requirement.PooledContribution("Pool", null, new Estimate.Amount(1e6), 10, 0)));
        SimulationResults r = run(s, 1);
        double v4 = Math.pow(1.05, -4);
        assertEquals(1.2e7, r.baseEstimate(), 1e-3);
        assertEquals(6e6 * 0.75 * v4, r.requirements().get(0).expectedPublicCost(), 1e-3);
        assertEquals(1.2e7 * 0.75 * v4, r.requirements().get(1).expectedPublicCost(), 1e-3);
        // 100,000 a year at the end of years 0..3: 1e5 (v + v^2 + v^3 + v^4).
        double pv = 1e5 * (1 - v4) / 0.05;
        assertEquals(pv, r.requirements().get(1).contributionPV().mean(), 1e-6);
        assertEquals(pv / (1.2e7 * 0.75 * v4), r.requirements().get(1).fairness(), 1e-12);
    }
}
