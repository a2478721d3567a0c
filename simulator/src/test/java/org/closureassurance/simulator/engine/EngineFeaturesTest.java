package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * One closed-form or hand-enumerated case per model feature (docs/model.md).
 * Exact cases compare to 1e-9 relative; statistical ones to four standard errors (a
 * false alarm about once in 16,000 runs, but the seeds are fixed, so a run either always
 * passes or always fails).
 */
class EngineFeaturesTest {
    private static final double EXACT = 1e-9;

    static SimulationResults run(Scenario s) {
        return new MonteCarloEngine(2).run(s, ProgressListener.NONE);
    }

    static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.max(1e-6, Math.abs(expected) * EXACT));
    }

    static WaterStream stream(String name, double start, double fixed, double capital, Integer every, WaterDuration d) {
        return new WaterStream(name, null, Value.of(1), Value.of(start), null, null, Value.of(fixed),
                Value.of(capital), every, d);
    }

    static final Quantity HECTARES_10 = new Quantity(Value.of(10), "ha", 10_000);

    static UnitRate perHectare(double amount) {
        return new UnitRate(Value.of(amount), "ha", 10_000);
    }

    @Test
    void accrualScalesTheLiabilityBeforeClosure() {
        // Closure in year 10; the item accrues from 40 % in year 0 to 100 % in year 10, so in
        // year 5 the fraction is 0.4 + 0.6 * 5/10 = 0.7 and L_5 = 0.7 * 10 M (the package's
        // value at its own relative year 0, where the item falls).
        CostItem item = new CostItem("Dump", null, "earthworks", null, null, Value.of(10e6), 0, 1,
                List.of(new AccrualPoint(0, 0.4), new AccrualPoint(10, 1.0)));
        SimulationResults r = run(scenario().closure(10).forfeitIn(5).item(item).build());
        assertClose(7e6, r.liability().mean());
        assertClose(4e6, r.timeline().liability().p50()[0]);
        assertClose(10e6, r.timeline().liability().p50()[10]);
        // After the item's year nothing is left to pay.
        assertEquals(0.0, r.timeline().liability().p50()[12]);
    }

    @Test
    void indirectCostsApplyByCategory() {
        // Engineering 10 % applies to every cost item (no appliesTo); administration 5 % only to
        // demolition and water treatment. All flows in relative year 0 with closure in year 0:
        // 1 M * 1.10 + 2 M * (1.10 + 0.05) + 100 k * 1.05 = 3.505 M.
        Scenario s = scenario()
                .item(CostItem.lump("Reshaping", "earthworks", Value.of(1e6), 0, 1))
                .item(CostItem.lump("Plant", "demolition", Value.of(2e6), 0, 1))
                .indirect(new IndirectCost("Engineering", null, Value.of(10), null))
                .indirect(new IndirectCost("Administration", null, Value.of(5),
                        List.of("demolition", IndirectCost.WATER_TREATMENT)))
                .water(stream("Seepage", 0, 100_000, 0, null, new WaterDuration.Years(Value.of(1))))
                .build();
        assertClose(3.505e6, run(s).liability().mean());
    }

    @Test
    void bondScheduleStepsAtItsFromYear() {
        // The face is the last step with fromYear <= t: 1 M in year 9, 3 M from year 10.
        AssuranceInstrument bond = new AssuranceInstrument.Bond("Surety", null, BondKind.SURETY, null,
                List.of(new ScheduleStep(10, Value.of(3e6)), new ScheduleStep(0, Value.of(1e6))),
                Value.of(0), Value.of(0));
        assertClose(1e6, run(scenario().closure(20).forfeitIn(9).instrument(bond).build()).assurance().mean());
        assertClose(3e6, run(scenario().closure(20).forfeitIn(10).instrument(bond).build()).assurance().mean());
        assertEquals(0.0, run(scenario().closure(20).forfeitIn(3)
                .instrument(new AssuranceInstrument.Bond("Late", null, BondKind.CASH, null,
                        List.of(new ScheduleStep(5, Value.of(1e6))), Value.of(0), Value.of(0)))
                .build()).assurance().mean());
    }

    @Test
    void providerFailureFollowsTheYearlyDefaultProbability() {
        // P(failed by year t) = 1 - (1 - p)^(t + 1); with p = 0.1 and t = 4, q = 1 - 0.9^5 =
        // 0.40951. A = 100 before failure and 0.5 * 100 after: E[A] = 100 - 50 q = 79.5245,
        // sd(A) = 50 sqrt(q (1 - q)).
        double q = 1 - Math.pow(0.9, 5);
        int n = 100_000;
        AssuranceInstrument bond = new AssuranceInstrument.Bond("Surety", null, BondKind.SURETY, Value.of(100),
                null, Value.of(0.1), Value.of(0.5));
        SimulationResults r = run(scenario().iterations(n).closure(10).forfeitIn(4).instrument(bond).build());
        double se = 50 * Math.sqrt(q * (1 - q) / n);
        assertEquals(100 - 50 * q, r.assurance().mean(), 4 * se);
    }

    @Test
    void logisticRecoveryCompletesInTheClosedFormYear() {
        // t* = ln((target / (1 - target)) * ((1 - I0) / I0)) / rate = ln(9 * 9) / 0.5 = 8.789,
        // so the domain completes ceil(t*) = 9 years after its start: absolute year
        // C + startYear + 9 = 2 + 3 + 9 = 14.
        RehabilitationDomain d = new RehabilitationDomain("Dump", null, HECTARES_10, Value.of(3), perHectare(1000),
                perHectare(100), 2, Value.of(5000),
                new Recovery(RecoveryModel.LOGISTIC, Value.of(0.5), Value.of(0.1), Value.of(0.9)), null);
        SimulationResults r = run(scenario().closure(2).rate(0.0001).domain(d).build());
        assertClose(14, r.rehabilitation().get(0).completionYear().mean());
        assertEquals(0.0, r.rehabilitation().get(0).probabilityIncomplete());
        // Costs: establishment 10 ha * 1000 = 10 k at relative 3; maintenance 10 ha * 100 = 1 k in
        // relative years 4..12 (9 years); monitoring 5 k in years 13..14: 10 + 9 + 10 = 29 k.
        assertClose(29_000, r.costUndiscounted().mean());
        // Relinquishment: the year after the last monitoring year, 2 + 14 + 1 = 17.
        assertClose(17, r.relinquishmentYear().mean());
    }

    @Test
    void setbacksChargeReworkAndDelayCompletion() {
        // A setback every year (p = 1) that costs 100 per ha but loses no condition: completion
        // stays at ceil(ln(1 / 0.3) / 0.1) = 13 steps, and rework falls in each of those 13
        // years: 10 ha * 100 * 13 = 13 k.
        RehabilitationDomain noLoss = new RehabilitationDomain("Dump", null, HECTARES_10, Value.of(0), null, null, 0,
                Value.of(0), new Recovery(RecoveryModel.EXPONENTIAL, Value.of(0.1), Value.of(0), Value.of(0.7)),
                new Setback(Value.of(1), Value.of(0), perHectare(100)));
        SimulationResults r = run(scenario().domain(noLoss).build());
        assertClose(13, r.rehabilitation().get(0).completionYear().mean());
        assertClose(13_000, r.costUndiscounted().mean());
        // Halving the index every year: I_n = (1 - 0.9048 (1 - I_(n-1))) / 2 stays below 0.7 for
        // ever (its fixed point is 0.0870), so the domain never completes within 100 years.
        RehabilitationDomain halving = new RehabilitationDomain("Dump", null, HECTARES_10, Value.of(0), null,
                perHectare(10), 0, Value.of(0),
                new Recovery(RecoveryModel.EXPONENTIAL, Value.of(0.1), Value.of(0), Value.of(0.7)),
                new Setback(Value.of(1), Value.of(0.5), null));
        SimulationResults h = run(scenario().horizon(20).domain(halving).build());
        assertEquals(1.0, h.rehabilitation().get(0).probabilityIncomplete());
        assertEquals(1.0, h.relinquishmentNeverProbability());
        // Maintenance stops at the horizon: relative years 1..19, 19 * 10 ha * 10 = 1,900.
        assertClose(1_900, h.costUndiscounted().mean());
    }

    @Test
    void perYearRiskEventsHappenAtTheBinomialRateCappedAtMaxOccurrences() {
        // Cost 1 per occurrence, p = 0.1 in each of relative years 0..9, at most 3 times:
        // E[min(Bin(10, 0.1), 3)] summed from the binomial pmf below. The once event adds its
        // probability 0.3 to the expectation.
        double expected = 0.3;
        for (int k = 0; k <= 10; k++) {
            expected += Math.min(k, 3) * binomial(10, k) * Math.pow(0.1, k) * Math.pow(0.9, 10 - k);
        }
        Scenario s = scenario().iterations(100_000).horizon(50)
                .risk(new RiskEvent("Erosion", null, Value.of(1), new RiskOccurrence.PerYear(Value.of(0.1), 0, 9, 3)))
                .risk(new RiskEvent("Spillway", null, Value.of(1), new RiskOccurrence.Once(Value.of(0.3), 4)))
                .build();
        SimulationResults r = run(s);
        assertEquals(expected, r.costUndiscounted().mean(), 4 * r.costUndiscounted().standardError());
        // Risk events never delay relinquishment: with nothing else scheduled it is C.
        assertClose(0, r.relinquishmentYear().max());
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    @Test
    void drawdownExhaustsTheTrustFund() {
        // 9 M over 3 years from closure in year 0 (3 M a year) against a 5 M fund with no return:
        // B_1 = 5 - 3 = 2 M, B_2 = max(0, 2 - min(3, 2)) = 0. With r = 0 the liability in
        // year 1 is the 6 M still to spend.
        AssuranceInstrument fund = new AssuranceInstrument.TrustFund("Trust", null, Value.of(5e6), Value.of(0),
                Value.of(0), Value.of(0), true);
        SimulationResults y1 = run(scenario().rate(0).lump("Works", 9e6, 0, 3).instrument(fund).forfeitIn(1).build());
        assertClose(2e6, y1.assurance().mean());
        assertClose(6e6, y1.liability().mean());
        SimulationResults y2 = run(scenario().rate(0).lump("Works", 9e6, 0, 3).instrument(fund).forfeitIn(2).build());
        assertEquals(0.0, y2.assurance().mean());
        assertClose(3e6, y2.shortfall().mean());
        assertEquals(0.0, y2.instruments().get(0).realisable().mean());
        assertEquals(0.0, y2.instruments().get(0).face().mean());
    }

    @Test
    void anEmptiedFundStaysEmptyAndALaterFundIsUnaffected() {
        // The first fund is empty from year 2 (as above) and stays so: at a forfeiture in year 5
        // its face and realisable value are 0 and A_t is 0 from year 2 on. The second fund (no
        // drawdown, constant 10 % return, no fee) holds 1 M * 1.1^t: 1.61051 M in year 5.
        AssuranceInstrument first = new AssuranceInstrument.TrustFund("First", null, Value.of(5e6), Value.of(0),
                Value.of(0), Value.of(0), true);
        AssuranceInstrument second = new AssuranceInstrument.TrustFund("Second", null, Value.of(1e6), Value.of(0),
                Value.of(0.10), Value.of(0), false);
        SimulationResults r = run(scenario().rate(0).horizon(8).lump("Works", 9e6, 0, 3).instrument(first)
                .instrument(second).forfeitIn(5).build());
        assertEquals(0.0, r.instruments().get(0).realisable().mean());
        assertEquals(0.0, r.instruments().get(0).face().mean());
        assertClose(1e6 * Math.pow(1.1, 5), r.instruments().get(1).realisable().mean());
        assertClose(1e6 * Math.pow(1.1, 5), r.assurance().mean());
        double[] p50 = r.timeline().assurance().p50();
        assertClose(1e6 * Math.pow(1.1, 2), p50[2]);
        assertClose(1e6 * Math.pow(1.1, 7), p50[7]);
    }

    @Test
    void trustFundGrowsWithContributionsUntilClosure() {
        // Contributions of 1 M at the end of years 0..9 at 4 %: B_10 = sum 1.04^(9 - t) =
        // (1.04^10 - 1) / 0.04 = 12.006107 M (the spec's trust-fund-annuity case); the fee of
        // 1 % lowers the growth rate to 3 %: (1.03^10 - 1) / 0.03.
        AssuranceInstrument fund = new AssuranceInstrument.TrustFund("Trust", null, Value.of(0), Value.of(1e6),
                Value.of(0.04), Value.of(0.01), false);
        SimulationResults r = run(scenario().closure(10).lump("Works", 12e6, 0, 1).instrument(fund).build());
        assertClose(1e6 * (Math.pow(1.03, 10) - 1) / 0.03, r.assurance().mean());
    }

    @Test
    void selfBondRealisesNothingAndAGuaranteeFailsWithItsProbability() {
        // A self-bond's face is reported but realises 0; a guarantee realises its amount unless
        // the guarantor fails with the operator (p = 0.25): E[A] = 0.75 * 4 M = 3 M, sd = 4 M *
        // sqrt(0.25 * 0.75).
        int n = 50_000;
        SimulationResults r = run(scenario().iterations(n).lump("Works", 1e6, 0, 1)
                .instrument(new AssuranceInstrument.SelfBond("Self", null, Value.of(2e6)))
                .instrument(new AssuranceInstrument.ParentGuarantee("Parent", null, Value.of(4e6), Value.of(0.25)))
                .build());
        assertClose(2e6, r.instruments().get(0).face().mean());
        assertEquals(0.0, r.instruments().get(0).realisable().max());
        double se = 4e6 * Math.sqrt(0.25 * 0.75 / n);
        assertEquals(3e6, r.assurance().mean(), 4 * se);
    }

    @Test
    void fractionalWaterYearsAndCapitalReplacement() {
        // 2.5 years of 100 a year: 100 + 100 + 50 = 250; capital 1 000 at treatment years 0 and 2
        // (every 2 years while t < 2.5): 2 000. With r = 0 the liability is the plain sum 2 250,
        // and relinquishment follows the last (fractional) treatment year: 0 + 1 + 3 = 4 for a
        // start in relative year 1.
        Scenario s = scenario().rate(0)
                .water(stream("Seep", 1, 100, 1000, 2, new WaterDuration.Years(Value.of(2.5)))).build();
        SimulationResults r = run(s);
        assertClose(2250, r.liability().mean());
        assertClose(4, r.relinquishmentYear().mean());
        assertClose(2.5, r.waterTreatment().get(0).durationYears().mean());
        // Capital every 20 years over 45 years falls at 0, 20 and 40.
        SimulationResults c = run(scenario().rate(0)
                .water(stream("Plant", 0, 0, 1e6, 20, new WaterDuration.Years(Value.of(45)))).build());
        assertClose(3e6, c.costUndiscounted().mean());
    }

    @Test
    void perpetualFlowsAreValuedInClosedFormBeyondAShortHorizon() {
        // 100 a year forever from relative year 2 at r = 5 %, horizon 10: value at year 0 is
        // 100 v^2 (1 + r) / r; capital 1 000 at 2, 12, 22, ... is 1 000 v^2 / (1 - v^10).
        double r = 0.05;
        double v = 1 / (1 + r);
        Scenario s = scenario().horizon(10).rate(r)
                .water(stream("Pit", 2, 100, 1000, 10, new WaterDuration.Perpetual())).build();
        SimulationResults res = run(s);
        double expected = 100 * v * v * (1 + r) / r + 1000 * v * v / (1 - Math.pow(v, 10));
        assertClose(expected, res.liability().mean());
        assertEquals(1.0, res.waterTreatment().get(0).perpetualProbability());
        assertEquals(1.0, res.relinquishmentNeverProbability());
        // Inside the horizon only years 2..9 count undiscounted: 8 * 100 + capital at 2: 1 800.
        assertClose(1800, res.costUndiscounted().mean());
    }

    @Test
    void finiteFlowsBeyondTheHorizonCountInFullInTheLiability() {
        // 10 M over relative years 3..12 (1 M a year) with horizon 5 and closure 0: the
        // liability counts all ten years, sum_{k=3}^{12} v^k, but the undiscounted cost stops at
        // the horizon (years 3 and 4).
        double v = 1 / 1.05;
        double expected = 0;
        for (int k = 3; k <= 12; k++) {
            expected += 1e6 * Math.pow(v, k);
        }
        SimulationResults r = run(scenario().horizon(5).lump("Late works", 10e6, 3, 10).build());
        assertClose(expected, r.liability().mean());
        assertClose(2e6, r.costUndiscounted().mean());
        assertClose(13, r.relinquishmentYear().mean());
    }

    @Test
    void annualHazardForfeitsWithTheTwoPhaseProbability() {
        // P(forfeit within H) = 1 - (1 - 0.02)^10 (1 - 0.05)^30 with closure in year 10, H = 40.
        double p = 1 - Math.pow(0.98, 10) * Math.pow(0.95, 30);
        int n = 100_000;
        SimulationResults r = run(scenario().iterations(n).horizon(40).closure(10)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0.05)))
                .lump("Works", 1e6, 0, 1).build());
        assertEquals(p, r.forfeitureProbability(), 4 * Math.sqrt(p * (1 - p) / n));
    }

    @Test
    void noForfeitureLeavesForfeitingFiguresUndefined() {
        SimulationResults r = run(scenario().forfeiture(new Forfeiture.AnnualHazard(Value.of(0), Value.of(0)))
                .lump("Works", 1e6, 0, 1).build());
        assertEquals(0.0, r.forfeitureProbability());
        assertEquals(0, r.liability().count());
        assertTrue(Double.isNaN(r.coverageProbability()));
        assertTrue(r.bondSizingCurve().isEmpty());
        assertEquals(0.0, r.expectedPublicCost());
        assertClose(1e6, r.costPV().mean());
    }

    @Test
    void requiredAssuranceIsTheSmallestSufficientCash() {
        // Shortfalls 0, 0, 0, 10, 20 (n = 5): P(S <= 0) = 0.6, so q = 0.5 needs 0; q = 0.8 needs
        // 10 (4 of 5); q = 0.9, 0.95 and 0.99 need 20.
        var req = ResultsSummary.required(new double[] {0, 0, 0, 10, 20}, 5);
        assertEquals(0.0, req.p50());
        assertEquals(10.0, req.p80());
        assertEquals(20.0, req.p90());
        assertEquals(20.0, req.p99());
    }
}
