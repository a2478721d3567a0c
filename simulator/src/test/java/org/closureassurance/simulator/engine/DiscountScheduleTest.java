package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.EngineFeaturesTest.assertClose;
import static org.closureassurance.simulator.engine.EngineFeaturesTest.run;
import static org.closureassurance.simulator.engine.EngineFeaturesTest.stream;
import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;

import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Discount schedules and real cost escalation (docs/model.md, "Discount schedules and real cost
 * escalation"), each against a value worked out by hand in the comment beside it. Every input is
 * a constant, so every iteration gives the hand value; exact to 1e-9 relative.
 */
class DiscountScheduleTest {
    /** 5 % in years 0-1, 4 % in years 2-4, 3 % from year 5 on. */
    private static final Economics THREE_STEPS = Economics.scheduled(List.of(new DiscountStep(0, Value.of(0.05)),
            new DiscountStep(2, Value.of(0.04)), new DiscountStep(5, Value.of(0.03))));

    private static SimulationResults perpetualUnder(Economics e, int horizon, int forfeitIn) {
        return run(scenario().horizon(horizon).economics(e).forfeitIn(forfeitIn)
                .water(stream("Pit", 0, 1e6, 0, null, new WaterDuration.Perpetual())).build());
    }

    @Test
    void aPerpetuityUnderAThreeStepScheduleIsSummedYearByYearThenInClosedForm() {
        // 1 M a year for ever from year 0 (closure 0). P_s, the value at 0 of year s, is the
        // product of the one-year factors before s: P_0..P_5 = 1, 1/1.05, 1/1.05^2,
        // 1/(1.05^2 1.04), 1/(1.05^2 1.04^2), 1/(1.05^2 1.04^3), and from year 5 the last
        // step's 3 % holds, so sum_(s>=5) P_s = P_5 * 1.03/0.03.
        // L_0 = 1 M * (4.570153899824229 + 27.684542688769227) = 32,254,696.588593453
        // (a flat 3 % would give 34,333,333.33: the earlier, higher rates weigh it down).
        assertClose(32_254_696.588593453, perpetualUnder(THREE_STEPS, 10, 0).liability().mean());
        // A horizon shorter than the last step: the years up to the step are still counted one
        // by one (the package holds them past the horizon), so the value is the same.
        assertClose(32_254_696.588593453, perpetualUnder(THREE_STEPS, 3, 0).liability().mean());
    }

    @Test
    void aLaterWalkAwayYearValuesTheRestAtItsOwnYear() {
        // L_1 = (L_0 - 1 M) / v_0 = (32,254,696.588593453 - 1,000,000) * 1.05 = 32,817,431.418023128,
        // the recursion L_t = cost(t) + v_t L_(t+1) read backwards.
        assertClose(32_817_431.418023128, perpetualUnder(THREE_STEPS, 10, 1).liability().mean());
    }

    @Test
    void aPerpetuityWithEscalationIsWorthAnnualTimesOnePlusROverRMinusG() {
        // a = 1 M a year from year 0 for ever, r = 5 %, g = 2 %: sum_s a (1.02/1.05)^s
        // = a / (1 - 1.02/1.05) = a (1 + r)/(r - g) = 1 M * 1.05/0.03 = 35,000,000.
        Economics escalated = new Economics(Value.of(0.05)).withEscalation(Value.of(0.02));
        assertClose(35_000_000, perpetualUnder(escalated, 10, 0).liability().mean());
    }

    @Test
    void escalationCountsFromYearZeroNotFromClosure() {
        // The same stream from closure in year 5: its flow in year 5 + k is a (1 + g)^(5 + k), so
        // L_5 = (1.02)^5 a (1 + r)/(r - g) = 1.1040808032 * 35 M = 38,642,828.112, and its value
        // at year 0 (costPV) is that times 1/1.05^5: 30,277,666.972094957.
        Economics escalated = new Economics(Value.of(0.05)).withEscalation(Value.of(0.02));
        SimulationResults r = run(scenario().economics(escalated).closure(5)
                .water(stream("Pit", 0, 1e6, 0, null, new WaterDuration.Perpetual())).build());
        assertClose(38_642_828.112, r.liability().mean());
        assertClose(30_277_666.972094957, r.costPV().mean());
    }

    @Test
    void escalationAlsoRaisesTheUndiscountedCost() {
        // 1 M spread over relative years 0 and 1 with closure in year 3 and g = 10 %: 0.5 M in
        // years 3 and 4, escalated to 0.5 M (1.1^3 + 1.1^4) = 0.5 M * 2.7951 = 1,397,550.
        Economics escalated = new Economics(Value.of(0.05)).withEscalation(Value.of(0.1));
        SimulationResults r = run(scenario().economics(escalated).closure(3).lump("Works", 1e6, 0, 2).build());
        assertClose(1_397_550, r.costUndiscounted().mean());
    }

    @Test
    void aTrustFundDrawsDownTheEscalatedCost() {
        // Closure in year 2, 1 M at relative year 0 falls in year 2 and costs 1 M * 1.1^2 =
        // 1.21 M there. A fund of 2 M without returns or fees, drawing down from closure on, pays
        // it in year 2, so its balance in year 3 (the walk-away year, nothing left to pay) is
        // 2 M - 1.21 M = 790,000: balances themselves are not escalated.
        Economics escalated = new Economics(Value.of(0.05)).withEscalation(Value.of(0.1));
        SimulationResults r = run(scenario().economics(escalated).closure(2).forfeitIn(3).lump("Works", 1e6, 0, 1)
                .instrument(new AssuranceInstrument.TrustFund("Fund", null, Value.of(2e6), Value.of(0), Value.of(0),
                        Value.of(0), true)).build());
        assertClose(790_000, r.assurance().mean());
    }

    @Test
    void aWalkAwayBeforeClosurePutsThePackageInTheWalkAwayYear() {
        // Closure in year 2, walk-away in year 0: the package built for closure starts in year 0,
        // so its 1 M at relative year 0 falls in year 0 and is escalated by (1 + g)^0 = 1, not
        // by (1.1)^2 as it is at closure: L_0 = 1,000,000; at closure L_2 = 1,210,000.
        Economics escalated = new Economics(Value.of(0.05)).withEscalation(Value.of(0.1));
        assertClose(1_000_000, run(scenario().economics(escalated).closure(2).forfeitIn(0)
                .lump("Works", 1e6, 0, 1).build()).liability().mean());
        assertClose(1_210_000, run(scenario().economics(escalated).closure(2).forfeitIn(2)
                .lump("Works", 1e6, 0, 1).build()).liability().mean());
    }

    @Test
    void aScheduleDiscountsAWalkAwayBeforeClosureByTheYearsItFallsIn() {
        // Closure in year 3, walk-away in year 1, 1 M at relative year 1: before closure it
        // falls in absolute year 1 + 1 = 2, worth v_1 = 1/1.05 at year 1 (the 5 % of years 0-1),
        // not v_4 = 1/1.04 as it would be from closure: L_1 = 952,380.95238095238.
        assertClose(1e6 / 1.05, run(scenario().economics(THREE_STEPS).closure(3).forfeitIn(1)
                .lump("Works", 1e6, 1, 1).build()).liability().mean());
    }
}
