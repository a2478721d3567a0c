package org.closureassurance.simulator.model;

import java.util.List;

/**
 * The scenario's economic factors and the correlations of their yearly innovations
 * (docs/model.md, "Economic factors"); {@link #NONE} when it names none, which keeps every
 * event independent as before.
 */
public record Economy(List<EconomicFactor> factors, List<FactorCorrelation> correlations) {
    /** No factors: nothing systemic. */
    public static final Economy NONE = new Economy(List.of(), List.of());

    public Economy {
        factors = factors == null ? List.of() : List.copyOf(factors);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** The position of the factor called {@code name}, or -1 when there is none. */
    public int indexOf(String name) {
        for (int k = 0; k < factors.size(); k++) {
            if (factors.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
