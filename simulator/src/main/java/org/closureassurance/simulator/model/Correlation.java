package org.closureassurance.simulator.model;

import java.util.Objects;

/**
 * A Spearman rank correlation {@code rho} between two per-iteration inputs named by their
 * paths, induced by a Gaussian copula (docs/model.md).
 */
public record Correlation(String a, String b, double rho) {
    public Correlation {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!(rho > -1 && rho < 1)) {
            throw new IllegalArgumentException("rho must lie strictly between -1 and 1, was " + rho);
        }
    }
}
