package org.closureassurance.simulator.results;

/** Spearman rank correlation of one per-iteration input (by path) with the liability. */
public record Sensitivity(String input, double spearman) {
}
