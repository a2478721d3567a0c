package org.closureassurance.scenarios.reliability;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Value;

/**
 * The invariant the fuzz test holds every input to: reading any bytes gives either a
 * scenario or problems that each have a path and a message (never an exception or an
 * "internal error"); a scenario written and read back is equal; and a tiny engine run of it
 * finishes and keeps {@link ResultsInvariants}. Inputs in the families of the known engine
 * bugs ({@link EngineBugRegressionTest}) skip or excuse the engine part, and are counted.
 */
final class ReadRunOracle {
    /** Iterations of the tiny engine run. */
    static final int ITERATIONS = 20;
    /** Bounds beyond this magnitude may overflow when multiplied (a known engine bug family). */
    static final double OVERFLOW_MAGNITUDE = 1e100;

    /** What one input turned out to be. */
    enum Outcome { INVALID, VALID_RUN, VALID_KNOWN_ENGINE_BUG }

    /** Runs the engine with a time limit; replaced when a run hangs, since a stuck thread cannot be stopped. */
    private static ExecutorService runner = newRunner();

    private ReadRunOracle() {
    }

    /** Checks {@code bytes}; throws {@link AssertionError} when the invariant breaks. */
    static Outcome check(byte[] bytes) {
        LoadResult result = ScenarioReader.read(bytes);
        if (!result.isValid()) {
            List<ValidationError> errors = result.errors();
            if (errors.isEmpty()) {
                throw new AssertionError("invalid without errors");
            }
            for (ValidationError e : errors) {
                if (e.path().isEmpty() || e.message().isBlank()) {
                    throw new AssertionError("problem without path or message: " + e);
                }
                if (e.message().contains("internal error")) {
                    throw new AssertionError("reader failed inside: " + e);
                }
            }
            return Outcome.INVALID;
        }
        Scenario scenario = result.scenarioOrThrow();
        LoadResult reread = ScenarioReader.readString(ScenarioWriter.write(scenario));
        if (!reread.isValid()) {
            throw new AssertionError("the written scenario does not read back:\n" + reread.errorReport());
        }
        if (!scenario.equals(reread.scenarioOrThrow())) {
            throw new AssertionError("the written scenario reads back different");
        }
        if (mayHang(scenario)) {
            return Outcome.VALID_KNOWN_ENGINE_BUG;
        }
        SimulationResults r;
        try {
            r = run(scenario);
        } catch (EngineFailure e) {
            if (mayOverflow(scenario)) {
                return Outcome.VALID_KNOWN_ENGINE_BUG;
            }
            throw new AssertionError("engine run threw " + e.getCause(), e.getCause());
        }
        List<String> broken = ResultsInvariants.violations(r);
        if (broken.isEmpty()) {
            return Outcome.VALID_RUN;
        }
        if (mayOverflow(scenario)) {
            return Outcome.VALID_KNOWN_ENGINE_BUG;
        }
        throw new AssertionError("results break " + broken.size() + " invariant(s):\n  "
                + String.join("\n  ", broken.subList(0, Math.min(10, broken.size()))));
    }

    /**
     * The engine threw. Outside the overflow family that breaks the invariant; inside it, an
     * engine that refuses such a scenario with an exception is one way of fixing that bug.
     */
    private static final class EngineFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EngineFailure(Throwable cause) {
            super(cause);
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-engine-run");
            t.setDaemon(true);
            return t;
        });
    }

    private static synchronized SimulationResults run(Scenario scenario) {
        Scenario small = scenario.withSimulation(scenario.simulation()
                .withIterations(Math.min(ITERATIONS, scenario.simulation().iterations())));
        Future<SimulationResults> f = runner.submit(() -> new MonteCarloEngine(1).run(small, ProgressListener.NONE));
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            runner.shutdownNow();
            runner = newRunner();
            throw new AssertionError("engine run did not finish in 20 s (a hang): " + ScenarioWriter.write(scenario));
        } catch (ExecutionException e) {
            throw new EngineFailure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Inputs of the known hangs: a PERT with vast (or overflowing) Beta shapes. (Yearly risks
     * with vast bounds were one too; validation now refuses those the engine would simulate one
     * occurrence at a time, so every yearly risk that reads must run in time.)
     */
    static boolean mayHang(Scenario s) {
        for (SampledInput in : s.sampledInputs()) {
            if (in.value() instanceof Pert p && !(p.alpha() < 1e7 && p.beta() < 1e7)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inputs of the known overflow family: magnitudes whose products leave the range of a
     * double, a negative or vanishing discount rate (whose discount factor or perpetuity grows
     * without bound), explosive fund returns or recovery rates.
     */
    static boolean mayOverflow(Scenario s) {
        if (s.economics().discountRate().lowerBound() < 1e-200) {
            return true;
        }
        for (SampledInput in : s.sampledInputs()) {
            if (magnitude(in.value()) >= OVERFLOW_MAGNITUDE) {
                return true;
            }
        }
        for (var in : org.closureassurance.simulator.model.InputPaths.all(s)) {
            if (magnitude(in.value()) >= OVERFLOW_MAGNITUDE) {
                return true;
            }
        }
        for (AssuranceInstrument a : s.assurance()) {
            if (a instanceof AssuranceInstrument.TrustFund t && magnitude(t.annualReturn()) >= 1e-3
                    && t.annualReturn().upperBound() > 0.5) {
                return true;
            }
        }
        for (RehabilitationDomain d : s.rehabilitation()) {
            if (d.recovery().rate().upperBound() > 700) {
                return true;
            }
        }
        return false;
    }

    private static double magnitude(Value v) {
        double m = 0;
        for (double b : new double[] {v.lowerBound(), v.upperBound()}) {
            if (Double.isFinite(b)) {
                m = Math.max(m, Math.abs(b));
            }
        }
        if (v instanceof LogNormal l) {
            m = Math.max(m, Math.max(l.mean(), l.sd()));
        } else if (v instanceof Normal n) {
            m = Math.max(m, Math.max(Math.abs(n.mean()), n.sd()));
        }
        return m;
    }
}
