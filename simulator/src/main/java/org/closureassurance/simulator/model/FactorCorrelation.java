package org.closureassurance.simulator.model;

import java.util.Objects;

/**
 * The Pearson correlation {@code rho} of two economic factors' yearly innovations (their
 * {@code M_t} share it at {@code t = 0} and for equal persistences).
 */
public record FactorCorrelation(String a, String b, double rho) {
    public FactorCorrelation {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!(rho > -1 && rho < 1)) {
            throw new IllegalArgumentException("rho must lie strictly between -1 and 1, was " + rho);
        }
    }
}
