package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.BreakEvenSearch;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;
import org.closureassurance.simulator.sweep.SweepRuns;
import org.closureassurance.simulator.sweep.Target;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Sweeps and break-even searches against closed forms, and the common random numbers that
 * make a sweep's curve move with the held input alone.
 */
class InputSweepTest {
    private static final NormalDistribution PHI = new NormalDistribution(null, 0, 1);
    private static final int N = 20_000;
    /** The liability: a log-normal lump of mean 1 000 and sd 400 at closure (year 0), forfeited at closure. */
    private static final LogNormal COST = new LogNormal(1000, 400);
    private static final InputKey BOND = InputKey.of(InputField.INSTRUMENT_AMOUNT, "Bond");
    private static final InputKey RATE = InputKey.of(InputField.DISCOUNT_RATE);

    private static AssuranceInstrument bond(Value amount) {
        return new AssuranceInstrument.Bond("Bond", null, BondKind.CASH, amount, null, Value.of(0), Value.of(0));
    }

    /** Closure and forfeiture in year 0, one lump of COST then: L = the lump, undiscounted. */
    private static Scenario lumpAgainst(Value bondAmount) {
        return scenario().iterations(N).seed(11).horizon(5)
                .item(CostItem.lump("Works", "earthworks", COST, 0, 1))
                .instrument(bond(bondAmount)).build();
    }

    private static InputSweep sweepOf(Scenario s, InputKey key) {
        return new InputSweep(new MonteCarloEngine(2), s, List.of(key));
    }

    @Test
    void coverageAgainstAFixedBondFollowsTheLogNormalCdf() {
        // L is log-normal (mu, sigma) and the bond B is cash, so A = B and coverage P(A >= L) =
        // P(ln L <= ln B) = Phi((ln B - mu) / sigma). The bond is a plain number here: the sweep
        // replaces it. Tolerance: 4 binomial standard errors sqrt(p(1-p)/n), missed by chance
        // with probability about 6e-5 per point (the seed is fixed, so the test is repeatable).
        double[] amounts = {600, 800, 1000, 1200, 1500, 2000};
        Sweep sweep = SweepRuns.line(sweepOf(lumpAgainst(Value.of(900)), BOND), amounts, ProgressListener.NONE);
        assertEquals(BOND.path(), sweep.input());
        for (SweepPoint p : sweep.points()) {
            double expected = PHI.cumulativeProbability((Math.log(p.value()) - COST.mu()) / COST.sigma());
            double se = Math.sqrt(expected * (1 - expected) / N);
            assertEquals(expected, p.coverageProbability(), 4 * se, "coverage at B = " + p.value());
        }
    }

    @Test
    void aSampledInputHeldAtAValueIsFixedThereAndTheOtherDrawsDoNotMove() {
        // The discount rate is sampled and is the first input in the document order, so its
        // uniform comes before the cost's in every iteration's stream. Holding it must leave the
        // cost's draws as they are: were it replaced by a plain number, the cost would take the
        // rate's uniform. At closure in year 0 the lump is not discounted, so the liability's
        // whole distribution must be bit-identical to the unswept run's, under plain Monte Carlo
        // and under Latin hypercube (whose strata are also assigned by input position).
        // The last assertion shows the test can tell: the scenario with the rate written as a
        // plain 0.04 draws the cost from other uniforms, and its liability differs.
        for (Sampling sampling : Sampling.values()) {
            Scenario s = rateBeforeCost(sampling, new Uniform(0.03, 0.07));
            SimulationResults plain = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
            SimulationResults held = sweepOf(s, RATE).run(new double[] {0.04}, ProgressListener.NONE);
            assertEquals(plain.liability(), held.liability(), sampling.toString());
            assertEquals(plain.coverageProbability(), held.coverageProbability(), sampling.toString());
            SimulationResults replaced = new MonteCarloEngine(2).run(rateBeforeCost(sampling, Value.of(0.04)),
                    ProgressListener.NONE);
            assertNotEquals(replaced.liability(), held.liability(), sampling.toString());
        }
    }

    private static Scenario rateBeforeCost(Sampling sampling, Value rate) {
        return scenario().iterations(N).seed(11).horizon(5).sampling(sampling).rate(rate)
                .item(CostItem.lump("Works", "earthworks", COST, 0, 1)).instrument(bond(new Uniform(500, 2500)))
                .build();
    }

    @Test
    void aSampledBondHeldAtAValueCoversAsTheClosedFormSays() {
        // The bond is sampled (uniform 500..2500) and held at 1 200: coverage is then
        // Phi((ln 1200 - mu)/sigma), within 4 binomial standard errors, and the liability is
        // the unswept run's, draw for draw.
        Scenario s = lumpAgainst(new Uniform(500, 2500));
        SimulationResults plain = new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        SimulationResults held = sweepOf(s, BOND).run(new double[] {1200}, ProgressListener.NONE);
        assertEquals(plain.liability(), held.liability());
        double expected = PHI.cumulativeProbability((Math.log(1200) - COST.mu()) / COST.sigma());
        assertEquals(expected, held.coverageProbability(), 4 * Math.sqrt(expected * (1 - expected) / N));
    }

    @Test
    void commonRandomNumbersGiveAMonotoneCurveAndIdenticalOtherDraws() {
        // With the same draws of L in every run, coverage P(B >= L) counts the same L's against a
        // larger B, so it can only grow with B: exactly monotone, not just within noise. Steps of
        // 5 are far smaller than the noise of independent runs (one standard error is about
        // 0.0035 here, the curve moves about 0.002 a step), so independent runs would not be monotone.
        double[] amounts = new double[25];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = 1000 + 5 * i;
        }
        Sweep sweep = SweepRuns.line(sweepOf(lumpAgainst(new Uniform(500, 2500)), BOND), amounts,
                ProgressListener.NONE);
        for (int i = 1; i < amounts.length; i++) {
            assertTrue(sweep.points().get(i).coverageProbability() >= sweep.points().get(i - 1).coverageProbability(),
                    "coverage fell from B = " + amounts[i - 1] + " to " + amounts[i]);
        }
        assertTrue(sweep.points().get(24).coverageProbability() > sweep.points().get(0).coverageProbability());
    }

    @Test
    void aClosureYearHeldBeforeTheScenariosOwnGivesThatYearsFigures() {
        // The plan lays out each domain's condition series from the scenario's earliest closure
        // year (10 here); a sweep that holds the closure year at 3 must still count every cost of
        // the domain and complete it on time. Nothing here is random, so the held run must give
        // exactly the figures of the same scenario written with closure year 3.
        RehabilitationDomain d = new RehabilitationDomain("Dump", null, EngineFeaturesTest.HECTARES_10, Value.of(1),
                EngineFeaturesTest.perHectare(1000), EngineFeaturesTest.perHectare(100), 2, Value.of(5000),
                new Recovery(RecoveryModel.LOGISTIC, Value.of(0.5), Value.of(0.1), Value.of(0.9)), null);
        Scenario at10 = scenario().iterations(200).horizon(40).closure(10).domain(d).instrument(bond(Value.of(50_000)))
                .build();
        Scenario at3 = scenario().iterations(200).horizon(40).closure(3).domain(d).instrument(bond(Value.of(50_000)))
                .build();
        SimulationResults held = sweepOf(at10, InputKey.of(InputField.CLOSURE_YEAR))
                .run(new double[] {3}, ProgressListener.NONE);
        SimulationResults written = new MonteCarloEngine(2).run(at3, ProgressListener.NONE);
        assertEquals(written.liability(), held.liability());
        assertEquals(written.costPV(), held.costPV());
        assertEquals(written.coverageProbability(), held.coverageProbability());
        assertEquals(written.rehabilitation().get(0).completionYear(), held.rehabilitation().get(0).completionYear());
        assertEquals(written.relinquishmentYear(), held.relinquishmentYear());
    }

    @Test
    void anEscalationHeldAboveZeroIsValuedWhereTheScenarioHasNone() {
        // 120 a year forever from closure (year 0) at r = 5 %, escalating at g = 1 % a year: year s
        // costs 120 (1.01)^s and is worth that times 1.05^-s, so L = 120 (1 + r)/(r - g) = 3 150.
        // The scenario has no escalation, so its own valuation skips escalation altogether; holding
        // it must switch to the valuation that reads it (without, L would stay 120 * 1.05/0.05 = 2 520).
        Scenario s = perpetualAgainstBond(Value.of(120));
        SimulationResults held = sweepOf(s, InputKey.of(InputField.REAL_COST_ESCALATION))
                .run(new double[] {0.01}, ProgressListener.NONE);
        assertEquals(120 * 1.05 / 0.04, held.liability().mean(), 1e-9 * 3150);
        SimulationResults none = sweepOf(s, InputKey.of(InputField.REAL_COST_ESCALATION))
                .run(new double[] {0}, ProgressListener.NONE);
        assertEquals(120 * 1.05 / 0.05, none.liability().mean(), 1e-9 * 2520);
    }

    /** Perpetual treatment of a log-normal annual cost from closure (year 0), forfeited then, against a cash bond of 3 000. */
    private static Scenario perpetualAgainstBond(Value annualCost) {
        WaterStream w = new WaterStream("Pit", null, Value.of(1), Value.of(0), null, null, annualCost,
                Value.of(0), null, new WaterDuration.Perpetual());
        return scenario().iterations(N).seed(5).horizon(5).rate(0.05).water(w).instrument(bond(Value.of(3000)))
                .build();
    }

    @Test
    void breakEvenDiscountRateOfPerpetualTreatmentMatchesTheClosedForm() {
        // Annual cost a from relative year 0 forever is worth a(1+r)/r at the forfeiture year
        // (closure, year 0). Coverage P(a(1+r)/r <= B) = P(a <= B r/(1+r)) reaches 0.9 where
        // B r/(1+r) = a90, the 90th percentile of a: a90 = exp(mu + z90 sigma), so
        // r* = a90 / (B - a90). With a log-normal of mean 100, sd 30 and B = 3 000:
        // sigma = 0.2936, mu = 4.5621, a90 = 138.6, r* = 0.04845.
        LogNormal a = new LogNormal(100, 30);
        double a90 = Math.exp(a.mu() + PHI.inverseCumulativeProbability(0.9) * a.sigma());
        double expected = a90 / (3000 - a90);
        BreakEven found = new BreakEvenSearch(sweepOf(perpetualAgainstBond(a), RATE), Target.parse("coverage=0.9"),
                BreakEvenSearch.DEFAULT_STEPS, ProgressListener.NONE).search(0.02, 0.10);
        assertEquals(BreakEven.Outcome.CROSSED, found.outcome());
        assertTrue(found.interval().lower() <= expected && expected <= found.interval().upper(),
                "r* = " + expected + " outside " + found.interval());
        assertTrue(found.interval().lower() <= found.value() && found.value() <= found.interval().upper());
        // The interval is the Monte Carlo uncertainty: 1.96 standard errors of coverage (0.0042)
        // over the slope dCov/dr = phi(z90)/sigma / (r(1+r)) = 11.5 at r*: about +-0.0004.
        assertTrue(found.interval().upper() - found.interval().lower() < 0.002, found.interval().toString());
        assertTrue(!found.intervalOpen());
    }

    @Test
    void aDeterministicBreakEvenIsBracketedToTheBisectionsResolution() {
        // a = 120 every year: a(1+r)/r = 3 000 at r* = a / (B - a) = 120 / 2 880 = 0.041667. Coverage
        // jumps from 0 to 1 there; the interval is the last bracket, 0.08 / 2^10 wide.
        BreakEven found = new BreakEvenSearch(sweepOf(perpetualAgainstBond(Value.of(120)), RATE),
                Target.parse("coverage=0.9"), BreakEvenSearch.DEFAULT_STEPS, ProgressListener.NONE).search(0.02, 0.10);
        double expected = 120.0 / 2880.0;
        assertTrue(found.interval().lower() <= expected && expected <= found.interval().upper(),
                "r* = " + expected + " outside " + found.interval());
        assertEquals(0.08 / 1024, found.interval().upper() - found.interval().lower(), 1e-12);
        assertEquals(expected, found.value(), found.resolution());
    }

    @Test
    void saysSoWhenTheTargetIsNeverReachedInTheRange() {
        // At r = 0.02, B r/(1+r) = 58.8, far below a90 = 138.6: coverage is near 0 across 0.01..0.02.
        BreakEven found = new BreakEvenSearch(sweepOf(perpetualAgainstBond(new LogNormal(100, 30)), RATE),
                Target.parse("requiredAdditional.p90=0"), 4, ProgressListener.NONE).search(0.01, 0.02);
        assertEquals(BreakEven.Outcome.NEVER_REACHED, found.outcome());
        assertTrue(Double.isNaN(found.value()));
        assertEquals(2, found.runs());
    }

    @Test
    void refusesAnInputTheScenarioDoesNotHave() {
        InputKey missing = InputKey.of(InputField.INSTRUMENT_AMOUNT, "No such bond");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sweepOf(lumpAgainst(Value.of(900)), missing));
        assertTrue(e.getMessage().contains("assurance/No such bond/amount"), e.getMessage());
    }

    @Test
    void refusesAnEmptyRangeAndAnUnknownFigure() {
        InputSweep sweep = sweepOf(lumpAgainst(Value.of(900)), BOND);
        assertThrows(IllegalArgumentException.class, () -> SweepRuns.line(sweep, new double[0], ProgressListener.NONE));
        BreakEvenSearch search = new BreakEvenSearch(sweep, Target.parse("coverage=0.9"), 4, ProgressListener.NONE);
        assertThrows(IllegalArgumentException.class, () -> search.search(1000, 1000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Target.parse("fund.exhaustion=0.1"));
        assertTrue(e.getMessage().contains("unknown target figure 'fund.exhaustion'"), e.getMessage());
    }
}
