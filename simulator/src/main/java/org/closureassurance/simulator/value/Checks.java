package org.closureassurance.simulator.value;

/** Argument checks shared by the distribution records. */
final class Checks {
    private Checks() {
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + x);
        }
    }

    static void ordered(double lo, double hi, String loName, String hiName) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException(hiName + " must be >= " + loName + " (was " + hi + " < " + lo + ")");
        }
    }
}
