package org.closureassurance.simulator.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;

/**
 * Runs the points of a sweep one after another on one compiled scenario, reporting progress
 * over the whole sweep. A cancelled sweep ends with {@link RunCancelledException}.
 */
public final class SweepRuns {
    private SweepRuns() {
    }

    /** One run per value of the sweep's single input, in the order given. */
    public static Sweep line(InputSweep sweep, double[] values, ProgressListener listener) {
        requireInputs(sweep, 1);
        requireValues(values, "values");
        long n = sweep.scenario().simulation().iterations();
        List<SweepPoint> points = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            points.add(SweepPoint.of(v, sweep.run(new double[] {v},
                    new SweepProgress(listener, i, values.length, n))));
        }
        return new Sweep(sweep.keys().get(0).path(), points);
    }

    /** One run per pair of values of the sweep's two inputs: every value of the first with every value of the second. */
    public static SweepGrid grid(InputSweep sweep, double[] values, double[] values2, ProgressListener listener) {
        requireInputs(sweep, 2);
        requireValues(values, "values");
        requireValues(values2, "values2");
        long n = sweep.scenario().simulation().iterations();
        int runs = values.length * values2.length;
        List<List<SweepPoint>> rows = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            List<SweepPoint> row = new ArrayList<>(values2.length);
            for (int j = 0; j < values2.length; j++) {
                row.add(SweepPoint.of(values2[j], sweep.run(new double[] {values[i], values2[j]},
                        new SweepProgress(listener, i * values2.length + j, runs, n))));
            }
            rows.add(row);
        }
        return new SweepGrid(sweep.keys().get(0).path(), sweep.keys().get(1).path(),
                Arrays.stream(values).boxed().toList(), Arrays.stream(values2).boxed().toList(), rows);
    }

    private static void requireInputs(InputSweep sweep, int count) {
        if (sweep.keys().size() != count) {
            throw new IllegalArgumentException("this sweep holds " + sweep.keys().size() + " inputs, not " + count);
        }
    }

    private static void requireValues(double[] values, String what) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the sweep's " + what + " are empty: give at least one value");
        }
    }
}
