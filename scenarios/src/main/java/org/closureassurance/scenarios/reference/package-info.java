/**
 * Reference data bundled with the tool. Public API: the reference class of historical
 * closure-cost overruns ({@link org.closureassurance.scenarios.reference.ClosureCostRatios},
 * {@link org.closureassurance.scenarios.reference.ClosureCostCase}) and the overrun multiplier it
 * suggests, for a form's preset.
 */
package org.closureassurance.scenarios.reference;
