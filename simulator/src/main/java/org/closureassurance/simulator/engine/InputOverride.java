package org.closureassurance.simulator.engine;

/**
 * Inputs held at given values for a whole run (a sweep's point): after an iteration's draws are
 * loaded, each named slot of its input vector is set to its value. The draws themselves are
 * untouched, so every other input takes exactly the values it takes without the override:
 * the sweep's common random numbers.
 */
record InputOverride(int[] slots, double[] values) {
    /** No input held. */
    static final InputOverride NONE = new InputOverride(new int[0], new double[0]);

    InputOverride {
        if (slots.length != values.length) {
            throw new IllegalArgumentException(slots.length + " slots but " + values.length + " values");
        }
        slots = slots.clone();
        values = values.clone();
    }

    /** Sets the held inputs in the iteration's input vector {@code x}. */
    void apply(double[] x) {
        for (int i = 0; i < slots.length; i++) {
            x[slots[i]] = values[i];
        }
    }
}
