package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.junit.jupiter.api.Test;

/**
 * The numerical edge cases of the adversarial campaign, each from its minimal file: a discount
 * rate of exactly 0 with capital costs, means of finite values near the largest double, a
 * per-year risk event with billions of possible occurrences, and start years beyond a million.
 * Each case either runs to the figure worked out by hand beside it, or is refused before the
 * run with the JSON path of the input that causes it.
 */
class NumericalEdgeCasesTest {

    /** A scenario of horizon 10, closure in year 0, forfeiture at closure, 1,000 iterations. */
    private static String scenario(String rate, String sections) {
        return "{\"format\": \"closure-assurance/1\", \"name\": \"Edge\", \"simulation\": {\"horizonYears\": 10, "
                + "\"seed\": 1, \"iterations\": 1000}, \"economics\": {\"discountRate\": " + rate + "}, "
                + "\"closureYear\": 0, \"forfeiture\": {\"mode\": \"at-closure\"}, " + sections + "}";
    }

    private static String water(String startYear, String costs, String duration) {
        return "\"waterTreatment\": [{\"name\": \"Plant\", \"startYear\": " + startYear + ", " + costs
                + ", \"duration\": " + duration + "}]";
    }

    private static SimulationResults run(String json) {
        LoadResult loaded = ScenarioReader.readString(json);
        assertTrue(loaded.isValid(), () -> loaded.errors().toString());
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new MonteCarloEngine(2).run(loaded.scenarioOrThrow(), ProgressListener.NONE));
    }

    private static List<ValidationError> problems(String json) {
        LoadResult loaded = ScenarioReader.readString(json);
        assertFalse(loaded.isValid(), "expected the file to be refused");
        return loaded.errors();
    }

    private static void assertFinite(Stats s, String what) {
        assertEquals(1000, s.count(), what);
        for (double x : new double[] {s.mean(), s.sd(), s.standardError(), s.min(), s.p50(), s.max()}) {
            assertTrue(Double.isFinite(x), what + ": " + s);
        }
    }

    // 1. Discount rate exactly 0.

    @Test
    void capitalPastTheHorizonAtRateZeroIsWorthItsAmount() {
        // One treatment year at relative year 12 (past the horizon of 10) with capital 100: at
        // r = 0 it is worth 100. The run was refused as overflowing before.
        SimulationResults r = run(scenario("0", water("12", "\"capitalCost\": 100", "{\"type\": \"years\", \"years\": 1}")));
        assertEquals(100.0, r.costPV().mean());
        assertEquals(100.0, r.expectedPublicCost());
        assertEquals(100.0, r.waterTreatment().get(0).pv().mean());
    }

    @Test
    void capitalInsideTheHorizonAtRateZeroHasAFiniteStreamValue() {
        // Capital 100 at relative year 2, replaced every 5 years over 20 years of treatment:
        // treatment years 0, 5, 10, 15, so 4 x 100 = 400 at r = 0. Its pv Stats were all null.
        SimulationResults r = run(scenario("0", water("2", "\"capitalCost\": 100, \"replacementEveryYears\": 5",
                "{\"type\": \"years\", \"years\": 20}")));
        Stats pv = r.waterTreatment().get(0).pv();
        assertFinite(pv, "pv");
        assertEquals(400.0, pv.mean());
        assertEquals(400.0, r.costPV().mean());
    }

    @Test
    void aDiscreteRateThatCanBeZeroRuns() {
        // r is 0 or 0.05: the capital of 100 at relative year 12 is worth 100 or 100/1.05^12 =
        // 55.68374563; the largest and smallest iteration carry exactly those values.
        SimulationResults r = run(scenario("{\"dist\": \"discrete\", \"values\": [0, 0.05]}",
                water("12", "\"capitalCost\": 100", "{\"type\": \"years\", \"years\": 1}")));
        Stats pv = r.waterTreatment().get(0).pv();
        assertFinite(pv, "pv");
        assertEquals(100.0, pv.max(), 1e-12);
        assertEquals(100 / Math.pow(1.05, 12), pv.min(), 1e-9);
    }

    @Test
    void aPerpetualStreamAtRateZeroIsRefusedAtTheRate() {
        List<ValidationError> e = problems(scenario("0", water("0", "\"fixedAnnualCost\": 10", "{\"type\": \"perpetual\"}")));
        assertEquals("economics.discountRate", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("must be > 0 when a water stream is perpetual"), e::toString);
    }

    // 2. Finite values whose sums overflow; inputs that drive a value beyond double precision.

    @Test
    void aTinyRateWithAPerpetualStreamHasAFiniteMean() {
        // Annual cost uniform on [1000, 2000] forever from year 0 at r = 1e-300: L = a (1 + r)/r
        // = a 1e300 (to 1e-16), mean 1.5e303; sd of the sample mean 1e300 x 1000/sqrt(12)/sqrt(1000)
        // = 9.1e300, so 4 standard errors are 3.7e301. The plain sum (1.5e306) still fits, but the
        // squared deviations (up to 2.5e605) do not: sd and SE were null, the summary printed "USD ∞".
        SimulationResults r = run(scenario("1e-300", water("0",
                "\"fixedAnnualCost\": {\"dist\": \"uniform\", \"min\": 1000, \"max\": 2000}", "{\"type\": \"perpetual\"}")));
        assertFinite(r.publicCost(), "publicCost");
        assertFinite(r.waterTreatment().get(0).pv(), "water pv");
        assertEquals(1.5e303, r.expectedPublicCost(), 3.7e301);
        assertEquals(r.expectedPublicCost(), r.publicCost().mean());
    }

    @Test
    void amountsNearTheLargestDoubleHaveAFiniteMean() {
        // A lump uniform on [1e307, 1e308] in one year: 1,000 of them sum to about 5.5e310, which
        // overflows; the mean is 5.5e307 with sd 2.6e307, so 4 standard errors are 3.3e306.
        SimulationResults r = run(scenario("0.05",
                "\"costItems\": [{\"name\": \"Works\", \"amount\": {\"dist\": \"uniform\", \"min\": 1e307, \"max\": 1e308}}]"));
        assertFinite(r.liability(), "liability");
        assertFinite(r.costPV(), "costPV");
        assertEquals(5.5e307, r.expectedPublicCost(), 3.3e306);
        assertTrue(r.liability().mean() >= r.liability().min() && r.liability().mean() <= r.liability().max());
    }

    @Test
    void aRateTooSmallForAnyPerpetuityIsRefusedAtTheRate() {
        // (1 + r)/r at r = 5e-324 is infinite: every perpetual flow would be.
        List<ValidationError> e = problems(scenario("5e-324", water("0", "\"fixedAnnualCost\": 10",
                "{\"type\": \"perpetual\"}")));
        assertEquals("economics.discountRate", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("must be at least 1.0E-308 when a water stream is perpetual"),
                e::toString);
    }

    @Test
    void aPerpetualStreamWorthMoreThanADoubleIsRefusedAtItsYearlyCost() {
        // 1e10 a year forever at r = 1e-300 is worth 1e10 (1 + r)/r = 1e310, beyond 1.8e308 in
        // every iteration. It passed validation and the run stopped on iteration 0 naming only
        // the stream, not the input.
        List<ValidationError> e = problems(scenario("1e-300", water("0", "\"fixedAnnualCost\": 1e10",
                "{\"type\": \"perpetual\"}")));
        assertEquals(1, e.size(), e::toString);
        assertEquals("waterTreatment[0].fixedAnnualCost", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("makes the perpetual stream worth more than the largest number"),
                e::toString);
        assertTrue(e.get(0).message().contains("is worth about 1e310;"), e::toString);
    }

    @Test
    void aPerpetualStreamDrivenByItsFlowIsRefusedAtTheUnitCost() {
        // 1 m3/s is 31,556,952 m3 a year (the mean Gregorian year of 365.2425 days, as the unit
        // table reads "a"); at 1e295 a cubic metre that is 3.16e302 a
        // year, worth 3.16e302 x 1.01/0.01 = 3.2e304 at r = 0.01: it runs. At 1e300 a cubic metre
        // it is worth 3.2e309: refused at the unit cost, which makes all of the yearly cost.
        String flow = "\"flow\": {\"value\": 1, \"unit\": \"m3/s\"}, \"unitCost\": {\"value\": %s, \"per\": \"m3\"}";
        String perpetual = "{\"type\": \"perpetual\"}";
        double worth = 31_556_952 * 1e295 * 101;
        assertEquals(worth, run(scenario("0.01", water("0", String.format(flow, "1e295"), perpetual)))
                .costPV().mean(), 1e-12 * worth);
        List<ValidationError> e = problems(scenario("0.01", water("0", String.format(flow, "1e300"), perpetual)));
        assertEquals("waterTreatment[0].unitCost.value", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("makes the perpetual stream worth more"), e::toString);
    }

    @Test
    void aPerpetualStreamWhoseLateStartBringsItsValueBackIsRun() {
        // 1e306 a year forever at r = 0.001 is worth 1e306 x 1001 = 1.001e309 from year 0, but
        // from relative year 10,000 it is discounted by 1.001^-10000 = e^-9.995 = 4.57e-5, so the
        // liability at closure (year 0) is 4.57e304: finite, and not refused.
        SimulationResults r = run(scenario("0.001", water("10000", "\"fixedAnnualCost\": 1e306",
                "{\"type\": \"perpetual\"}")));
        assertEquals(1e306 * (1001 * Math.pow(1.001, -10_000)), r.liability().mean(), 1e-9 * r.liability().mean());
    }

    @Test
    void aFlowAndUnitCostWhoseProductOverflowsAreRefusedAtTheUnitCost() {
        // 1e300 m3/s at 1e300 a cubic metre: each year costs 3.2e607, beyond double precision in
        // every iteration. The run used to stop on iteration 0 naming no input.
        List<ValidationError> e = problems(scenario("0.03", water("0", "\"flow\": {\"value\": 1e300, \"unit\": "
                + "\"m3/s\"}, \"unitCost\": {\"value\": 1e300, \"per\": \"m3\"}", "{\"type\": \"years\", \"years\": 10}")));
        assertEquals("waterTreatment[0].unitCost.value", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("times a year's flow exceeds the largest number"), e::toString);
    }

    @Test
    void aQuantityAndUnitCostWhoseProductOverflowsAreRefusedAtTheUnitCost() {
        List<ValidationError> e = problems(scenario("0.03", "\"costItems\": [{\"name\": \"Works\", \"quantity\": "
                + "{\"value\": 1e200, \"unit\": \"m3\"}, \"unitCost\": {\"value\": 1e200, \"per\": \"m3\"}}]"));
        assertEquals("costItems[0].unitCost.value", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("times the quantity exceeds the largest number"), e::toString);
    }

    @Test
    void aStreamWhoseDrawOverflowsIsNamed() {
        // A log-normal flow (mean 1e300 m3/s, unbounded above, so it passes the reader) at 1e300 a
        // cubic metre: the first iteration's yearly cost, about 3e607, leaves double precision.
        String json = scenario("0.03", water("0", "\"flow\": {\"value\": {\"dist\": \"lognormal\", \"mean\": 1e300, "
                + "\"sd\": 1e299}, \"unit\": \"m3/s\"}, \"unitCost\": {\"value\": 1e300, \"per\": \"m3\"}",
                "{\"type\": \"years\", \"years\": 10}"));
        ModelOverflowException e = assertThrows(ModelOverflowException.class, () -> run(json));
        assertTrue(e.getMessage().startsWith("the value of waterTreatment/Plant overflows"), e::getMessage);
    }

    // 5. A per-year risk event with billions of possible occurrences.

    private static String risk(int toYear, int maxOccurrences) {
        return "\"riskEvents\": [{\"name\": \"Erosion\", \"annualProbability\": 0.9, \"fromYear\": 0, \"toYear\": "
                + toYear + ", \"maxOccurrences\": " + maxOccurrences + ", \"cost\": 1}]";
    }

    @Test
    void aRiskEventWithBillionsOfOccurrencesIsRefusedAtMaxOccurrences() {
        // It passed validation and a run of 1,000 iterations did not end in 120 s.
        List<ValidationError> e = problems(scenario("0.05", risk(Integer.MAX_VALUE, Integer.MAX_VALUE)));
        assertEquals(1, e.size(), e::toString);
        assertEquals("riskEvents[0].maxOccurrences", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("must be at most 10000 when the event's years"), e::toString);
    }

    @Test
    void aRiskEventAtTheLimitRunsQuickly() {
        // 10,000 possible occurrences at 0.9 a year from relative year 0: about 9,000 an
        // iteration, nearly all past the horizon. The mean of sum_k v^k over a Bernoulli(0.9)
        // year set is 0.9 sum_k 1.05^-k = 0.9 x 21 = 18.9 (the 10,000th occurrence cannot fall
        // before year 9,999, where 1.05^-9999 is about 1e-212, so the cap changes nothing).
        SimulationResults r = run(scenario("0.05", risk(Integer.MAX_VALUE, 10_000)));
        assertEquals(18.9, r.costPV().mean(), 4 * r.costPV().standardError() + 1e-9);
    }

    // 6. Start years beyond a million.

    @Test
    void aStartYearOfTwoMillionIsCarriedExactly() {
        // Two treatment years from relative year 2,000,000: the last flow falls in 2,000,001,
        // so relinquishment is closure 0 + 2,000,001 + 1 = 2,000,002. It was reported as 1,000,002.
        SimulationResults r = run(scenario("0.05", water("2000000", "\"fixedAnnualCost\": 1",
                "{\"type\": \"years\", \"years\": 2}")));
        assertEquals(2_000_002.0, r.relinquishmentYear().min());
        assertEquals(2_000_002.0, r.relinquishmentYear().max());
    }

    @Test
    void aStartYearBeyondTheCountableRangeIsRefusedAtItsPath() {
        List<ValidationError> e = problems(scenario("0.05", water("2e15", "\"fixedAnnualCost\": 1",
                "{\"type\": \"years\", \"years\": 2}")));
        assertEquals("waterTreatment[0].startYear", e.get(0).path());
        assertTrue(e.get(0).message().startsWith("must be at most 1.0E15 years after closure"), e::toString);
    }

    @Test
    void anUnboundedStartYearThatDrawsBeyondTheRangeIsRefusedByName() {
        // A log-normal with mean 1e14 and sd 1e15: sigma^2 = ln(1 + 100) = 4.615, mu = ln(1e14) -
        // sigma^2/2 = 29.93, so P(X > 1e15) = P(Z > (34.54 - 29.93)/2.148) = P(Z > 2.15), 1.6 %:
        // about 16 of the 1,000 iterations draw beyond the limit.
        String json = scenario("0.05", "\"rehabilitation\": [{\"name\": \"Dump\", \"area\": {\"value\": 1, "
                + "\"unit\": \"ha\"}, \"startYear\": {\"dist\": \"lognormal\", \"mean\": 1e14, \"sd\": 1e15}, "
                + "\"recovery\": {\"model\": \"exponential\", \"rate\": 0.1, \"target\": 0.5}}]");
        ModelOverflowException e = assertThrows(ModelOverflowException.class, () -> run(json));
        assertTrue(e.getMessage().startsWith("rehabilitation/Dump/startYear drew the start year"), e::getMessage);
    }
}
