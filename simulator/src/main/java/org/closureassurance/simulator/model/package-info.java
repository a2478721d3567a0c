/**
 * The scenario model: immutable records for everything a scenario file describes, validated
 * in their constructors, and {@link org.closureassurance.simulator.model.InputField} with
 * {@link org.closureassurance.simulator.model.InputKey}, the names of the per-iteration inputs.
 * Public API: build a {@link org.closureassurance.simulator.model.Scenario} in code, or read one
 * with {@code org.closureassurance.scenarios.ClosureAssurance}.
 */
package org.closureassurance.simulator.model;
