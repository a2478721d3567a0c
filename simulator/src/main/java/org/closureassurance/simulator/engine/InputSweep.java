package org.closureassurance.simulator.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * Runs one scenario again and again with one or two inputs held at given values, for sweeps
 * and break-even searches. The scenario is compiled once and every run reuses that plan; the
 * held inputs keep their place in the draws (their uniforms are still drawn, then their values
 * replaced), so every other input is drawn identically in every run: common random numbers,
 * and differences between runs come from the held inputs alone.
 *
 * <p>A held input may be sampled (it is fixed at the value) or a plain number (it is
 * replaced). The values are in the unit the scenario gives the input; this class does not
 * check them against the input's valid range (the scenario format does, naming the field).
 * Only the headline figures of a run mean what they say: the sensitivity ranking still ranks
 * the held inputs' unused draws, and the condition fan keeps the scenario's earliest year.
 */
public final class InputSweep {
    /**
     * The inputs that only the general valuation reads ({@link DiscountPlan}): a scenario whose
     * escalation and after-forfeiture inputs are all 0 is valued without them, so a sweep that
     * holds one of them asks for the general valuation.
     */
    private static final Set<InputField> GENERAL_ONLY = EnumSet.of(InputField.REAL_COST_ESCALATION,
            InputField.MOBILISATION_DELAY, InputField.CARE_AND_MAINTENANCE, InputField.THIRD_PARTY_PREMIUM,
            InputField.ESTATE_RECOVERY);

    private final MonteCarloEngine engine;
    private final Scenario scenario;
    private final List<InputKey> keys;
    private final int[] slots;
    private final RunPlan plan;

    /**
     * Compiles {@code scenario} to hold the inputs {@code keys} (one or two, distinct).
     *
     * @throws IllegalArgumentException naming the path when the scenario has no such input
     */
    public InputSweep(MonteCarloEngine engine, Scenario scenario, List<InputKey> keys) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.keys = List.copyOf(keys);
        if (this.keys.isEmpty() || this.keys.size() > 2 || this.keys.stream().distinct().count() != this.keys.size()) {
            throw new IllegalArgumentException("a sweep holds one or two distinct inputs, was " + keys);
        }
        List<SampledInput> all = InputPaths.all(scenario);
        this.slots = this.keys.stream().mapToInt(k -> slotOf(all, k)).toArray();
        this.plan = new RunPlan(scenario, this.keys.stream().anyMatch(k -> GENERAL_ONLY.contains(k.field())));
    }

    private static int slotOf(List<SampledInput> all, InputKey key) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key.path() + ": the scenario has no such input");
    }

    /** The held inputs, in the order their values are given. */
    public List<InputKey> keys() {
        return keys;
    }

    /** The scenario swept. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * One run with the held inputs at {@code values} (one per key, in order). Cancelling works as
     * for {@link MonteCarloEngine#run}.
     *
     * @throws RunTooLargeException if the run does not fit in the memory the JVM lets it use
     */
    public SimulationResults run(double[] values, ProgressListener listener) {
        if (values.length != slots.length) {
            throw new IllegalArgumentException("give " + slots.length + " values, was " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(keys.get(i).path() + ": the value must be finite, was " + values[i]);
            }
        }
        long started = System.nanoTime();
        long need = engine.checkMemory(scenario);
        try {
            return engine.simulate(plan, new InputOverride(slots, values), listener, started);
        } catch (OutOfMemoryError e) {
            throw RunTooLargeException.ranOut(need, Runtime.getRuntime().maxMemory(),
                    scenario.simulation().iterations());
        }
    }
}
