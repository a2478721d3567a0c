package org.closureassurance.simulator.results;

/** One point of the bond sizing curve: coverage probability with {@code additional} cash added. */
public record BondSizingPoint(double additional, double coverageProbability) {
}
