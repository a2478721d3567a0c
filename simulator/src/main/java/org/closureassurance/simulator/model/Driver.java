package org.closureassurance.simulator.model;

import java.util.Objects;

/**
 * Ties a yearly yes/no event of probability {@code p} to an economic factor by the one-factor
 * model (Vasicek 2002; docs/model.md, "Economic factors"): the event happens in year {@code t}
 * exactly when {@code sqrt(w) M_t + sqrt(1-w) eps_t < Phi^-1(p)}, so its probability stays
 * {@code p} on average and rises in the factor's bad years.
 *
 * @param factor the name of an {@link EconomicFactor}
 * @param weight {@code w}, the share of the event's latent variance the factor explains, in {@code [0, 1)}
 */
public record Driver(String factor, double weight) {
    public Driver {
        Objects.requireNonNull(factor, "factor");
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("driver weight must lie in [0, 1), was " + weight);
        }
    }

    /** The same driver with weight 0: the event independent of the factor, as without a driver. */
    public Driver unweighted() {
        return new Driver(factor, 0);
    }
}
