package org.closureassurance.simulator.model;

/**
 * The estimated cost of closure a regulatory rule is applied to (its "ERC"): a figure the
 * regulator accepted, or the simulation's own base estimate, the walk-away liability at
 * closure of the median world (docs/model.md, "Regulatory requirements").
 */
public sealed interface Estimate {

    /** A fixed estimate in the scenario's currency, {@code >= 0}. */
    record Amount(double amount) implements Estimate {
        public Amount {
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("estimate must be a finite amount >= 0, was " + amount);
            }
        }
    }

    /** The base estimate: {@code L_C} of the median world. */
    record Base() implements Estimate {
    }

    /** The estimate's figure, given the run's base estimate. */
    default double resolve(double baseEstimate) {
        return this instanceof Amount a ? a.amount() : baseEstimate;
    }
}
