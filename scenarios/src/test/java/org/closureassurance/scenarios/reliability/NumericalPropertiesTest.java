package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Numerical robustness over random valid scenarios ({@link ScenarioGenerators}), each run
 * small (50 to 300 iterations). With the same seed every iteration draws the same numbers
 * (common random numbers), so changes that move each iteration one way move the aggregates
 * the same way: removing a bond never raises coverage, adding one never lowers it, raising a
 * cost never lowers the liability.
 *
 * <p>Each property is a plain JUnit test over a fixed number of tries, each try drawn from its
 * own {@link Gen} seeded from {@link #SEED} and the try index; a failure prints the try, its
 * seed and the input (the scenario's JSON text).
 */
class NumericalPropertiesTest {
    /** Master seed of every property here. */
    private static final long SEED = 20261123L;

    /** A generated scenario and the text it was read from, which is how a failure shows it. */
    private record Sample(String json, Scenario scenario) {
        static Sample of(Gen g) {
            String json = ScenarioGenerators.json(g);
            return new Sample(json, ScenarioGenerators.read(json));
        }

        @Override
        public String toString() {
            return json;
        }
    }

    private record WithAmount(Sample sample, double amount) {
    }

    private record WithFactor(Sample sample, double factor, int which) {
    }

    private record Fixed(double cost, double bond, int closure, double rate, int duration) {
    }

    private static SimulationResults run(Scenario s) {
        return new MonteCarloEngine(1).run(s, ProgressListener.NONE);
    }

    /** Checks {@code property} on {@code tries} random scenarios. */
    private static void forAllScenarios(int tries, Consumer<Scenario> property) {
        Gen.forAll(SEED, tries, Sample::of, Sample::toString, sample -> property.accept(sample.scenario()));
    }

    @Test
    void resultsAreFiniteOrderedAndProbabilitiesLieInTheUnitInterval() {
        forAllScenarios(60, s -> ResultsInvariants.check(run(s)));
    }

    @Test
    void resultsAreIdenticalAfterSavingAndReloading() {
        forAllScenarios(40, s -> {
            Scenario reloaded = ScenarioReader.readString(ScenarioWriter.write(s)).scenarioOrThrow();
            assertEquals(ResultsJson.write(run(s)), ResultsJson.write(run(reloaded)));
        });
    }

    @Test
    void removingTheLastInstrumentNeverRaisesCoverage() {
        forAllScenarios(40, NumericalPropertiesTest::removingTheLastInstrumentNeverRaisesCoverage);
    }

    private static void removingTheLastInstrumentNeverRaisesCoverage(Scenario s) {
        if (s.assurance().isEmpty()) {
            return;
        }
        List<AssuranceInstrument> fewer = new ArrayList<>(s.assurance());
        fewer.remove(fewer.size() - 1);
        SimulationResults with = run(s);
        SimulationResults without = run(withAssurance(s, fewer));
        assertEquals(with.liability(), without.liability(), "the liability does not depend on the assurance");
        assertCoverageAtMost(without, with);
    }

    @Test
    void addingABondNeverLowersCoverage() {
        Gen.forAll(SEED, 40, g -> new WithAmount(Sample.of(g), g.doubleBetween(0, 5e7, 2)), Object::toString,
                in -> addingABondNeverLowersCoverage(in.sample().scenario(), in.amount()));
    }

    private static void addingABondNeverLowersCoverage(Scenario s, double amount) {
        List<AssuranceInstrument> more = new ArrayList<>(s.assurance());
        more.add(new AssuranceInstrument.Bond("Added bond", null, BondKind.SURETY, Value.of(amount), null,
                Value.of(0), Value.of(0)));
        SimulationResults before = run(s);
        SimulationResults after = run(withAssurance(s, more));
        assertEquals(before.liability(), after.liability(), "the liability does not depend on the assurance");
        assertCoverageAtMost(before, after);
        assertTrue(after.assurance().isEmpty() || after.assurance().min() >= before.assurance().min());
    }

    @Test
    void raisingACostNeverLowersTheLiability() {
        Gen.forAll(SEED, 40, g -> new WithFactor(Sample.of(g), g.doubleBetween(1, 3, 2), g.intBetween(0, 3)),
                Object::toString, in -> raisingACostNeverLowersTheLiability(in.sample().scenario(), in.factor(),
                        in.which()));
    }

    private static void raisingACostNeverLowersTheLiability(Scenario s, double factor, int which) {
        int k = which % s.costItems().size();
        List<CostItem> items = new ArrayList<>(s.costItems());
        CostItem c = items.get(k);
        items.set(k, new CostItem(c.name(), c.description(), c.category(), c.quantity(), c.unitCost(),
                scaled(c.amount(), factor), c.startYear(), c.durationYears(), c.accrual()));
        SimulationResults before = run(s);
        SimulationResults after = run(withCostItems(s, items));
        assertEquals(before.forfeitureProbability(), after.forfeitureProbability());
        assertNotBelow(after.liability(), before.liability(), "liability");
        assertNotBelow(after.costPV(), before.costPV(), "costPV");
        double[] lo = before.distributions().liability();
        double[] hi = after.distributions().liability();
        for (int i = 0; i < lo.length; i++) {
            assertTrue(hi[i] >= lo[i], "liability percentile " + i + " fell: " + lo[i] + " -> " + hi[i]);
        }
    }

    @Test
    void aDeterministicShortfallIsExactlyTheLiabilityLessTheAssurance() {
        Gen.forAll(SEED, 200, g -> new Fixed(g.doubleBetween(0, 1e9, 2), g.doubleBetween(0, 1e9, 2),
                        g.intBetween(0, 40), g.doubleBetween(0, 0.1, 2), g.intBetween(1, 5)), Object::toString,
                in -> aDeterministicShortfallIsExactlyTheLiabilityLessTheAssurance(in.cost(), in.bond(), in.closure(),
                        in.rate(), in.duration()));
    }

    private static void aDeterministicShortfallIsExactlyTheLiabilityLessTheAssurance(double cost, double bond,
            int closure, double rate, int duration) {
        Scenario s = ScenarioGenerators.read("{\"format\": \"closure-assurance/1\", \"name\": \"Fixed\", "
                + "\"simulation\": {\"horizonYears\": 60, \"iterations\": 20}, \"economics\": {\"discountRate\": "
                + ScenarioGenerators.num(rate) + "}, \"closureYear\": " + closure + ", \"forfeiture\": {\"mode\": "
                + "\"at-closure\"}, \"costItems\": [{\"name\": \"Works\", \"amount\": " + ScenarioGenerators.num(cost)
                + ", \"durationYears\": " + duration + "}], \"assurance\": [{\"type\": \"bond\", \"name\": \"Bond\", "
                + "\"amount\": " + ScenarioGenerators.num(bond) + "}]}");
        SimulationResults r = run(s);
        double l = r.liability().mean();
        assertEquals(r.liability().min(), r.liability().max(), "a fixed scenario has one liability");
        assertEquals(bond, r.assurance().max());
        assertEquals(Math.max(0, l - bond), r.shortfall().min());
        assertEquals(Math.max(0, l - bond), r.shortfall().max());
        assertEquals(l <= bond ? 1.0 : 0.0, r.coverageProbability());
        double annuity = 0;
        for (int k = 0; k < duration; k++) {
            annuity += Math.pow(1 + rate, -k);
        }
        assertEquals(cost / duration * annuity, l, 1e-9 * Math.max(1, cost), "closed form: a * sum v^k");
    }

    private static void assertCoverageAtMost(SimulationResults lower, SimulationResults higher) {
        if (Double.isNaN(lower.coverageProbability())) {
            assertTrue(Double.isNaN(higher.coverageProbability()));
            return;
        }
        assertTrue(lower.coverageProbability() <= higher.coverageProbability(),
                lower.coverageProbability() + " > " + higher.coverageProbability());
        double[] lo = lower.timeline().coverageProbability();
        double[] hi = higher.timeline().coverageProbability();
        for (int t = 0; t < lo.length; t++) {
            assertTrue(lo[t] <= hi[t], "timeline coverage in year " + t + ": " + lo[t] + " > " + hi[t]);
        }
        double[] sLo = lower.distributions().shortfall();
        double[] sHi = higher.distributions().shortfall();
        for (int i = 0; i < sLo.length; i++) {
            assertTrue(sLo[i] >= sHi[i], "shortfall percentile " + i + " fell with less assurance");
        }
    }

    private static void assertNotBelow(Stats hi, Stats lo, String what) {
        assertEquals(lo.count(), hi.count(), what + ".count");
        if (lo.isEmpty()) {
            return;
        }
        double[] a = {lo.min(), lo.p5(), lo.p10(), lo.p50(), lo.p80(), lo.p90(), lo.p95(), lo.p99(), lo.max()};
        double[] b = {hi.min(), hi.p5(), hi.p10(), hi.p50(), hi.p80(), hi.p90(), hi.p95(), hi.p99(), hi.max()};
        for (int i = 0; i < a.length; i++) {
            assertTrue(b[i] >= a[i], what + " statistic " + i + " fell: " + a[i] + " -> " + b[i]);
        }
        assertTrue(hi.mean() >= lo.mean() * (1 - 1e-12), what + ".mean fell");
    }

    /** {@code v} with every draw multiplied by {@code f > 0}: each distribution's quantile at u scales by f. */
    static Value scaled(Value v, double f) {
        if (v instanceof Constant c) {
            return Value.of(c.value() * f);
        } else if (v instanceof Uniform u) {
            return new Uniform(u.min() * f, u.max() * f);
        } else if (v instanceof Triangular t) {
            return new Triangular(t.min() * f, t.mode() * f, t.max() * f);
        } else if (v instanceof Pert p) {
            return new Pert(p.min() * f, p.mode() * f, p.max() * f, p.lambda());
        } else if (v instanceof LogNormal l) {
            return new LogNormal(l.mean() * f, l.sd() * f);
        } else if (v instanceof Normal n) {
            return new Normal(n.mean() * f, n.sd() * f, n.min() * f, n.max() * f);
        }
        Discrete d = (Discrete) v;
        double[] values = d.values();
        for (int i = 0; i < values.length; i++) {
            values[i] *= f;
        }
        return new Discrete(values, d.weights());
    }

    private static Scenario withAssurance(Scenario s, List<AssuranceInstrument> assurance) {
        return new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(), s.economics(),
                s.closureYear(), s.forfeiture(), s.costItems(), s.indirectCosts(), s.correlations(), s.waterTreatment(),
                s.rehabilitation(), s.riskEvents(), assurance);
    }

    private static Scenario withCostItems(Scenario s, List<CostItem> items) {
        return new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(), s.economics(),
                s.closureYear(), s.forfeiture(), items, s.indirectCosts(), s.correlations(), s.waterTreatment(),
                s.rehabilitation(), s.riskEvents(), s.assurance());
    }
}
