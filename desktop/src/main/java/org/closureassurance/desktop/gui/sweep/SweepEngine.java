package org.closureassurance.desktop.gui.sweep;

import java.util.List;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.BreakEvenSearch;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepRuns;
import org.closureassurance.simulator.sweep.Target;

/**
 * How the dialog's sweeps are run: on the application's engine, each sweep or search compiling
 * the scenario once and reusing that plan for every value. Tests give something simpler.
 */
public interface SweepEngine {
    /** One run per value of {@code key}, in order. */
    Sweep line(Scenario scenario, InputKey key, double[] values, ProgressListener listener);

    /** The value of {@code key} between {@code from} and {@code to} at which the figure crosses {@code target}. */
    BreakEven search(Scenario scenario, InputKey key, Target target, double from, double to,
                     ProgressListener listener);

    /** Sweeps on {@code engine}, with the command line's bisection steps. */
    static SweepEngine on(MonteCarloEngine engine) {
        return new SweepEngine() {
            @Override
            public Sweep line(Scenario scenario, InputKey key, double[] values, ProgressListener listener) {
                return SweepRuns.line(
                        new InputSweep(engine, scenario, List.of(key)), values, listener);
            }

            @Override
            public BreakEven search(Scenario scenario, InputKey key, Target target, double from, double to,
                                    ProgressListener listener) {
                return new BreakEvenSearch(new InputSweep(engine, scenario, List.of(key)), target,
                        BreakEvenSearch.DEFAULT_STEPS, listener).search(from, to);
            }
        };
    }
}
