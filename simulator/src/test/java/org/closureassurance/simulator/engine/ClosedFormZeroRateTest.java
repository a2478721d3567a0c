package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Every closed form of the closure package (the annuity of a level flow, a single payment,
 * periodic capital and its replacements) against the plain sum of its flows, year by year: at a
 * discount rate of exactly 0, where {@code (1 - v^(NM)) / (1 - v^N)} is 0/0 and its limit is the
 * count {@code M}, and at small positive rates, where the closed forms lose digits if written
 * carelessly. Perpetual flows at rate 0 are infinite; the scenario reader refuses them
 * ({@code NumericalEdgeCasesTest.aPerpetualStreamAtRateZeroIsRefusedAtTheRate} in the scenarios
 * module).
 */
class ClosedFormZeroRateTest {
    private static final double[] RATES = {0.0, 1e-300, 1e-12, 1e-6, 1e-3, 0.05};
    private static final int TRIES = 300;

    /** Plain sum over years {@code from, from+every, ...} ({@code count} of them) of {@code amount v^k}. */
    private static double plainSum(double r, long from, long every, long count, double amount) {
        double v = 1.0 / (1.0 + r);
        double vk = 1.0;
        double sum = 0;
        long last = from + (count - 1) * every;
        for (long k = 0; k <= last; k++) {
            if (k >= from && (k - from) % every == 0) {
                sum += amount * vk;
            }
            vk *= v;
        }
        return sum;
    }

    /** The package's flows by year plus its tail, discounted plainly to relative year 0. */
    private static double plainPackageValue(ClosurePackage pkg, double r) {
        double v = 1.0 / (1.0 + r);
        double vk = 1.0;
        double sum = 0;
        for (int k = 0; k < pkg.inside(); k++) {
            sum += pkg.flow(k) * vk;
            vk *= v;
        }
        return sum + pkg.tail() * vk;
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertTrue(Double.isFinite(actual), what + ": not finite (" + actual + ")");
        // Up to ~2,000 plain multiplications by v, each rounded: a few 1e-13 relative at most.
        assertEquals(expected, actual, 1e-11 * Math.abs(expected), what);
    }

    @Test
    void everyFiniteClosedFormIsThePlainSumOfItsFlowsAtZeroAndSmallRates() {
        RandomStream random = new RandomStream();
        for (int t = 0; t < TRIES; t++) {
            random.reset(RandomStream.seedFor(20261205, t, 0));
            int horizon = 1 + (int) (random.nextUniform() * 60);
            int closure = (int) (random.nextUniform() * horizon);
            long from = (long) (random.nextUniform() * 2 * horizon);
            long count = 1 + (long) (random.nextUniform() * 3 * horizon);
            int every = 1 + (int) (random.nextUniform() * 10);
            double amount = 1 + random.nextUniform() * 999;
            for (double r : RATES) {
                String c = "try " + t + ", r " + r + ", horizon " + horizon + ", closure " + closure + ", from " + from
                        + ", count " + count + ", every " + every;
                ClosurePackage pkg = new ClosurePackage(horizon);
                pkg.reset(closure, r);
                double level = pkg.addLevel(from, count, amount, true);
                assertRelative(plainSum(r, from, 1, count, amount), level, "annuity, " + c);
                double periodic = pkg.addPeriodic(from, every, count, amount, true);
                assertRelative(plainSum(r, from, every, count, amount), periodic, "periodic capital, " + c);
                double once = pkg.addAt(from + count, amount, true);
                assertRelative(plainSum(r, from + count, 1, 1, amount), once, "single payment, " + c);
                assertRelative(level + periodic + once, plainPackageValue(pkg, r), "flows and tail, " + c);
            }
        }
    }

    @Test
    void atZeroTheClosedFormsAreExactCounts() {
        // v = 1: the value of M payments of K is M K whatever their spacing; 7 payments every 3
        // years from relative year 12 lie wholly past a horizon of 10 (inside 10 years).
        ClosurePackage pkg = new ClosurePackage(10);
        pkg.reset(0, 0.0);
        assertEquals(700.0, pkg.addPeriodic(12, 3, 7, 100, true));
        assertEquals(700.0, pkg.tail());
        assertEquals(500.0, pkg.addLevel(8, 5, 100, true));
        assertEquals(200.0, pkg.undiscountedInside());
        assertEquals(1000.0, pkg.tail());
    }

    @Test
    void randomScenariosAtRateZeroCostThePlainSumOfTheirFlows() {
        // At r = 0 every flow is worth its amount wherever it falls: a cost item its amount; a
        // stream of D years (D may be fractional: the last year costs its fraction) a D plus
        // capital K at treatment years 0, N, 2N, ... < D, that is ceil(D / N) times (once
        // without N, and never when D = 0). Closure in year 0 and forfeiture at closure, so
        // costPV is that sum; start years run well past the horizon.
        RandomStream random = new RandomStream();
        for (int t = 0; t < 60; t++) {
            random.reset(RandomStream.seedFor(20261205, t, 1));
            int horizon = 1 + (int) (random.nextUniform() * 40);
            double amount = 1 + (int) (random.nextUniform() * 1000);
            int itemStart = (int) (random.nextUniform() * 3 * horizon);
            int itemYears = 1 + (int) (random.nextUniform() * 3 * horizon);
            double start = (int) (random.nextUniform() * 3 * horizon);
            double years = (int) (random.nextUniform() * 4 * horizon) + (random.nextUniform() < 0.5 ? 0.25 : 0.0);
            Integer every = random.nextUniform() < 0.3 ? null : 1 + (int) (random.nextUniform() * 12);
            double annual = 1 + (int) (random.nextUniform() * 100);
            double capital = 1 + (int) (random.nextUniform() * 1000);
            WaterStream w = new WaterStream("Plant", null, Value.of(1), Value.of(start), null, null, Value.of(annual),
                    Value.of(capital), every, new WaterDuration.Years(Value.of(years)));
            SimulationResults r = EngineFeaturesTest.run(scenario().horizon(horizon).rate(0.0).iterations(4)
                    .lump("Works", amount, itemStart, itemYears).water(w).build());
            long capitals = years <= 0 ? 0 : every == null ? 1 : (long) Math.ceil(years / every);
            double water = annual * years + capital * capitals;
            String c = "try " + t + ": horizon " + horizon + ", item " + itemStart + "+" + itemYears + ", stream "
                    + start + "+" + years + " every " + every;
            assertEquals(water, r.waterTreatment().get(0).pv().mean(), 1e-9 * water, c);
            assertEquals(amount + water, r.costPV().mean(), 1e-9 * (amount + water), c);
        }
    }

    private static WaterStream capitalStream(double start, Integer every, double years) {
        return new WaterStream("Plant", null, Value.of(1), Value.of(start), null, null, Value.of(10),
                Value.of(100), every, new WaterDuration.Years(Value.of(years)));
    }

    @Test
    void capitalPastTheHorizonAtRateZeroIsItsPlainSum() {
        // Horizon 10, closure 0: a one-year stream from relative year 12 costs 10 a year and 100
        // of capital, 110 in all at r = 0. This run was refused as overflowing before.
        SimulationResults r = EngineFeaturesTest.run(scenario().horizon(10).rate(0.0).iterations(50)
                .water(capitalStream(12, null, 1)).build());
        assertEquals(110.0, r.costPV().mean());
        Stats pv = r.waterTreatment().get(0).pv();
        assertEquals(110.0, pv.mean());
        assertEquals(110.0, pv.max());
        assertEquals(0.0, pv.sd());
    }

    @Test
    void replacementsAtRateZeroAndAtADiscreteRateIncludingZero() {
        // 20 treatment years from relative year 2, capital 100 at treatment years 0, 5, 10, 15:
        // at r = 0, 20 x 10 + 4 x 100 = 600, inside the horizon of 10 and beyond it.
        WaterStream w = capitalStream(2, 5, 20);
        SimulationResults zero = EngineFeaturesTest.run(scenario().horizon(10).rate(0.0).iterations(50)
                .water(w).build());
        assertEquals(600.0, zero.costPV().mean(), 1e-12);
        assertEquals(600.0, zero.waterTreatment().get(0).pv().mean(), 1e-12);

        // Discount rate 0 or 0.05, equally likely: the stream's smallest value is the plain
        // discounted sum at 0.05, its largest the plain sum 600.
        Value rate = new Discrete(new double[] {0, 0.05}, new double[] {1, 1});
        SimulationResults mixed = EngineFeaturesTest.run(scenario().horizon(10).rate(rate).iterations(200)
                .water(w).build());
        Stats pv = mixed.waterTreatment().get(0).pv();
        double atFivePercent = plainSum(0.05, 2, 1, 20, 10) + plainSum(0.05, 2, 5, 4, 100);
        assertEquals(600.0, pv.max(), 1e-12);
        assertEquals(atFivePercent, pv.min(), 1e-10);
        assertTrue(Double.isFinite(pv.mean()) && pv.mean() > atFivePercent && pv.mean() < 600.0);
    }
}
