package org.closureassurance.simulator.model;

/** The range checks the requirement records share: plain finite numbers {@code >= 0}. */
final class RequirementNumbers {
    private RequirementNumbers() {
    }

    static void nonNegative(double x, String field) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + x);
        }
    }
}
