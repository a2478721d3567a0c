package org.closureassurance.simulator.sweep;

import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * The headline figures of one run of a sweep, at the held input's {@code value}; the figures
 * carry the names and meanings they have in the results file. The standard error of the
 * expected public cost is kept so a break-even on it can state its uncertainty.
 */
public record SweepPoint(double value, double forfeitureProbability, double coverageProbability,
                         Interval coverageProbabilityCI95, double expectedPublicCost,
                         double expectedPublicCostStandardError, RequiredAssurance requiredAdditionalAssurance) {

    /** The headline figures of {@code results}, a run with the input at {@code value}. */
    public static SweepPoint of(double value, SimulationResults results) {
        return new SweepPoint(value, results.forfeitureProbability(), results.coverageProbability(),
                results.coverageProbabilityCI95(), results.expectedPublicCost(),
                results.publicCost().standardError(), results.requiredAdditionalAssurance());
    }
}
