package org.closureassurance.simulator.model;

import java.util.Objects;

/**
 * A standardised economic state (a commodity price, the economy) that walks-aways, surety
 * failures and fund returns may share (docs/model.md, "Economic factors"): each iteration draws
 * a path {@code M_0 = e_0}, {@code M_t = phi M_(t-1) + sqrt(1 - phi^2) e_t}, standard normal in
 * every year; low values are bad times.
 *
 * @param name unique among the factors, no {@code /}
 * @param description free text, nullable
 * @param persistence {@code phi}, the year-to-year autocorrelation, in {@code [0, 1)}
 */
public record EconomicFactor(String name, String description, double persistence) {
    public EconomicFactor {
        Objects.requireNonNull(name, "name");
        if (!(persistence >= 0 && persistence < 1)) {
            throw new IllegalArgumentException("persistence must lie in [0, 1), was " + persistence);
        }
    }

    /**
     * {@code sqrt(1 - phi^2)}, the weight of each year's innovation: it keeps every year's state
     * standard normal, and both the scenario engine and the portfolio's shared world scale by it.
     */
    public double innovationScale() {
        return Math.sqrt(1.0 - persistence * persistence);
    }
}
