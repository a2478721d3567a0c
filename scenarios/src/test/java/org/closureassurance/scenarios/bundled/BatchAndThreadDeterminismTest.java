package org.closureassurance.scenarios.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioValidator;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's results do not depend on how many threads run it or on how many iterations
 * its workers carry through the kernels at once: every bundled scenario, and the 40-item
 * benchmark scenario, gives byte-identical results files on 1, 2 and 3 threads with batches
 * of 64 (the default) and 384 iterations as on 1 thread with batches of 500. 7,000
 * iterations: past the pilot, several 1,024-iteration chunks per thread, and a last chunk and
 * batch that are partial; 384 and 500 do not divide the chunk, so batches end in different
 * places from 64's.
 */
class BatchAndThreadDeterminismTest {
    private static final int ITERATIONS = 7_000;

    static Stream<String> scenarios() {
        return Stream.concat(BundledScenarios.names().stream(), Stream.of("performance-40-items"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void resultsAreByteIdenticalAcrossThreadsAndBatchSizes(String name) {
        Scenario s = load(name);
        s = s.withSimulation(s.simulation().withIterations(ITERATIONS));
        String reference = run(s, 1, 500);
        for (int threads = 1; threads <= 3; threads++) {
            for (int batch : new int[] {64, 384}) {
                assertEquals(reference, run(s, threads, batch), name + " on " + threads + " threads, batch " + batch);
            }
        }
    }

    /**
     * The same with the parts valued by absolute year drawn in every iteration: the stress case
     * (Latin hypercube, a perpetual stream, trust fund drawdown) under a declining schedule with
     * a sampled middle step, sampled escalation, and a sampled mobilisation delay, care and
     * maintenance, premium and estate recovery.
     */
    @Test
    void scheduleEscalationAndAfterForfeitureAreByteIdenticalAcrossThreadsAndBatchSizes() {
        Scenario s = load("ngo-stress-case");
        Economics economics = new Economics(null, List.of(new DiscountStep(0, Value.of(0.035)),
                new DiscountStep(30, new Uniform(0.02, 0.03)), new DiscountStep(75, Value.of(0.015))),
                new Triangular(0, 0.003, 0.01));
        AfterForfeiture after = new AfterForfeiture(new Uniform(0.5, 3.5), new Triangular(5e5, 1e6, 2e6),
                new Uniform(10, 25), new Uniform(0, 0.2));
        Scenario varied = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(),
                s.simulation().withIterations(ITERATIONS), economics, s.closureYear(), s.forfeiture(), s.costItems(),
                s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                s.assurance(), s.overruns(), after);
        assertEquals(List.of(), ScenarioValidator.validate(varied));
        String reference = run(varied, 1, 500);
        for (int threads = 1; threads <= 3; threads++) {
            for (int batch : new int[] {64, 384}) {
                assertEquals(reference, run(varied, threads, batch), "on " + threads + " threads, batch " + batch);
            }
        }
    }

    /**
     * The same with section 12's drivers on top of the additions valued by absolute year: the
     * stress case under a declining schedule with escalation and a sampled estate recovery and
     * mobilisation delay, its forfeiture hazard, a named provider (its bond naming it), a parent
     * guarantee and the drawing-down trust fund's returns all driven by one persistent factor.
     * Factor paths and each driven event's draws come from streams of their own, and the public
     * cost takes the schedule's factor of the forfeiture year, so none of it may depend on
     * threads or batches.
     */
    @Test
    void driversWithScheduleAndEstateRecoveryAreByteIdenticalAcrossThreadsAndBatchSizes() {
        Scenario s = load("ngo-stress-case");
        Economics economics = new Economics(null, List.of(new DiscountStep(0, Value.of(0.035)),
                new DiscountStep(30, Value.of(0.03)), new DiscountStep(75, Value.of(0.025))),
                new Triangular(0, 0.003, 0.01));
        AfterForfeiture after = new AfterForfeiture(new Uniform(0.5, 3.5), Value.of(1e6), Value.of(15),
                new Uniform(0, 0.3));
        Driver commodity = new Driver("commodity-price", 0.4);
        Economy economy = new Economy(List.of(new EconomicFactor("commodity-price", null, 0.7)), List.of());
        List<Provider> providers = List.of(new Provider("Surety Co A", null, Value.of(0.01), Value.of(0.3),
                new Driver("commodity-price", 0.3)));
        List<AssuranceInstrument> assurance = new ArrayList<>();
        for (AssuranceInstrument a : s.assurance()) {
            if (a instanceof AssuranceInstrument.Bond b) {
                assurance.add(new AssuranceInstrument.Bond(b.name(), b.description(), b.kind(), b.amount(),
                        b.schedule(), Value.of(0), Value.of(0), "Surety Co A", null));
            } else if (a instanceof AssuranceInstrument.TrustFund t) {
                assurance.add(new AssuranceInstrument.TrustFund(t.name(), t.description(), t.initialBalance(),
                        t.annualContribution(), t.annualReturn(), t.annualFeeRate(), t.drawdown(), commodity));
            } else {
                assurance.add(a);
            }
        }
        assurance.add(new AssuranceInstrument.ParentGuarantee("Parent", null, Value.of(1e7), Value.of(0.3), commodity));
        Forfeiture.AnnualHazard hazard = (Forfeiture.AnnualHazard) s.forfeiture();
        Scenario driven = new Scenario(s.name(), s.description(), s.currency(), s.baseYear(),
                s.simulation().withIterations(ITERATIONS), economics, s.closureYear(),
                new Forfeiture.AnnualHazard(hazard.beforeClosure(), hazard.afterClosure(), commodity), s.costItems(),
                s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                assurance, s.overruns(), economy, providers, after);
        assertEquals(List.of(), ScenarioValidator.validate(driven));
        String reference = run(driven, 1, 500);
        assertTrue(reference.contains("\"forfeitureShareByDecile\""), "the factor is reported, so the drivers ran");
        for (int threads = 1; threads <= 3; threads++) {
            for (int batch : new int[] {64, 384}) {
                assertEquals(reference, run(driven, threads, batch), "on " + threads + " threads, batch " + batch);
            }
        }
    }

    private static String run(Scenario s, int threads, int batch) {
        return ResultsJson.write(new MonteCarloEngine(threads, "test", batch).run(s, ProgressListener.NONE));
    }

    /** A bundled scenario by name, including the benchmark scenario that the list of names leaves out. */
    private static Scenario load(String name) {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(name + ".json")) {
            return ScenarioReader.read(in.readAllBytes()).scenarioOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
