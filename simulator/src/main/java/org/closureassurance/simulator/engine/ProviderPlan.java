package org.closureassurance.simulator.engine;

/**
 * A compiled named provider: the slots of its yearly default probability and its recovery
 * rate, and its driver (null when independent of every factor).
 */
record ProviderPlan(String name, int defaultSlot, int recoverySlot, DriverPlan driver) {
}
