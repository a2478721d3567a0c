package org.closureassurance.simulator.engine;

/**
 * Which part of the closure package a flow belongs to, as far as work after forfeiture cares:
 * water treatment keeps its year when the regulator's contractor is mobilised late (the pumps
 * cannot wait); every other work moves (docs/model.md, "After the operator walks away").
 */
enum FlowKind { WORKS, WATER }
