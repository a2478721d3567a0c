package org.closureassurance.simulator.results;

/**
 * One economic factor's state at forfeiture: the mean of {@code M_T} over forfeiting
 * iterations (below 0 when walk-aways cluster in bad times), NaN with no forfeiting iteration.
 */
public record FactorResult(String factor, double meanAtForfeiture) {
}
