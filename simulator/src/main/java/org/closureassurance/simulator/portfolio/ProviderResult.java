package org.closureassurance.simulator.portfolio;

/**
 * A named surety provider's exposure across the register.
 *
 * @param name the provider's name
 * @param failureProbability the share of iterations in which it fails within the horizon
 * @param bondsWritten the mean over iterations of the year-0 face amounts of every bond naming it
 */
public record ProviderResult(String name, double failureProbability, double bondsWritten) {
}
